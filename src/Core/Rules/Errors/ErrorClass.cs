namespace Lark.Resources.Rules.Errors;

/// <summary>How the catalogue classifies one Lark error code (or an HTTP status without one).</summary>
/// <param name="Code">The Lark code; 0 for a status without one.</param>
/// <param name="Category">The contract's category.</param>
/// <param name="Subtype">The contract's subtype.</param>
/// <param name="Retry">Whether and how it may be retried.</param>
/// <param name="Meaning">What the code means, in plain words.</param>
/// <param name="Hint">What the person (or agent) should do about it.</param>
/// <param name="Fix">The kind of fix.</param>
public sealed record ErrorClass(int Code, ErrorCategory Category, ErrorSubtype Subtype, RetryAdvice Retry, string Meaning, Wording Hint, FixKind Fix)
{
    /// <summary>Whether retrying can help (after waiting, or once or twice).</summary>
    public bool Retryable => Retry is RetryAdvice.Backoff or RetryAdvice.Few;
}
