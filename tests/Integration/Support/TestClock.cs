using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace Lark.Resources.Integration.Support;

/// <summary>
/// Virtual time for tests: a <see cref="FakeTimeProvider"/> that moves forward by itself whenever code waits with
/// <c>Task.Delay</c>, so backoff and rate-limit waits take no real time and are recorded. Every other timer
/// (cancellation timeouts, idle timeouts, Rx sampling) fires only when a test calls <see cref="Advance"/>.
/// </summary>
public sealed class TestClock : TimeProvider
{
    private readonly FakeTimeProvider _inner = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    /// <summary>Every delay awaited through this clock, in order.</summary>
    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow();

    public override long GetTimestamp() => _inner.GetTimestamp();

    public override long TimestampFrequency => _inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by) => _inner.Advance(by);

    // Task.Delay's timer callback lives in the Task machinery; timeouts use CancellationTokenSource's.
    private static bool IsDelay(TimerCallback callback) =>
        callback.Method.DeclaringType?.FullName is { } type && type.StartsWith("System.Threading.Tasks.Task", StringComparison.Ordinal);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = _inner.CreateTimer(callback, state, dueTime, period);
        if (dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan && period == Timeout.InfiniteTimeSpan && IsDelay(callback))
        {
            Delays.Enqueue(dueTime);
            _ = Task.Run(() => _inner.Advance(dueTime));
        }

        return timer;
    }
}
