namespace Lark.Bench;

/// <summary>One timed run of a command: wall time, user+system CPU, peak resident memory.</summary>
public sealed record Measurement(double WallSeconds, double CpuSeconds, long PeakRssKiB);
