using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Ranges;

namespace Lark.Resources.Rules.Download;

/// <summary>
/// The decisions of a parallel download: whether to go parallel at all, the segments after the probe, and what a
/// later run can resume from when segments finished out of order.
/// </summary>
internal static class ParallelPlan
{
    /// <summary>Segments are tracked one by one: a size that needs more (a server's bad claim) stays sequential.</summary>
    public const long MaxSegments = 1 << 16;

    /// <summary>Whether a download may go parallel: files only (an image is one plain request), with concurrency above 1.</summary>
    public static bool MayGoParallel(ResourceType type, int concurrency) => type == ResourceType.File && concurrency > 1;

    /// <summary>
    /// The segments after <paramref name="verified"/> bytes of a file of <paramref name="total"/>, one chunk each; none
    /// when there would be more than <see cref="MaxSegments"/> (then the download stays sequential).
    /// </summary>
    public static IReadOnlyList<ByteRange>? Segments(long verified, long total, long chunkSize)
    {
        if (chunkSize <= 0 || verified < 0 || total < verified)
            return null;
        var remaining = total - verified;
        if ((remaining / chunkSize) + (remaining % chunkSize == 0 ? 0 : 1) > MaxSegments) // a short last segment counts too
            return null;
        var segments = new List<ByteRange>();
        for (var next = ChunkPlan.Next(verified, total, chunkSize); next is { } range; next = ChunkPlan.Next(range.End, total, chunkSize))
            segments.Add(range);
        return segments;
    }

    /// <summary>
    /// The contiguous verified prefix of the file: from <paramref name="start"/> (the probe's verified bytes) through
    /// each segment in order while it is complete; the first incomplete segment adds what it verified from its start.
    /// </summary>
    /// <param name="start">Bytes verified before the segments.</param>
    /// <param name="segments">The segments, in file order.</param>
    /// <param name="verifiedEnds">For each segment, the offset up to which it is verified (its start when nothing is).</param>
    public static long ResumablePrefix(long start, IReadOnlyList<ByteRange> segments, IReadOnlyList<long> verifiedEnds)
    {
        ArgumentNullException.ThrowIfNull(segments);
        ArgumentNullException.ThrowIfNull(verifiedEnds);
        var prefix = start;
        for (var i = 0; i < segments.Count && i < verifiedEnds.Count; i++)
        {
            if (segments[i].First != prefix)
                break;
            var end = Math.Clamp(verifiedEnds[i], segments[i].First, segments[i].End);
            prefix = end;
            if (end < segments[i].End)
                break;
        }

        return prefix;
    }
}
