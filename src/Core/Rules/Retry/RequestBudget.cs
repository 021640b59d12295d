namespace Lark.Resources.Rules.Retry;

/// <summary>
/// Lark's per-app limits as a rule: a request may go when fewer than the per-second limit went in the last second
/// and fewer than the per-minute limit in the last minute; otherwise it waits until the oldest one that blocks it
/// leaves its window. Times are offsets on one clock, passed in.
/// </summary>
internal static class RequestBudget
{
    /// <summary>The one-second window.</summary>
    public static readonly TimeSpan Second = TimeSpan.FromSeconds(1);

    /// <summary>The one-minute window.</summary>
    public static readonly TimeSpan Minute = TimeSpan.FromMinutes(1);

    /// <summary>
    /// How long a request must wait at <paramref name="now"/> given the send times <paramref name="sent"/> (ascending,
    /// none after <paramref name="now"/>); zero means it may go now. A limit of zero or less is no limit.
    /// </summary>
    public static TimeSpan WaitBefore(IReadOnlyList<TimeSpan> sent, TimeSpan now, int perSecond, int perMinute)
    {
        ArgumentNullException.ThrowIfNull(sent);
        var wait = TimeSpan.Zero;
        if (perSecond > 0)
            wait = Max(wait, Blocked(sent, now, perSecond, Second));
        if (perMinute > 0)
            wait = Max(wait, Blocked(sent, now, perMinute, Minute));
        return wait;
    }

    /// <summary>Whether a send time still counts at <paramref name="now"/> for some window (older ones can be forgotten).</summary>
    public static bool Matters(TimeSpan sentAt, TimeSpan now) => now - sentAt < Minute;

    // Within the window (now - window, now] there may be at most limit - 1 earlier sends; otherwise wait until the
    // limit-th newest one leaves it.
    private static TimeSpan Blocked(IReadOnlyList<TimeSpan> sent, TimeSpan now, int limit, TimeSpan window)
    {
        var inWindow = 0;
        for (var i = sent.Count - 1; i >= 0 && now - sent[i] < window; i--)
        {
            inWindow++;
            if (inWindow == limit)
                return sent[i] + window - now;
        }

        return TimeSpan.Zero;
    }

    private static TimeSpan Max(TimeSpan a, TimeSpan b) => a > b ? a : b;
}
