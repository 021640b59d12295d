namespace Lark.Emulator.RateLimiting;

/// <summary>
/// Fixed one-second and one-minute windows per app, aligned to the clock. Lark does not document the
/// window alignment; fixed windows make <c>x-ogw-ratelimit-reset</c> exact and tests predictable.
/// </summary>
internal sealed class RateLimiter(TimeProvider time, RateLimitOptions initial)
{
    private readonly Lock gate = new();
    private readonly Dictionary<string, Counters> perApp = new(StringComparer.Ordinal);
    private RateLimitOptions options = initial;

    public RateLimitOptions Options
    {
        get
        {
            lock (gate)
            {
                return options;
            }
        }

        set
        {
            ArgumentNullException.ThrowIfNull(value);
            lock (gate)
            {
                options = value;
                perApp.Clear();
            }
        }
    }

    /// <summary>Counts one request of <paramref name="appId"/>; when refused, says which limit and the seconds until its window resets.</summary>
    public RateDecision Check(string appId)
    {
        var now = time.GetUtcNow().ToUnixTimeMilliseconds();
        var second = now / 1000;
        var minute = now / 60_000;
        lock (gate)
        {
            if (!options.Enabled)
            {
                return RateDecision.Allowed;
            }

            if (!perApp.TryGetValue(appId, out var c))
            {
                c = new Counters();
                perApp[appId] = c;
            }

            if (c.Second != second)
            {
                c.Second = second;
                c.InSecond = 0;
            }

            if (c.Minute != minute)
            {
                c.Minute = minute;
                c.InMinute = 0;
            }

            if (c.InMinute >= options.PerMinute)
            {
                return new RateDecision(false, options.PerMinute, CeilSeconds(((minute + 1) * 60_000) - now));
            }

            if (c.InSecond >= options.PerSecond)
            {
                return new RateDecision(false, options.PerSecond, CeilSeconds(((second + 1) * 1000) - now));
            }

            c.InSecond++;
            c.InMinute++;
            return RateDecision.Allowed;
        }
    }

    private static int CeilSeconds(long milliseconds) => (int)Math.Max(1, (milliseconds + 999) / 1000);

    private sealed class Counters
    {
        public long Second { get; set; } = -1;
        public long InSecond { get; set; }
        public long Minute { get; set; } = -1;
        public long InMinute { get; set; }
    }
}
