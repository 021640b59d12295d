namespace Lark.Resources.Rules.Download;

/// <summary>The classification of a failed download; the CLI maps each to an exit code and error type.</summary>
public enum FailureKind
{
    /// <summary>Credentials or tokens (exit 3).</summary>
    Auth,

    /// <summary>No access, or a missing scope (exit 1).</summary>
    Permission,

    /// <summary>The message or key does not exist, or not together (exit 1).</summary>
    NotFound,

    /// <summary>Rate limited beyond the retry budget (exit 1).</summary>
    RateLimit,

    /// <summary>Any other Lark API error (exit 1).</summary>
    Api,

    /// <summary>The connection kept failing (exit 4).</summary>
    Network,

    /// <summary>The server's answers were inconsistent: wrong ranges, changed sizes, long bodies (exit 4).</summary>
    Integrity,

    /// <summary>Bad input (exit 2).</summary>
    Validation,

    /// <summary>Configuration is missing or wrong (exit 2).</summary>
    Config,

    /// <summary>The local file could not be written, or the target exists (exit 5, or 2 for an existing target).</summary>
    LocalFile,

    /// <summary>The target file exists and overwriting was not asked for (exit 2).</summary>
    TargetExists,

    /// <summary>The caller cancelled (exit 130).</summary>
    Cancelled,

    /// <summary>A failure nobody foresaw: a bug, reported with its type rather than a stack trace (exit 1).</summary>
    Internal,
}
