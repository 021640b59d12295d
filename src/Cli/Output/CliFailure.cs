using Lark.Resources.Rules.Errors;
using Lark.Resources.Shell;

namespace Lark.Cli.Output;

/// <summary>
/// A failure as the CLI reports it, in the official error contract: category (<c>type</c>) and subtype, the Lark
/// code, message, hint and log id, whether a retry can help and after how long, the offending flag, missing scopes.
/// </summary>
/// <param name="Category">The contract's category; decides the exit code.</param>
/// <param name="Subtype">The contract's subtype.</param>
/// <param name="Message">What is wrong.</param>
/// <param name="Hint">What to do.</param>
public sealed record CliFailure(ErrorCategory Category, ErrorSubtype Subtype, string Message, string Hint)
{
    /// <summary>The Lark code, when the server sent one.</summary>
    public int? Code { get; init; }

    /// <summary>The server's log id.</summary>
    public string? LogId { get; init; }

    /// <summary>Whether trying again can help.</summary>
    public bool Retryable { get; init; }

    /// <summary>How long the server asked to wait.</summary>
    public TimeSpan? RetryAfter { get; init; }

    /// <summary>The offending flag or argument.</summary>
    public string? Param { get; init; }

    /// <summary>Scopes the server named as missing.</summary>
    public IReadOnlyList<string> MissingScopes { get; init; } = [];

    /// <summary>The contract's <c>error.type</c>.</summary>
    public string Type => Category.ToWire();

    /// <summary>The exit code of the category.</summary>
    public int ExitCode => ExitCodes.For(Category);

    /// <summary>A library failure in <paramref name="words"/> (the CLI's flags, or the MCP server's tool arguments).</summary>
    public static CliFailure From(LarkFailure failure, Vocabulary words)
    {
        ArgumentNullException.ThrowIfNull(failure);
        ArgumentNullException.ThrowIfNull(words);
        return new CliFailure(failure.Category, failure.Subtype, failure.Message.Render(words), failure.Hint.Render(words))
        {
            Code = failure.LarkCode,
            LogId = failure.LogId,
            Retryable = failure.Retryable,
            RetryAfter = failure.RetryAfter,
            Param = failure.Input is { } input ? words.Input(input) : null,
            MissingScopes = failure.MissingScopes,
        };
    }

    /// <summary>
    /// From the library's exception, in <paramref name="words"/> (default: the CLI's). The library reports an
    /// exception it did not foresee as an internal failure wrapping it; when that is the CLI's own classified failure
    /// (from its token source: a store entry that cannot be decrypted, a refresh lock that timed out), the CLI's
    /// classification is the one to report.
    /// </summary>
    public static CliFailure From(LarkException e, Vocabulary? words = null)
    {
        ArgumentNullException.ThrowIfNull(e);
        if (e.Category == ErrorCategory.Internal && e.InnerException is CliFailureException own)
            return own.Failure;
        return From(e.Failure, words ?? CliVocabulary.Instance);
    }

    /// <summary>Bad input: validation/invalid_argument (exit 2).</summary>
    public static CliFailure Validation(string message, string hint, string? param = null) =>
        new(ErrorCategory.Validation, ErrorSubtype.InvalidArgument, message, hint) { Param = param };

    /// <summary>A configuration that is malformed or unusable: config/invalid_config (exit 3).</summary>
    public static CliFailure Config(string message, string hint) => new(ErrorCategory.Config, ErrorSubtype.InvalidConfig, message, hint);

    /// <summary>Nothing configured: config/not_configured (exit 3).</summary>
    public static CliFailure NotConfigured(string message, string hint) => new(ErrorCategory.Config, ErrorSubtype.NotConfigured, message, hint);

    /// <summary>A local file could not be read or written: internal/file_io (exit 5).</summary>
    public static CliFailure LocalFile(string message, string hint) => new(ErrorCategory.Internal, ErrorSubtype.FileIo, message, hint);

    /// <summary>No usable login: authentication (exit 3).</summary>
    public static CliFailure Authentication(ErrorSubtype subtype, string message, string hint) => new(ErrorCategory.Authentication, subtype, message, hint);
}
