using System.Buffers;
using System.IO.Pipelines;
using Lark.Resources.Rules.Download;
using Lark.Resources.Shell.Http;
using Lark.Resources.Shell.Storage;

namespace Lark.Resources.Shell;

/// <summary>
/// Drives one download machine: performs its commands (send, stream, wait, refresh) and feeds back what happened.
/// It makes no decision of its own about ranges, retries or names. A sequential download has one driver; a
/// parallel one has a driver per segment, all writing the same partial file at their proven offsets.
/// </summary>
internal sealed class MachineDriver(
    LarkClient client,
    ValidatedRequest request,
    PartialFile partial,
    Action<DownloadStage, DownloadState, string?, string?> report,
    Action<DownloadState>? beforeBody = null)
{
    private const int BatchBytes = 1 << 20;
    private const int ReadBytes = 256 * 1024;
    private string? _lastToken;

    /// <summary>The latest transition: failures caught mid-stream continue from the newest state, not a stale copy.</summary>
    public Transition Current { get; private set; }

    /// <summary>Requests sent by this driver.</summary>
    public int Requests { get; private set; }

    /// <summary>Runs from <paramref name="start"/> until the machine commits, finishes its segment, fails, or <paramref name="pause"/> says stop before a send.</summary>
    public async Task<Transition> DriveAsync(Transition start, CancellationToken cancellationToken, Func<Transition, bool>? pause = null)
    {
        Current = start;
        var time = client.Options.Time;
        while (true)
        {
            var transition = Current;
            switch (transition.Command)
            {
                case DownloadCommand.Send send when pause?.Invoke(transition) == true:
                    return transition;
                case DownloadCommand.Send send:
                    if (send.DiscardPartial)
                        partial.Discard();
                    report(DownloadStage.Requesting, transition.State, ResourceExchange.Describe(send.Range), null);
                    await ExchangeAsync(send, cancellationToken);
                    break;
                case DownloadCommand.Wait wait:
                    report(DownloadStage.Retrying, transition.State, null, $"retrying in {wait.Delay.TotalSeconds:0.0} s: {wait.Reason.Render(LibraryVocabulary.Instance)}");
                    await Task.Delay(wait.Delay, time, cancellationToken);
                    Step(new DownloadEvent.WaitElapsed());
                    break;
                case DownloadCommand.RefreshToken:
                    report(DownloadStage.RefreshingToken, transition.State, null, null);
                    await RefreshAsync(transition.State, cancellationToken);
                    Step(new DownloadEvent.TokenRefreshed());
                    break;
                case DownloadCommand.Commit or DownloadCommand.Fail or DownloadCommand.SegmentDone:
                    return transition;
                default:
                    throw new InvalidOperationException($"unexpected command {transition.Command}");
            }
        }
    }

    private async Task ExchangeAsync(DownloadCommand.Send send, CancellationToken cancellationToken)
    {
        var options = client.Options;
        using var idle = new CancellationTokenSource(Timeout.InfiniteTimeSpan, options.Time);
        using var linked = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken, idle.Token);
        try
        {
            await client.Pacer.WaitAsync(cancellationToken);
            var token = _lastToken = await client.Tokens.GetTokenAsync(cancellationToken);
            using var message = ResourceExchange.Build(options.OpenBase, request.MessageId, request.FileKey, request.Type, send.Range, token);
            idle.CancelAfter(options.IdleTimeout);
            Requests++;
            using var response = await client.Api.Http.SendAsync(message, HttpCompletionOption.ResponseHeadersRead, linked.Token);
            if (!ResourceExchange.IsContentAnswer(response))
            {
                Step(await ResourceExchange.ErrorAsync(response, linked.Token));
                return;
            }

            if (Step(ResourceExchange.Started(response)).Command is not DownloadCommand.Receive receive)
                return;
            if (receive.Restarted)
            {
                partial.Discard();
                report(DownloadStage.Restarted, Current.State, null, "the server ignored the range and sent the whole file; starting again at byte 0");
            }

            beforeBody?.Invoke(Current.State);
            await using var body = await response.Content.ReadAsStreamAsync(linked.Token);
            await StreamAsync(receive, body, idle, linked.Token);
        }
        catch (OperationCanceledException) when (!cancellationToken.IsCancellationRequested && idle.IsCancellationRequested)
        {
            Step(new DownloadEvent.TransportFailed($"no data for {options.IdleTimeout.TotalSeconds:0} s", TimedOut: true));
        }
        catch (OperationCanceledException e) when (!cancellationToken.IsCancellationRequested)
        {
            // Not the caller's cancellation: the handler's connect timeout, a transport giving up. Retried like a drop.
            Step(new DownloadEvent.TransportFailed(e.InnerException is TimeoutException ? "connecting timed out" : e.Message, e.InnerException is TimeoutException));
        }
        catch (Exception e) when (e is HttpRequestException or IOException && !cancellationToken.IsCancellationRequested)
        {
            Step(new DownloadEvent.TransportFailed(e.Message));
        }
    }

    // Batches: bytes stay in the pipe until a batch is full (examined, not consumed) or, on a slow link, until the
    // progress interval has passed; then they go out in one vectored write at the offset the machine proved. Bytes
    // past the asked length are never written. A body that fails (a drop, the idle timeout) first ends like a short
    // one, so the batch in hand is written before the failure counts: every byte that arrived is kept.
    private async Task StreamAsync(DownloadCommand.Receive receive, Stream response, CancellationTokenSource idle, CancellationToken cancellationToken)
    {
        var options = client.Options;
        var body = new BodyStream(response);
        var reader = PipeReader.Create(body, new StreamPipeReaderOptions(bufferSize: ReadBytes, minimumReadSize: ReadBytes / 4, leaveOpen: true));
        var written = 0L;
        var lastWrite = options.Time.GetTimestamp();
        try
        {
            while (true)
            {
                idle.CancelAfter(options.IdleTimeout);
                var read = await reader.ReadAsync(cancellationToken);
                var buffer = read.Buffer;
                if (!read.IsCompleted && buffer.Length < BatchBytes && options.Time.GetElapsedTime(lastWrite) < options.ProgressInterval)
                {
                    reader.AdvanceTo(buffer.Start, buffer.End);
                    continue;
                }

                if (!buffer.IsEmpty)
                {
                    var allowed = receive.Length is { } max ? Math.Clamp(max - written, 0, buffer.Length) : buffer.Length;
                    WriteLocal(receive.Offset + written, buffer.Slice(0, allowed));
                    written += allowed;
                    var next = Step(new DownloadEvent.BodyReceived(buffer.Length));
                    report(DownloadStage.Receiving, next.State, ResourceExchange.Describe(next.State.Asked), null);
                    if (next.Command is not DownloadCommand.KeepReceiving)
                        return;
                }

                reader.AdvanceTo(buffer.End);
                lastWrite = options.Time.GetTimestamp();
                if (read.IsCompleted)
                {
                    body.ThrowIfFailed();
                    Step(new DownloadEvent.BodyEnded());
                    return;
                }
            }
        }
        finally
        {
            await reader.CompleteAsync();
        }
    }

    // The token the server refused is the one this driver sent, not whatever is cached now (another segment may have
    // refreshed it already). A refusal to refresh keeps the code and log id of the answer that caused it.
    private async Task RefreshAsync(DownloadState state, CancellationToken cancellationToken)
    {
        var rejected = _lastToken ?? await client.Tokens.GetTokenAsync(cancellationToken);
        try
        {
            await client.Tokens.RefreshAsync(rejected, cancellationToken);
        }
        catch (LarkException e) when (e.LarkCode is null && state.LastFailure is { LarkCode: not null } cause)
        {
            throw new LarkException(e.Failure with { LarkCode = cause.LarkCode, LogId = cause.LogId, HttpStatus = cause.HttpStatus }, e);
        }
    }

    // A full disk is not a network failure: it must not be retried as one, and it exits as a local file error.
    private void WriteLocal(long offset, ReadOnlySequence<byte> bytes)
    {
        try
        {
            partial.Write(offset, bytes);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw LarkException.WritingFailed(e);
        }
    }

    private Transition Step(DownloadEvent happened) =>
        Current = DownloadMachine.Step(Current.State, happened, new StepContext(client.Options.Time.GetUtcNow(), client.Options.RandomDraw()));
}
