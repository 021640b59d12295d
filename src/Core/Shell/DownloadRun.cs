using Lark.Resources.Rules.Download;
using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Names;
using Lark.Resources.Shell.Storage;

namespace Lark.Resources.Shell;

/// <summary>
/// One download from request to result: validates, prepares the target, drives the machine (and, with
/// concurrency above 1, one segment machine per range after the probe), commits, and turns every ending into a
/// result or a single classified exception.
/// </summary>
internal sealed class DownloadRun
{
    private readonly LarkClient _client;
    private readonly ValidatedRequest _request;
    private readonly PartialFile _partial;
    private readonly ProgressGate _progress;
    private readonly MachineDriver _main;
    private ParallelSegments? _parallel;

    private DownloadRun(LarkClient client, ValidatedRequest request, PartialFile partial, Action<DownloadProgress> publish, long startBytes)
    {
        _client = client;
        _request = request;
        _partial = partial;
        _progress = new ProgressGate(publish, client.Options.Time, client.Options.ProgressInterval, startBytes);
        _main = new MachineDriver(client, request, partial, (stage, state, range, message) => _progress.Report(stage, state.Verified, state.Total, range, message));
    }

    public static async Task<DownloadResult> RunAsync(LarkClient client, DownloadRequest request, Action<DownloadProgress> publish, CancellationToken cancellationToken)
    {
        var validated = ValidatedRequest.From(request);
        var directory = TargetGuard.PrepareDirectory(validated.Root, TargetGuard.DirectoryOf(validated.Output), create: true);
        if (validated.Output is not null)
            CheckTargetFree(validated, Path.Join(directory, validated.Output.FileName));

        using var partial = PartialFile.Open(directory, validated.MessageId.Value, validated.FileKey.Value, validated.Type.ToWire());
        var resumeFrom = partial.Record?.Verified ?? 0;
        var run = new DownloadRun(client, validated, partial, publish, resumeFrom);
        var start = DownloadMachine.Start(validated.Spec, resumeFrom, partial.Record?.Total, partial.Record?.ContentType, partial.Record?.ContentDisposition);
        try
        {
            var transition = await run.DriveAsync(start, cancellationToken);
            if (transition.Command is DownloadCommand.Fail fail)
                throw new LarkDownloadException(WithResumeHint(fail.Failure, run.Resumable()));
            var commit = (DownloadCommand.Commit)transition.Command;
            run._progress.Report(DownloadStage.Committing, commit.Size, commit.Size, null);
            var target = Path.Join(directory, LeafOf(commit.Name));
            CheckTargetFree(validated, target);
            var sha = partial.Commit(target, commit.Size, validated.Overwrite);
            var result = new DownloadResult(Path.GetFullPath(target), commit.Size, sha, commit.ContentType, commit.Name.Source, resumeFrom, run.Requests);
            run._progress.Report(DownloadStage.Completed, commit.Size, commit.Size, null, result: result);
            return result;
        }
        catch (Exception e)
        {
            // A refused commit keeps the complete partial and its record: a rerun with --overwrite needs no download.
            partial.Abandon(RecordOf(validated, run.Resumable()));
            if (e is OperationCanceledException && cancellationToken.IsCancellationRequested)
                throw new LarkDownloadException(FailureKind.Cancelled, "the download was cancelled", ResumeHint(run.Resumable()), e);
            if (e is IOException or UnauthorizedAccessException)
                throw new LarkDownloadException(FailureKind.LocalFile, $"writing the file failed: {e.Message}", "Check free space and permissions in the target directory.", e);
            throw;
        }
    }

    private int Requests => _main.Requests + (_parallel?.Requests ?? 0);

    // Sequential: one machine to the end. Parallel: the main machine runs the probe, then the rest of the file is
    // fetched as segments, and the main machine commits once every segment is verified.
    private async Task<Transition> DriveAsync(Transition start, CancellationToken cancellationToken)
    {
        if (_request.Concurrency <= 1 || _request.Type != ResourceType.File)
            return await _main.DriveAsync(start, cancellationToken);

        // Go parallel only once an answer of this run proved the size (a resumed record could be stale).
        var paused = await _main.DriveAsync(start, cancellationToken, t => t.State.Total is not null && t.State.ProgressThisRun && t.Command is DownloadCommand.Send { DiscardPartial: false });
        if (paused.Command is not DownloadCommand.Send)
            return paused;
        var state = paused.State;
        _parallel = new ParallelSegments(_client, _request, _partial, state, (verified, message) => _progress.Report(DownloadStage.Receiving, verified, state.Total, null, message));
        var ended = await _parallel.RunAsync(cancellationToken);
        return ended is DownloadCommand.Fail fail
            ? new Transition(state, fail)
            : DownloadMachine.Start(_request.Spec, state.Total!.Value, state.Total, state.ContentType, state.ContentDisposition);
    }

    // What a later run can resume from: the contiguous verified prefix.
    private DownloadState Resumable() => _parallel?.Resumable() ?? _main.Current.State;

    private static void CheckTargetFree(ValidatedRequest request, string target)
    {
        TargetGuard.CheckTarget(request.Root, target);
        if (!request.Overwrite && (File.Exists(target) || Directory.Exists(target)))
        {
            throw new LarkDownloadException(FailureKind.TargetExists, $"{Path.GetFullPath(target)} already exists; it was left untouched",
                "Pass --overwrite to replace it, or choose another name with --output.");
        }
    }

    private static string LeafOf(SaveName name) => name.Source == NameSource.Output
        ? name.Relative[(name.Relative.LastIndexOf('/') + 1)..]
        : name.Relative;

    private static ResumeRecord? RecordOf(ValidatedRequest request, DownloadState state) =>
        state.Total is { } total && state.Verified > 0 && state.Verified <= total
            ? new ResumeRecord(request.MessageId.Value, request.FileKey.Value, request.Type.ToWire(), total, state.Verified, state.ContentType, state.ContentDisposition)
            : null;

    // A failure after verified bytes tells the person that nothing is lost: the next run resumes.
    private static DownloadFailure WithResumeHint(DownloadFailure failure, DownloadState state) =>
        state.Verified > 0 && state.Total is not null && failure.Kind is FailureKind.Api or FailureKind.RateLimit or FailureKind.Integrity && !failure.Hint.Contains("resume", StringComparison.Ordinal)
            ? failure with { Hint = $"{failure.Hint} {ResumeHint(state)}" }
            : failure;

    private static string ResumeHint(DownloadState state) => state.Verified > 0 && state.Total is not null
        ? $"{state.Verified} verified bytes are kept hidden; run the same command again to resume."
        : "Nothing was kept; run the command again to start over.";
}
