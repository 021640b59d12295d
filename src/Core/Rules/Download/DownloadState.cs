using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Ranges;

namespace Lark.Resources.Rules.Download;

/// <summary>Everything the machine knows: immutable; each step returns a new state.</summary>
internal sealed record DownloadState
{
    /// <summary>What is being downloaded.</summary>
    public required DownloadSpec Spec { get; init; }

    /// <summary>Where the machine is.</summary>
    public DownloadPhase Phase { get; init; }

    /// <summary>Bytes from 0 proven by validated responses and written.</summary>
    public long Verified { get; init; }

    /// <summary>The file's size, once a response proved it.</summary>
    public long? Total { get; init; }

    /// <summary>The server's content type.</summary>
    public string? ContentType { get; init; }

    /// <summary>The server's raw <c>Content-Disposition</c>.</summary>
    public string? ContentDisposition { get; init; }

    /// <summary>The range of the request in flight (none for a plain GET).</summary>
    public ByteRange? Asked { get; init; }

    /// <summary>Where the current body's bytes go.</summary>
    public long WindowStart { get; init; }

    /// <summary>How many bytes the current body promised (none: until it ends).</summary>
    public long? WindowLength { get; init; }

    /// <summary>Bytes of the current body received so far.</summary>
    public long WindowReceived { get; init; }

    /// <summary>Where this run started (the verified length of a resumed download).</summary>
    public long ResumedFrom { get; init; }

    /// <summary>Whether any byte arrived in this run.</summary>
    public bool ProgressThisRun { get; init; }

    /// <summary>
    /// Whether an answer of this run proved the total (a validated 206, a 200, a 416 naming it). A download never
    /// commits without one: a complete partial left by an earlier run is only committed once Lark, asked again with
    /// this run's credentials, confirms the resource and its size.
    /// </summary>
    public bool TotalProvenThisRun { get; init; }

    /// <summary>Failures in a row since the last new byte.</summary>
    public int AttemptsWithoutProgress { get; init; }

    /// <summary>Retries over the whole download.</summary>
    public int TotalRetries { get; init; }

    /// <summary>Whether a token was refreshed in the current failure streak.</summary>
    public bool TokenRefreshed { get; init; }

    /// <summary>Whether the next request must first throw the partial file away.</summary>
    public bool DiscardPending { get; init; }

    /// <summary>The last failure, reported if the retries run out.</summary>
    public LarkFailure? LastFailure { get; init; }
}
