namespace Lark.Resources.Rules.Errors;

/// <summary>How the catalogue classifies one Lark error code.</summary>
/// <param name="Code">The Lark code.</param>
/// <param name="Kind">What kind of failure it is.</param>
/// <param name="Retry">Whether it may be retried.</param>
/// <param name="Meaning">What the code means, in plain words.</param>
/// <param name="Hint">What the person (or agent) should do about it.</param>
public sealed record ErrorClass(int Code, ErrorKind Kind, RetryAdvice Retry, string Meaning, string Hint)
{
    /// <summary>The error type the official CLI prints for this kind (<c>auth</c>, <c>permission</c>, …).</summary>
    public string OfficialType => Kind switch
    {
        ErrorKind.Auth => "auth",
        ErrorKind.Permission => "permission",
        ErrorKind.RateLimit => "rate_limit",
        _ => "api_error",
    };
}
