using Lark.Resources.Rules.Download;
using Lark.Resources.Rules.Errors;
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
    private readonly string _directory;
    private bool _nameChecked;
    private ParallelSegments? _parallel;

    private DownloadRun(LarkClient client, ValidatedRequest request, PartialFile partial, Action<DownloadProgress> publish, long startBytes, string directory)
    {
        _client = client;
        _request = request;
        _partial = partial;
        _directory = directory;
        _progress = new ProgressGate(publish, client.Options.Time, client.Options.ProgressInterval, startBytes);
        _main = new MachineDriver(client, request, partial, (stage, state, range, message) =>
        {
            // The name is known once an answer gave its type or disposition (or the caller gave it).
            if (_progress.FileName is null && (state.ContentType is not null || state.ContentDisposition is not null))
                _progress.FileName = LeafOf(DownloadMachine.NameOf(state));
            _progress.Report(stage, state.Verified, state.Total, range, message);
        }, CheckNameBeforeBody);
    }

    public static async Task<DownloadResult> RunAsync(LarkClient client, DownloadRequest request, Action<DownloadProgress> publish, CancellationToken cancellationToken)
    {
        var validated = ValidatedRequest.From(request, client.Options.Retry);
        IReadOnlyList<string> created = [];
        PartialFile? partial = null;
        DownloadRun? run = null;
        DownloadResult result;
        try
        {
            (var directory, created) = TargetGuard.PrepareDirectory(validated.Root, TargetGuard.DirectoryOf(validated.Output), create: true);
            // An output with an extension is the final name now; without one, the answer's type may add one, so the
            // check waits for the headers (and then looks at the name that will really be written).
            if (validated.Output is not null && Extension.Of(validated.Output.FileName).Length > 0)
                CheckTargetFree(validated, Path.Join(directory, validated.Output.FileName));

            partial = PartialFile.Open(directory, validated.MessageId.Value, validated.FileKey.Value, validated.Type.ToWire());
            var resumeFrom = partial.Record?.Verified ?? 0;
            run = new DownloadRun(client, validated, partial, publish, resumeFrom, directory);
            var start = DownloadMachine.Start(validated.Spec, resumeFrom, partial.Record?.Total, partial.Record?.ContentType, partial.Record?.ContentDisposition);
            var transition = await run.DriveAsync(start, cancellationToken);
            if (transition.Command is DownloadCommand.Fail fail)
                throw new LarkException(DownloadFailures.WithResumeHint(fail.Failure, run.Resumable().Verified, run.Resumable().Total));
            var commit = (DownloadCommand.Commit)transition.Command;
            run._progress.Report(DownloadStage.Committing, commit.Size, commit.Size, null);
            var target = Path.Join(directory, LeafOf(commit.Name));
            TargetGuard.VerifyDirectory(validated.Root, directory);
            CheckTargetFree(validated, target, Path.GetFileName(partial.Path));
            var sha = partial.Commit(target, commit.Size, validated.Overwrite);
            result = new DownloadResult(Path.GetFullPath(target), commit.Size, sha, commit.ContentType, commit.Name.Source, resumeFrom, run.Requests);
        }
        catch (Exception e)
        {
            var ended = Ended(e, validated, partial, run, created, cancellationToken);
            if (ReferenceEquals(ended, e))
                throw;
            throw ended;
        }
        finally
        {
            partial?.Dispose();
        }

        // The file is in place: nothing after this point can make the download look failed or undo it.
        run._progress.Report(DownloadStage.Completed, result.SizeBytes, result.SizeBytes, null, result: result);
        return result;
    }

    // Cleans up after a run that did not commit and returns the one classified exception it ends with.
    private static Exception Ended(Exception e, ValidatedRequest validated, PartialFile? partial, DownloadRun? run, IReadOnlyList<string> created, CancellationToken cancellationToken)
    {
        // A refused commit keeps the complete partial and its record: a rerun that may overwrite needs no download.
        var record = run is null ? null : RecordOf(validated, run.Resumable());
        if (run is not null && !TargetGuard.IsIntact(validated.Root, run._directory))
        {
            partial?.Release(); // its paths lead elsewhere now: write and delete nothing through them
        }
        else
        {
            partial?.Abandon(record);
            if (record is null)
                RemoveCreated(created);
        }

        var kept = run?.Resumable();
        return e switch
        {
            // Cancellation is not a failure: it stays an OperationCanceledException, saying what was kept.
            OperationCanceledException when cancellationToken.IsCancellationRequested =>
                new DownloadCancelledException(kept?.Verified ?? 0, kept?.Total, e, cancellationToken),
            LarkException => e,
            IOException or UnauthorizedAccessException => LarkException.WritingFailed(e),
            // A timeout nobody asked for (a connect timeout, an API call's own): the network's, not a cancellation.
            OperationCanceledException => new LarkException(new LarkFailure
            {
                Category = ErrorCategory.Network,
                Subtype = ErrorSubtype.Timeout,
                Message = Wording.Text($"a request timed out: {e.Message}"),
                Hint = DownloadFailures.ResumeHint(kept?.Verified ?? 0, kept?.Total),
                Fix = FixKind.Resume,
                Retryable = true,
            }, e),
            // Every ending is one classified exception, even one nobody foresaw.
            _ => new LarkException(LarkFailure.Bug($"unexpected {e.GetType().Name}: {e.Message}") with
            {
                Hint = Wording.Of($"This is a bug in {Term.Program}; please report it with this message. Verified bytes, if any, are kept for a resume."),
            }, e),
        };
    }

    // A run that keeps nothing leaves nothing: the directories it made for the output path go again (innermost first, and
    // only while empty, so nothing anyone else put there is touched).
    private static void RemoveCreated(IReadOnlyList<string> created)
    {
        for (var i = created.Count - 1; i >= 0; i--)
        {
            try
            {
                Directory.Delete(created[i], recursive: false);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                return;
            }
        }
    }

    // Once the first answer names the file, an existing target is refused before the body is downloaded, rather
    // than after (the commit checks again, for a file that appears meanwhile).
    private void CheckNameBeforeBody(DownloadState state)
    {
        if (_nameChecked || _request.Overwrite || _request.Spec.Segment is not null)
            return;
        _nameChecked = true;
        var kept = state.Verified > 0 && state.Total is not null ? PartialFile.NameFor(_request.FileKey.Value) : null;
        CheckTargetFree(_request, Path.Join(_directory, LeafOf(DownloadMachine.NameOf(state))), kept);
    }

    private int Requests => _main.Requests + (_parallel?.Requests ?? 0);

    // Sequential: one machine to the end. Parallel: the main machine runs the probe, then the rest of the file is
    // fetched as segments, and the main machine commits once every segment is verified.
    private async Task<Transition> DriveAsync(Transition start, CancellationToken cancellationToken)
    {
        if (!ParallelPlan.MayGoParallel(_request.Type, _request.Concurrency))
            return await _main.DriveAsync(start, cancellationToken);

        // Go parallel only once an answer of this run proved the size (a resumed record could be stale).
        var paused = await _main.DriveAsync(start, cancellationToken, t => t.State.Total is not null && t.State.ProgressThisRun && t.Command is DownloadCommand.Send { DiscardPartial: false });
        if (paused.Command is not DownloadCommand.Send)
            return paused;
        var state = paused.State;
        if (ParallelPlan.Segments(state.Verified, state.Total!.Value, _request.Spec.Plan.ChunkSize) is not { } segments)
            return await _main.DriveAsync(paused, cancellationToken);
        _parallel = new ParallelSegments(_client, _request, _partial, state, segments, (verified, message) => _progress.Report(DownloadStage.Receiving, verified, state.Total, null, message));
        var ended = await _parallel.RunAsync(cancellationToken);
        return ended is DownloadCommand.Fail fail
            ? new Transition(state, fail)
            : DownloadMachine.Start(_request.Spec, state.Total!.Value, state.Total, state.ContentType, state.ContentDisposition, totalProven: true);
    }

    // What a later run can resume from: the contiguous verified prefix.
    private DownloadState Resumable() => _parallel?.Resumable() ?? _main.Current.State;

    private static void CheckTargetFree(ValidatedRequest request, string target, string? keptAs = null)
    {
        TargetGuard.CheckTarget(request.Root, target);
        if (!request.Overwrite && (File.Exists(target) || Directory.Exists(target)))
            throw new LarkException(DownloadFailures.TargetExists(Path.GetFullPath(target), bytesKept: keptAs is not null, keptAs));
    }

    private static string LeafOf(SaveName name) => name.Source == NameSource.Output
        ? name.Relative[(name.Relative.LastIndexOf('/') + 1)..]
        : name.Relative;

    private static ResumeRecord? RecordOf(ValidatedRequest request, DownloadState state) =>
        state.Total is { } total && state.Verified > 0 && state.Verified <= total
            ? new ResumeRecord(request.MessageId.Value, request.FileKey.Value, request.Type.ToWire(), total, state.Verified, state.ContentType, state.ContentDisposition)
            : null;
}
