using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Rules.Download;

/// <summary>What the shell tells the machine happened.</summary>
internal abstract record DownloadEvent
{
    private DownloadEvent()
    {
    }

    /// <summary>A 2xx or 416 answer's headers arrived.</summary>
    /// <param name="Status">The HTTP status.</param>
    /// <param name="ContentRange">The raw <c>Content-Range</c>.</param>
    /// <param name="ContentLength">The <c>Content-Length</c>, when sent.</param>
    /// <param name="ContentType">The raw <c>Content-Type</c>.</param>
    /// <param name="ContentDisposition">The raw <c>Content-Disposition</c> (as .NET decoded it: Latin-1).</param>
    /// <param name="ContentEncoding">The <c>Content-Encoding</c>, when sent: anything but identity is refused.</param>
    public sealed record ResponseStarted(int Status, string? ContentRange, long? ContentLength, string? ContentType, string? ContentDisposition, string? ContentEncoding = null) : DownloadEvent;

    /// <summary>Body bytes arrived (all of them, even past what the machine allowed to be written).</summary>
    /// <param name="Count">How many.</param>
    public sealed record BodyReceived(long Count) : DownloadEvent;

    /// <summary>The body ended cleanly.</summary>
    public sealed record BodyEnded : DownloadEvent;

    /// <summary>The connection failed, broke mid-body or went idle.</summary>
    /// <param name="Reason">What happened.</param>
    /// <param name="TimedOut">Whether it was a timeout (no byte for too long, or connecting took too long).</param>
    public sealed record TransportFailed(string Reason, bool TimedOut = false) : DownloadEvent;

    /// <summary>An error status arrived, with its parsed body when it was a Lark error.</summary>
    /// <param name="Status">The HTTP status.</param>
    /// <param name="Error">The Lark error, when the body was one.</param>
    /// <param name="RateLimitReset">The raw <c>x-ogw-ratelimit-reset</c>.</param>
    /// <param name="RetryAfter">The raw <c>Retry-After</c>.</param>
    /// <param name="LogId">The <c>X-Tt-Logid</c> header.</param>
    public sealed record ErrorResponse(int Status, LarkError? Error, string? RateLimitReset, string? RetryAfter, string? LogId) : DownloadEvent;

    /// <summary>A wait the machine asked for is over.</summary>
    public sealed record WaitElapsed : DownloadEvent;

    /// <summary>A token refresh the machine asked for succeeded.</summary>
    public sealed record TokenRefreshed : DownloadEvent;
}
