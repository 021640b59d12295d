namespace Lark.Emulator.Faults;

/// <summary>The emulator's fault rules and transfer shaping; safe to change while requests run.</summary>
public sealed class FaultSet
{
    private readonly Lock gate = new();
    private readonly List<FaultRule> rules = [];
    private long latencyTicks;
    private long bandwidth;

    /// <summary>Delay added before every request is answered (default none).</summary>
    public TimeSpan LatencyPerRequest
    {
        get => TimeSpan.FromTicks(Interlocked.Read(ref latencyTicks));
        set => Interlocked.Exchange(ref latencyTicks, value.Ticks);
    }

    /// <summary>Response body bytes per second per connection; 0 or less means unlimited.</summary>
    public long BandwidthBytesPerSecond
    {
        get => Interlocked.Read(ref bandwidth);
        set => Interlocked.Exchange(ref bandwidth, value);
    }

    /// <summary>A snapshot of the rules, in the order they are tried.</summary>
    public IReadOnlyList<FaultRule> Rules
    {
        get
        {
            lock (gate)
            {
                return [.. rules];
            }
        }
    }

    /// <summary>Adds a rule after the existing ones.</summary>
    public void Add(FaultRule rule)
    {
        ArgumentNullException.ThrowIfNull(rule);
        lock (gate)
        {
            rules.Add(rule);
        }
    }

    /// <summary>Removes every rule and resets latency and bandwidth.</summary>
    public void Clear()
    {
        lock (gate)
        {
            rules.Clear();
        }

        LatencyPerRequest = TimeSpan.Zero;
        BandwidthBytesPerSecond = 0;
    }

    /// <summary>Finds and consumes the first rule matching a request that passed every check.</summary>
    internal FaultRule? Take(FaultRequest request)
    {
        lock (gate)
        {
            foreach (var rule in rules)
            {
                if (rule.TryConsume(request))
                {
                    return rule;
                }
            }
        }

        return null;
    }
}
