namespace Lark.Emulator.RateLimiting;

/// <summary>Per-app request limits; Lark's messaging APIs allow 50 requests a second and 1000 a minute.</summary>
public sealed record RateLimitOptions
{
    /// <summary>Whether requests over the limits are refused with HTTP 429 and code 99991400.</summary>
    public bool Enabled { get; init; } = true;

    /// <summary>Requests allowed per app in one one-second window.</summary>
    public int PerSecond { get; init; } = 50;

    /// <summary>Requests allowed per app in one one-minute window.</summary>
    public int PerMinute { get; init; } = 1000;
}
