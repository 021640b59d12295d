using System.IO.Pipelines;
using Lark.Resources.Rules.Download;
using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Names;
using Lark.Resources.Shell.Http;
using Lark.Resources.Shell.Storage;

namespace Lark.Resources.Shell;

/// <summary>
/// The shell's loop for one download: performs the machine's commands (send, stream, wait, refresh, commit) and
/// feeds back what happened. It makes no decision of its own about ranges, retries or names.
/// </summary>
internal sealed class DownloadRun
{
    private const int BatchBytes = 1 << 20;
    private readonly LarkClient _client;
    private readonly ValidatedRequest _request;
    private readonly ProgressGate _progress;
    private int _requests;

    // The latest transition: failures caught mid-stream must continue from the newest state, not a stale copy.
    private Transition _current;

    private DownloadRun(LarkClient client, ValidatedRequest request, Action<DownloadProgress> publish, long startBytes)
    {
        _client = client;
        _request = request;
        _progress = new ProgressGate(publish, client.Options.Time, client.Options.ProgressInterval, startBytes);
    }

    public static async Task<DownloadResult> RunAsync(LarkClient client, DownloadRequest request, Action<DownloadProgress> publish, CancellationToken cancellationToken)
    {
        var validated = ValidatedRequest.From(request);
        var directory = TargetGuard.PrepareDirectory(validated.Root, TargetGuard.DirectoryOf(validated.Output), create: true);
        if (validated.Output is not null)
            CheckTargetFree(validated, Path.Join(directory, validated.Output.FileName));

        using var partial = PartialFile.Open(directory, validated.MessageId.Value, validated.FileKey.Value, validated.Type.ToWire());
        var resumeFrom = partial.Record?.Verified ?? 0;
        var run = new DownloadRun(client, validated, publish, resumeFrom);
        run._current = DownloadMachine.Start(validated.Spec, resumeFrom, partial.Record?.Total, partial.Record?.ContentType, partial.Record?.ContentDisposition);
        try
        {
            var transition = await run.DriveAsync(run._current, partial, cancellationToken);
            if (transition.Command is DownloadCommand.Fail fail)
                throw new LarkDownloadException(WithResumeHint(fail.Failure, transition.State));
            var commit = (DownloadCommand.Commit)transition.Command;
            run._progress.Report(DownloadStage.Committing, commit.Size, commit.Size, null);
            var target = Path.Join(directory, LeafOf(commit.Name));
            CheckTargetFree(validated, target);
            var sha = partial.Commit(target, commit.Size, validated.Overwrite);
            var result = new DownloadResult(Path.GetFullPath(target), commit.Size, sha, commit.ContentType, commit.Name.Source, resumeFrom, run._requests);
            run._progress.Report(DownloadStage.Completed, commit.Size, commit.Size, null, result: result);
            return result;
        }
        catch (Exception e)
        {
            // A refused commit keeps the complete partial and its record: a rerun with --overwrite needs no download.
            partial.Abandon(RecordOf(validated, run._current.State));
            if (e is OperationCanceledException && cancellationToken.IsCancellationRequested)
                throw new LarkDownloadException(FailureKind.Cancelled, "the download was cancelled", ResumeHint(run._current.State), e);
            if (e is IOException or UnauthorizedAccessException)
                throw new LarkDownloadException(FailureKind.LocalFile, $"writing the file failed: {e.Message}", "Check free space and permissions in the target directory.", e);
            throw;
        }
    }

    private async Task<Transition> DriveAsync(Transition transition, PartialFile partial, CancellationToken cancellationToken)
    {
        var time = _client.Options.Time;
        while (true)
        {
            switch (transition.Command)
            {
                case DownloadCommand.Send send:
                    if (send.DiscardPartial)
                        partial.Discard();
                    _progress.Report(DownloadStage.Requesting, transition.State.Verified, transition.State.Total, ResourceExchange.Describe(send.Range));
                    transition = await ExchangeAsync(transition, send, partial, cancellationToken);
                    break;
                case DownloadCommand.Wait wait:
                    _progress.Report(DownloadStage.Retrying, transition.State.Verified, transition.State.Total, null, $"retrying in {wait.Delay.TotalSeconds:0.0} s: {wait.Reason}");
                    await Task.Delay(wait.Delay, time, cancellationToken);
                    transition = Step(transition, new DownloadEvent.WaitElapsed());
                    break;
                case DownloadCommand.RefreshToken:
                    _progress.Report(DownloadStage.RefreshingToken, transition.State.Verified, transition.State.Total, null);
                    await _client.Tokens.RefreshAsync(await _client.Tokens.GetTokenAsync(cancellationToken), cancellationToken);
                    transition = Step(transition, new DownloadEvent.TokenRefreshed());
                    break;
                case DownloadCommand.Commit or DownloadCommand.Fail:
                    return transition;
                default:
                    throw new InvalidOperationException($"unexpected command {transition.Command}");
            }
        }
    }

    private async Task<Transition> ExchangeAsync(Transition transition, DownloadCommand.Send send, PartialFile partial, CancellationToken cancellationToken)
    {
        var options = _client.Options;
        using var idle = new CancellationTokenSource(Timeout.InfiniteTimeSpan, options.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, idle.Token);
        try
        {
            await _client.Pacer.WaitAsync(cancellationToken);
            var token = await _client.Tokens.GetTokenAsync(cancellationToken);
            using var request = ResourceExchange.Build(options.OpenBase, _request.MessageId, _request.FileKey, _request.Type, send.Range, token);
            idle.CancelAfter(options.IdleTimeout);
            _requests++;
            using var response = await _client.Api.Http.SendAsync(request, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            if (!ResourceExchange.IsContentAnswer(response))
                return Step(transition, await ResourceExchange.ErrorAsync(response, linked.Token));

            transition = Step(transition, ResourceExchange.Started(response));
            if (transition.Command is not DownloadCommand.Receive receive)
                return transition;
            if (receive.Restarted)
            {
                partial.Discard();
                _progress.Report(DownloadStage.Restarted, 0, transition.State.Total, null, "the server ignored the range and sent the whole file; starting again at byte 0");
            }

            await using var body = await response.Content.ReadAsStreamAsync(linked.Token);
            return await StreamAsync(transition, receive, body, partial, idle, linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && idle.IsCancellationRequested)
        {
            return Step(_current, new DownloadEvent.TransportFailed($"no data for {options.IdleTimeout.TotalSeconds:0} s"));
        }
        catch (Exception e) when (e is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
        {
            return Step(_current, new DownloadEvent.TransportFailed(e.Message));
        }
    }

    // Batches: bytes stay in the pipe until a batch is full (examined, not consumed), then go out in one vectored write.
    private async Task<Transition> StreamAsync(Transition transition, DownloadCommand.Receive receive, Stream body, PartialFile partial, CancellationTokenSource idle, CancellationToken cancellationToken)
    {
        var reader = PipeReader.Create(body, new StreamPipeReaderOptions(bufferSize: 64 * 1024, minimumReadSize: 16 * 1024, leaveOpen: true));
        var written = 0L;
        try
        {
            while (true)
            {
                idle.CancelAfter(_client.Options.IdleTimeout);
                var read = await reader.ReadAsync(cancellationToken);
                var buffer = read.Buffer;
                if (buffer.Length < BatchBytes && !read.IsCompleted)
                {
                    reader.AdvanceTo(buffer.Start, buffer.End);
                    continue;
                }

                if (!buffer.IsEmpty)
                {
                    var allowed = receive.Length is { } max ? Math.Clamp(max - written, 0, buffer.Length) : buffer.Length;
                    partial.Write(receive.Offset + written, buffer.Slice(0, allowed));
                    written += allowed;
                    transition = Step(transition, new DownloadEvent.BodyReceived(buffer.Length));
                    reader.AdvanceTo(buffer.End);
                    _progress.Report(DownloadStage.Receiving, transition.State.Verified, transition.State.Total, ResourceExchange.Describe(transition.State.Asked));
                    if (transition.Command is not DownloadCommand.KeepReceiving)
                        return transition;
                }
                else
                {
                    reader.AdvanceTo(buffer.End);
                }

                if (read.IsCompleted)
                    return Step(transition, new DownloadEvent.BodyEnded());
            }
        }
        finally
        {
            await reader.CompleteAsync();
        }
    }

    private Transition Step(Transition transition, DownloadEvent happened) =>
        _current = DownloadMachine.Step(transition.State, happened, new StepContext(_client.Options.Time.GetUtcNow(), _client.Options.RandomDraw()));

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
