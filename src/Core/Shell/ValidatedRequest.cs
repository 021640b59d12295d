using Lark.Resources.Rules.Download;
using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Names;
using Lark.Resources.Shell.Storage;

namespace Lark.Resources.Shell;

/// <summary>A <see cref="DownloadRequest"/> after every rule accepted it.</summary>
internal sealed record ValidatedRequest(MessageId MessageId, FileKey FileKey, ResourceType Type, OutputPath? Output, string Root, bool Overwrite, DownloadSpec Spec, int Concurrency)
{
    public static ValidatedRequest From(DownloadRequest request, Rules.Retry.RetryPolicy retry)
    {
        ArgumentNullException.ThrowIfNull(request);
        var message = Valid(MessageId.Parse(request.MessageId));
        var key = Valid(FileKey.Parse(request.FileKey));
        var type = Valid(ResourceTypes.Parse(request.Type));
        var output = request.Output is null ? null : Valid(OutputPath.Parse(request.Output));
        if (request.Concurrency is < 1 or > 16)
            throw Invalid($"concurrency must be between 1 and 16 (got {request.Concurrency})");
        Valid(request.Plan.Validate());
        var root = TargetGuard.RealRoot(request.Directory);
        var spec = new DownloadSpec(type, key, output, request.Plan, retry);
        return new ValidatedRequest(message, key, type, output, root, request.Overwrite, spec, request.Concurrency);
    }

    private static T Valid<T>(Rules.Result<T> result) => result.TryGetValue(out var value) ? value : throw Invalid(result.Error!);

    private static LarkDownloadException Invalid(string message) =>
        new(FailureKind.Validation, message, "Fix the value and run the command again; nothing was sent.");
}
