using Lark.Resources.Rules.Errors;

namespace Lark.Cli.Output;

/// <summary>Exit codes, as the official CLI derives them from the error category (and 130 for Ctrl-C).</summary>
public static class ExitCodes
{
    /// <summary>Success.</summary>
    public const int Ok = 0;

    /// <summary>A batch that partly failed: its result is on stdout with <c>"ok": false</c>.</summary>
    public const int PartialFailure = 1;

    /// <summary>Interrupted by Ctrl-C (128 + SIGINT).</summary>
    public const int Cancelled = 130;

    /// <summary>The exit code of a failure of <paramref name="category"/>.</summary>
    public static int For(ErrorCategory category) => category switch
    {
        ErrorCategory.Api => 1,
        ErrorCategory.Validation => 2,
        ErrorCategory.Authentication or ErrorCategory.Authorization or ErrorCategory.Config => 3,
        ErrorCategory.Network => 4,
        ErrorCategory.Internal => 5,
        ErrorCategory.Policy => 6,
        ErrorCategory.Confirmation => 10,
        _ => 5,
    };
}
