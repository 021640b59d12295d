namespace Lark.Cli.Output;

/// <summary>Ends a command with a reported failure.</summary>
/// <param name="failure">What to report.</param>
/// <param name="identity">The identity the command ran as, when it was resolved.</param>
public sealed class CliFailureException(CliFailure failure, string? identity = null) : Exception(failure?.Message)
{
    /// <summary>The failure to report.</summary>
    public CliFailure Failure { get; } = failure ?? throw new ArgumentNullException(nameof(failure));

    /// <summary>The identity, for the envelope.</summary>
    public string? Identity { get; } = identity;
}
