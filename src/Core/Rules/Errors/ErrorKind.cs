namespace Lark.Resources.Rules.Errors;

/// <summary>What kind of failure a Lark error code is, which decides what the person should do.</summary>
public enum ErrorKind
{
    /// <summary>Credentials or tokens are missing, invalid or expired.</summary>
    Auth,

    /// <summary>The identity may not see this resource, or the app or user lacks a scope.</summary>
    Permission,

    /// <summary>The message, key or resource does not exist (or not together).</summary>
    NotFound,

    /// <summary>Too many requests: wait and try again.</summary>
    RateLimit,

    /// <summary>A passing server-side fault: retrying may help.</summary>
    Transient,

    /// <summary>The request can never succeed as it is.</summary>
    Permanent,
}
