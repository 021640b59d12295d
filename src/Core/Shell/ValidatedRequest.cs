using Lark.Resources.Rules.Download;
using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Names;
using Lark.Resources.Shell.Storage;

namespace Lark.Resources.Shell;

/// <summary>A <see cref="DownloadRequest"/> after every rule accepted it, with its real root directory.</summary>
internal sealed record ValidatedRequest(MessageId MessageId, FileKey FileKey, ResourceType Type, OutputPath? Output, string Root, bool Overwrite, DownloadSpec Spec, int Concurrency)
{
    public static ValidatedRequest From(DownloadRequest request, Rules.Retry.RetryPolicy retry)
    {
        ArgumentNullException.ThrowIfNull(request);
        if (!request.Validate().TryGetValue(out var valid, out var failure))
            throw new LarkException(failure);
        var root = TargetGuard.RealRoot(valid.Directory);
        var spec = new DownloadSpec(valid.Type, valid.FileKey, valid.Output, valid.Plan, retry);
        return new ValidatedRequest(valid.MessageId, valid.FileKey, valid.Type, valid.Output, root, valid.Overwrite, spec, valid.Concurrency);
    }
}
