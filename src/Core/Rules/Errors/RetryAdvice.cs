namespace Lark.Resources.Rules.Errors;

/// <summary>Whether and how an error may be retried.</summary>
public enum RetryAdvice
{
    /// <summary>Business errors: fail at once; retrying cannot help.</summary>
    Never,

    /// <summary>The token expired or was revoked: get a new one once, then retry.</summary>
    RefreshToken,

    /// <summary>Retry with backoff (honouring the server's reset time).</summary>
    Backoff,

    /// <summary>Retry once or twice only.</summary>
    Few,
}
