using Lark.Resources.Rules.Retry;

namespace Lark.Resources.Shell.Http;

/// <summary>
/// Keeps one client under Lark's per-app limits (per second and per minute) on the injected clock: each request
/// waits as <see cref="RequestBudget"/> says, one at a time, so concurrent callers are admitted in turn.
/// </summary>
internal sealed class RequestPacer(int perSecond, int perMinute, TimeProvider time) : IDisposable
{
    private readonly long _epoch = time.GetTimestamp();
    private readonly List<TimeSpan> _sent = [];
    private readonly SemaphoreSlim _gate = new(1, 1);

    /// <summary>Waits until one more request fits both windows, then counts it.</summary>
    public async Task WaitAsync(CancellationToken cancellationToken)
    {
        if (perSecond <= 0 && perMinute <= 0)
            return;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            while (true)
            {
                var now = time.GetElapsedTime(_epoch);
                var stale = _sent.FindIndex(t => RequestBudget.Matters(t, now));
                _sent.RemoveRange(0, stale < 0 ? _sent.Count : stale);
                var wait = RequestBudget.WaitBefore(_sent, now, perSecond, perMinute);
                if (wait <= TimeSpan.Zero)
                {
                    _sent.Add(now);
                    return;
                }

                await Task.Delay(wait, time, cancellationToken);
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
