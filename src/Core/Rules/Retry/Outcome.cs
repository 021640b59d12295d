namespace Lark.Resources.Rules.Retry;

/// <summary>What went wrong with one HTTP exchange, as the retry rule sees it.</summary>
internal abstract record Outcome
{
    private Outcome()
    {
    }

    /// <summary>The connection failed, broke mid-body, or went idle for too long.</summary>
    /// <param name="Reason">What happened, for the final error.</param>
    public sealed record TransportFailure(string Reason) : Outcome;

    /// <summary>The server answered something the rules refused (a wrong range, a long body).</summary>
    /// <param name="Reason">Why it was refused.</param>
    public sealed record InvalidResponse(string Reason) : Outcome;

    /// <summary>An HTTP error status, with what the server said about it.</summary>
    /// <param name="Status">The HTTP status.</param>
    /// <param name="LarkCode">The Lark code of the error body, when it had one.</param>
    /// <param name="RateLimitReset">The <c>x-ogw-ratelimit-reset</c> header's raw value.</param>
    /// <param name="RetryAfter">The <c>Retry-After</c> header's raw value.</param>
    public sealed record HttpFailure(int Status, int? LarkCode, string? RateLimitReset, string? RetryAfter) : Outcome;
}
