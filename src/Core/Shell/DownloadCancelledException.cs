using Lark.Resources.Rules.Download;

namespace Lark.Resources.Shell;

/// <summary>
/// A download was cancelled by its caller. Not a failure: an <see cref="OperationCanceledException"/> that also says
/// what was kept, since verified bytes stay hidden and the same request later resumes from them.
/// </summary>
public sealed class DownloadCancelledException : OperationCanceledException
{
    /// <summary>Creates the exception.</summary>
    public DownloadCancelledException(long verifiedBytesKept, long? totalBytes, Exception? inner, CancellationToken token)
        : base($"the download was cancelled; {DownloadFailures.ResumeHint(verifiedBytesKept, totalBytes).Render(LibraryVocabulary.Instance)}", inner, token)
    {
        VerifiedBytesKept = verifiedBytesKept > 0 && totalBytes is not null ? verifiedBytesKept : 0;
        TotalBytes = totalBytes;
    }

    /// <summary>Verified bytes kept hidden for a resume (0 when nothing was kept).</summary>
    public long VerifiedBytesKept { get; }

    /// <summary>The file's size, when it was known.</summary>
    public long? TotalBytes { get; }
}
