namespace Lark.Emulator.RateLimiting;

/// <summary>Whether a request may go on; when not, the limit hit and the seconds until it resets.</summary>
internal sealed record RateDecision(bool Allow, int Limit, int ResetSeconds)
{
    public static RateDecision Allowed { get; } = new(true, 0, 0);
}
