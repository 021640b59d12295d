namespace Lark.Resources.Shell.Http;

/// <summary>
/// Keeps the client under a requests-per-second budget (Lark allows 50 per second per app) with a sliding
/// one-second window, on the injected clock.
/// </summary>
public sealed class RequestPacer(int perSecond, TimeProvider time) : IDisposable
{
    private readonly Queue<long> _sent = new();
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Waits until one more request fits the window, then counts it.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        if (perSecond <= 0)
            return;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var now = time.GetTimestamp();
                while (_sent.Count > 0 && time.GetElapsedTime(_sent.Peek(), now) >= TimeSpan.FromSeconds(1))
                    _sent.Dequeue();
                if (_sent.Count < perSecond)
                {
                    _sent.Enqueue(now);
                    return;
                }

                var wait = TimeSpan.FromSeconds(1) - time.GetElapsedTime(_sent.Peek(), now);
                await Task.Delay(wait > TimeSpan.Zero ? wait : TimeSpan.FromMilliseconds(1), time, cancellationToken);
            }
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();
}
