using System.Collections.Concurrent;
using Microsoft.Extensions.Time.Testing;

namespace Lark.Resources.Integration.Cli;

/// <summary>
/// <see cref="Support.TestClock"/> with a switch: while <see cref="AutoAdvance"/> is on, every one-shot delay moves
/// virtual time forward by itself (device-flow polling takes no real time); switched off for downloads, whose
/// progress view samples on a recurring timer that would otherwise drive virtual time forward without end
/// (expiring tokens and firing the HTTP timeout mid-request).
/// </summary>
public sealed class CliClock : TimeProvider
{
    private readonly FakeTimeProvider _inner = new(new DateTimeOffset(2026, 11, 25, 9, 0, 0, TimeSpan.Zero));

    public bool AutoAdvance { get; set; } = true;

    /// <summary>Every one-shot delay created through this clock while auto-advancing, in order.</summary>
    public ConcurrentQueue<TimeSpan> Delays { get; } = new();

    public override DateTimeOffset GetUtcNow() => _inner.GetUtcNow();

    public override long GetTimestamp() => _inner.GetTimestamp();

    public override long TimestampFrequency => _inner.TimestampFrequency;

    public override TimeZoneInfo LocalTimeZone => TimeZoneInfo.Utc;

    public void Advance(TimeSpan by) => _inner.Advance(by);

    public override ITimer CreateTimer(TimerCallback callback, object? state, TimeSpan dueTime, TimeSpan period)
    {
        var timer = _inner.CreateTimer(callback, state, dueTime, period);
        if (AutoAdvance && dueTime > TimeSpan.Zero && dueTime != Timeout.InfiniteTimeSpan && period == Timeout.InfiniteTimeSpan)
        {
            Delays.Enqueue(dueTime);
            _ = Task.Run(() => _inner.Advance(dueTime));
        }

        return timer;
    }
}
