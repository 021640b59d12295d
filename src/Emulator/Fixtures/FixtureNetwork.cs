namespace Lark.Emulator.Fixtures;

/// <summary>
/// Network shaping from the start, as <see cref="Faults.FaultSet.LatencyPerRequest"/> and
/// <see cref="Faults.FaultSet.BandwidthBytesPerSecond"/> (the program's <c>--latency</c> and <c>--bandwidth</c> override it).
/// </summary>
public sealed class FixtureNetwork
{
    /// <summary>Delay before every answer, in milliseconds; 0 for none.</summary>
    public int LatencyMs { get; init; }

    /// <summary>Response body bytes per second per connection; 0 for unlimited.</summary>
    public long BandwidthBytesPerSecond { get; init; }
}
