using System.Collections;

namespace Lark.Resources.Rules.Ranges;

/// <summary>
/// The ranges of a <see cref="ChunkPlan"/>, computed from their index rather than stored: a plan over any total
/// costs constant memory, so a server that claims an absurd size cannot exhaust it.
/// </summary>
internal sealed class PlannedRanges : IReadOnlyList<ByteRange>
{
    private readonly long _start;
    private readonly long _total;
    private readonly long _probeEnd;
    private readonly long _chunkSize;

    private PlannedRanges(long start, long total, long probeEnd, long chunkSize, int count)
    {
        _start = start;
        _total = total;
        _probeEnd = probeEnd;
        _chunkSize = chunkSize;
        Count = count;
    }

    /// <summary>The ranges over <c>[start, total)</c>, or null when there would be more than <see cref="int.MaxValue"/>.</summary>
    public static PlannedRanges? Over(long start, long total, long probeSize, long chunkSize)
    {
        if (start >= total)
            return new PlannedRanges(start, total, start, chunkSize, 0);
        var probeEnd = start + Math.Min(probeSize, total - start);
        var rest = total - probeEnd;
        var chunks = (rest / chunkSize) + (rest % chunkSize == 0 ? 0 : 1);
        return chunks >= int.MaxValue ? null : new PlannedRanges(start, total, probeEnd, chunkSize, (int)chunks + 1);
    }

    /// <inheritdoc />
    public int Count { get; }

    /// <inheritdoc />
    public ByteRange this[int index]
    {
        get
        {
            if ((uint)index >= (uint)Count)
                throw new ArgumentOutOfRangeException(nameof(index));
            if (index == 0)
                return ByteRange.FromPositions(_start, _probeEnd - 1).Value;
            return ChunkPlan.Next(_probeEnd + ((index - 1) * _chunkSize), _total, _chunkSize)!.Value;
        }
    }

    /// <inheritdoc />
    public IEnumerator<ByteRange> GetEnumerator()
    {
        for (var i = 0; i < Count; i++)
            yield return this[i];
    }

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();
}
