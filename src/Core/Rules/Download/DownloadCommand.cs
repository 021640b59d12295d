using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Names;
using Lark.Resources.Rules.Ranges;

namespace Lark.Resources.Rules.Download;

/// <summary>What the machine tells the shell to do next.</summary>
internal abstract record DownloadCommand
{
    private DownloadCommand()
    {
    }

    /// <summary>Send a request.</summary>
    /// <param name="Range">The range to ask for; none for a plain GET.</param>
    /// <param name="DiscardPartial">Throw away the partial file first (its bytes belong to another version).</param>
    public sealed record Send(ByteRange? Range, bool DiscardPartial) : DownloadCommand;

    /// <summary>Stream the body into the file at <paramref name="Offset"/>, at most <paramref name="Length"/> bytes.</summary>
    /// <param name="Offset">Where the body's first byte goes, as the response proved.</param>
    /// <param name="Length">How many bytes the response promised; none means until the body ends.</param>
    /// <param name="Restarted">The server ignored the range: earlier bytes were dropped and this starts at 0.</param>
    public sealed record Receive(long Offset, long? Length, bool Restarted) : DownloadCommand;

    /// <summary>Keep streaming the current body.</summary>
    public sealed record KeepReceiving : DownloadCommand;

    /// <summary>Wait before retrying.</summary>
    /// <param name="Delay">How long.</param>
    /// <param name="Reason">Why, for progress reports.</param>
    public sealed record Wait(TimeSpan Delay, Wording Reason) : DownloadCommand;

    /// <summary>Get a fresh access token, then report <see cref="DownloadEvent.TokenRefreshed"/>.</summary>
    public sealed record RefreshToken : DownloadCommand;

    /// <summary>Every byte is verified: make the file visible under its name.</summary>
    /// <param name="Name">Where to save, relative to the target directory.</param>
    /// <param name="Size">The file's size.</param>
    /// <param name="ContentType">The server's content type.</param>
    public sealed record Commit(SaveName Name, long Size, string? ContentType) : DownloadCommand;

    /// <summary>A segment machine verified every byte of its segment.</summary>
    /// <param name="Segment">The segment.</param>
    public sealed record SegmentDone(ByteRange Segment) : DownloadCommand;

    /// <summary>Give up.</summary>
    /// <param name="Failure">Why.</param>
    public sealed record Fail(LarkFailure Failure) : DownloadCommand;
}
