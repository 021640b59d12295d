using Lark.Resources.Rules.Download;
using Lark.Resources.Shell;

namespace Lark.Cli.Output;

/// <summary>A failure as the CLI reports it: the official error type, exit code, Lark code, message, hint and log id.</summary>
public sealed record CliFailure(FailureKind Kind, string Message, string Hint, int? Code = null, string? LogId = null)
{
    /// <summary>The official CLI's error type for the kind.</summary>
    public string Type => Kind switch
    {
        FailureKind.Auth => "auth",
        FailureKind.Permission => "permission",
        FailureKind.RateLimit => "rate_limit",
        FailureKind.NotFound or FailureKind.Api => "api_error",
        FailureKind.Network or FailureKind.Integrity => "network",
        FailureKind.Validation or FailureKind.TargetExists => "validation",
        FailureKind.Config => "config",
        FailureKind.LocalFile => "file",
        FailureKind.Cancelled => "cancelled",
        FailureKind.Internal or _ => "internal",
    };

    /// <summary>The exit code: 1 API error, 2 validation, 3 auth, 4 network, 5 local file, 130 cancelled.</summary>
    public int ExitCode => Kind switch
    {
        FailureKind.Auth => 3,
        FailureKind.Permission or FailureKind.NotFound or FailureKind.RateLimit or FailureKind.Api => 1,
        FailureKind.Network or FailureKind.Integrity => 4,
        FailureKind.Validation or FailureKind.Config or FailureKind.TargetExists => 2,
        FailureKind.LocalFile => 5,
        FailureKind.Cancelled => 130,
        FailureKind.Internal or _ => 1,
    };

    /// <summary>
    /// From the library's exception. The library reports an exception it did not foresee as an internal failure
    /// wrapping it; when that is the CLI's own classified failure (from its token source: a store entry that cannot
    /// be decrypted, a refresh lock that timed out), the CLI's classification is the one to report.
    /// </summary>
    public static CliFailure From(LarkDownloadException e)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Kind == FailureKind.Internal && e.InnerException is CliFailureException own)
            return own.Failure;
        return new(e.Kind, e.Message, e.Hint, e.LarkCode, e.LogId);
    }

    /// <summary>A validation failure (exit 2).</summary>
    public static CliFailure Validation(string message, string hint) => new(FailureKind.Validation, message, hint);

    /// <summary>A configuration failure (exit 2).</summary>
    public static CliFailure Config(string message, string hint) => new(FailureKind.Config, message, hint);
}
