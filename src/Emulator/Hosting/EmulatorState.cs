using Lark.Emulator.Auth;
using Lark.Emulator.Faults;
using Lark.Emulator.Fixtures;
using Lark.Emulator.RateLimiting;

namespace Lark.Emulator.Hosting;

/// <summary>Everything the endpoints share for one emulator instance.</summary>
internal sealed class EmulatorState
{
    public EmulatorState(EmulatorOptions options)
    {
        Options = options;
        Time = options.Time;
        Index = new FixtureIndex(options.Fixture);
        Tokens = new TokenStore(options);
        RateLimiter = new RateLimiter(options.Time, options.RateLimit);
        Faults = new FaultSet();
        // Copies: serving consumes counts, and the fixture stays as it was (another emulator may start from it).
        foreach (var rule in options.Fixture.Faults)
        {
            Faults.Add(rule.Copy());
        }

        if (options.Fixture.Network is { } network)
        {
            Faults.LatencyPerRequest = TimeSpan.FromMilliseconds(network.LatencyMs);
            Faults.BandwidthBytesPerSecond = network.BandwidthBytesPerSecond;
        }
    }

    public EmulatorOptions Options { get; }
    public TimeProvider Time { get; }
    public FixtureIndex Index { get; }
    public TokenStore Tokens { get; }
    public RateLimiter RateLimiter { get; }
    public FaultSet Faults { get; }
    public RequestLog Requests { get; } = new();
}
