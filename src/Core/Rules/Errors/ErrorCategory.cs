namespace Lark.Resources.Rules.Errors;

/// <summary>
/// The closed set of failure categories of the official CLI's error contract (v1.0.89, <c>errs/category.go</c>). Each
/// failure has exactly one; front ends derive exit codes from it, and apps branch on it.
/// </summary>
public enum ErrorCategory
{
    /// <summary>Malformed input, or a valid request that the local state does not allow (an existing target).</summary>
    Validation,

    /// <summary>No valid token: missing, invalid or expired credentials or logins.</summary>
    Authentication,

    /// <summary>Authenticated, but not allowed: a missing scope, no access to the chat or file.</summary>
    Authorization,

    /// <summary>Local configuration missing or wrong, or an app id and secret the server refused.</summary>
    Config,

    /// <summary>The connection failed, timed out, or the server broke the HTTP contract.</summary>
    Network,

    /// <summary>Lark answered with an error that no other category covers (not found, rate limit, bad parameters).</summary>
    Api,

    /// <summary>A security or content policy blocked the request.</summary>
    Policy,

    /// <summary>A local failure (files, storage) or a bug: something that should not happen.</summary>
    Internal,

    /// <summary>A high-risk action that needs explicit confirmation.</summary>
    Confirmation,
}

/// <summary>Wire names of <see cref="ErrorCategory"/>.</summary>
public static class ErrorCategories
{
    /// <summary>The contract's wire name: <c>validation</c>, <c>authentication</c>, …</summary>
    public static string ToWire(this ErrorCategory category) => category switch
    {
        ErrorCategory.Validation => "validation",
        ErrorCategory.Authentication => "authentication",
        ErrorCategory.Authorization => "authorization",
        ErrorCategory.Config => "config",
        ErrorCategory.Network => "network",
        ErrorCategory.Api => "api",
        ErrorCategory.Policy => "policy",
        ErrorCategory.Confirmation => "confirmation",
        _ => "internal",
    };
}
