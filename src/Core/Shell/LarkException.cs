using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Shell;

/// <summary>
/// The library's one failure type: a download, a login or a message read that ended in a classified
/// <see cref="LarkFailure"/> (the official error contract's category and subtype, the Lark code and log id when the
/// server sent them, retry advice and a hint). Messages never contain secrets. Cancellation is not a failure: it
/// surfaces as <see cref="OperationCanceledException"/>.
/// </summary>
public sealed class LarkException : Exception
{
    /// <summary>Creates the exception from a classified failure.</summary>
    public LarkException(LarkFailure failure, Exception? inner = null)
        : base((failure ?? throw new ArgumentNullException(nameof(failure))).Message.Render(LibraryVocabulary.Instance), inner)
    {
        Failure = failure;
    }

    /// <summary>The full classified failure, for a front end to word in its own terms.</summary>
    public LarkFailure Failure { get; }

    /// <summary>The contract's category.</summary>
    public ErrorCategory Category => Failure.Category;

    /// <summary>The contract's subtype.</summary>
    public ErrorSubtype Subtype => Failure.Subtype;

    /// <summary>The offending input, for validation failures.</summary>
    public InputField? Input => Failure.Input;

    /// <summary>The Lark code, when the server sent one.</summary>
    public int? LarkCode => Failure.LarkCode;

    /// <summary>The server's log id, to quote to Lark support.</summary>
    public string? LogId => Failure.LogId;

    /// <summary>Whether trying again can help.</summary>
    public bool Retryable => Failure.Retryable;

    /// <summary>How long the server asked to wait before trying again.</summary>
    public TimeSpan? RetryAfter => Failure.RetryAfter;

    /// <summary>What to do about it, naming the library's properties.</summary>
    public string Hint => Failure.Hint.Render(LibraryVocabulary.Instance);

    /// <summary>A write to the target directory failed (a full disk, lost permission): internal/file_io.</summary>
    internal static LarkException WritingFailed(Exception cause) =>
        new(LarkFailure.LocalFile(Wording.Text($"writing the file failed: {cause.Message}"), Wording.Text("Check free space and permissions in the target directory.")), cause);
}
