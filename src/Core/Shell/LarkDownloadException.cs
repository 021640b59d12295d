using Lark.Resources.Rules.Download;

namespace Lark.Resources.Shell;

/// <summary>
/// The one exception a download ends with: its classification, the Lark code and log id when the server sent
/// them, and a hint that says what to do. Messages never contain secrets.
/// </summary>
public sealed class LarkDownloadException : Exception
{
    /// <summary>Creates the exception from a classified failure.</summary>
    public LarkDownloadException(DownloadFailure failure, Exception? inner = null)
        : base((failure ?? throw new ArgumentNullException(nameof(failure))).Message, inner)
    {
        Failure = failure;
    }

    /// <summary>Creates an exception of a kind with a message and hint.</summary>
    public LarkDownloadException(FailureKind kind, string message, string hint, Exception? inner = null)
        : this(new DownloadFailure(kind, message, hint), inner)
    {
    }

    /// <summary>A write to the target directory failed (a full disk, lost permission): a local file error.</summary>
    internal static LarkDownloadException WritingFailed(Exception cause) =>
        new(FailureKind.LocalFile, $"writing the file failed: {cause.Message}", "Check free space and permissions in the target directory.", cause);

    /// <summary>The full classified failure.</summary>
    public DownloadFailure Failure { get; }

    /// <summary>The classification.</summary>
    public FailureKind Kind => Failure.Kind;

    /// <summary>The Lark code, when the server sent one.</summary>
    public int? LarkCode => Failure.LarkCode;

    /// <summary>The server's log id, to quote to Lark support.</summary>
    public string? LogId => Failure.LogId;

    /// <summary>What to do about it.</summary>
    public string Hint => Failure.Hint;
}
