using System.IO.Pipelines;
using System.Runtime.ExceptionServices;

namespace Lark.Resources.Shell.Http;

/// <summary>
/// Reads one response body into a pipe on a task of its own, so the socket is read while the previous batch is
/// written and hashed on the consumer's side. The consumer gets whole batches (one vectored write each), or less
/// when the link is slow and a batch would take longer than <c>flushInterval</c> to fill. Every read that returns
/// bytes pushes the idle timeout back. A failure of the body (a dropped connection, the idle timeout) is handed
/// over only after every byte read before it, so the consumer keeps all bytes that arrived.
/// </summary>
internal sealed class BodyPump : IAsyncDisposable
{
    /// <summary>The bytes handed to the consumer at once on a fast link.</summary>
    public const int BatchBytes = 1 << 20;

    private const int ReadBytes = 256 * 1024;

    // The consumer holds at most one batch while it writes; the producer may read up to three more ahead of it.
    private readonly Pipe _pipe = new(new PipeOptions(
        pauseWriterThreshold: 4 * BatchBytes,
        resumeWriterThreshold: 2 * BatchBytes,
        minimumSegmentSize: ReadBytes,
        useSynchronizationContext: false));

    private readonly CancellationTokenSource _stop;
    private readonly Task _pumping;
    private ExceptionDispatchInfo? _failure;

    /// <summary>Starts reading <paramref name="body"/>.</summary>
    /// <param name="body">The response body.</param>
    /// <param name="bytesArrived">Called after every read that returned bytes (the idle timeout's reset).</param>
    /// <param name="time">The clock for <paramref name="flushInterval"/>.</param>
    /// <param name="flushInterval">The longest a read byte waits before it is handed over on a slow link.</param>
    /// <param name="cancellationToken">Stops the reading (cancellation, idle timeout).</param>
    public BodyPump(Stream body, Action bytesArrived, TimeProvider time, TimeSpan flushInterval, CancellationToken cancellationToken)
    {
        _stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        _pumping = Task.Run(() => PumpAsync(body, bytesArrived, time, flushInterval, _stop.Token), CancellationToken.None);
    }

    /// <summary>The consumer's side.</summary>
    public PipeReader Reader => _pipe.Reader;

    /// <summary>Rethrows the body's failure once the consumer has seen the end of what arrived before it.</summary>
    public void ThrowIfFailed() => _failure?.Throw();

    private async Task PumpAsync(Stream body, Action bytesArrived, TimeProvider time, TimeSpan flushInterval, CancellationToken cancellationToken)
    {
        var writer = _pipe.Writer;
        try
        {
            var pending = 0L;
            var lastFlush = time.GetTimestamp();
            while (true)
            {
                var read = await body.ReadAsync(writer.GetMemory(ReadBytes), cancellationToken);
                if (read == 0)
                    break;
                bytesArrived();
                writer.Advance(read);
                pending += read;
                if (pending < BatchBytes && time.GetElapsedTime(lastFlush) < flushInterval)
                    continue;
                pending = 0;
                lastFlush = time.GetTimestamp();
                if ((await writer.FlushAsync(cancellationToken)).IsCompleted)
                    return; // the consumer has stopped reading
            }
        }
        catch (Exception e)
        {
            // Completing the writer with the exception would hide bytes not yet read; keep it for after them.
            _failure = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            await writer.CompleteAsync();
        }
    }

    /// <summary>Stops reading and waits for the reading task, so the response can be disposed safely.</summary>
    public async ValueTask DisposeAsync()
    {
        await _pipe.Reader.CompleteAsync();
        await _stop.CancelAsync();
        await _pumping;
        _stop.Dispose();
    }
}
