namespace Lark.Resources.Rules.Ranges;

/// <summary>
/// The ranges to ask for, in order: a probe from the start offset (sent before the total is known),
/// then sequential chunks up to the total. With the defaults this is the official CLI's plan:
/// <c>bytes=0-131071</c>, <c>bytes=131072-8519679</c>, …, the last ending at total−1.
/// </summary>
public sealed record ChunkPlan
{
    private ChunkPlan(long total, ChunkPlanOptions options, IReadOnlyList<ByteRange> ranges)
    {
        Total = total;
        Options = options;
        Ranges = ranges;
    }

    /// <summary>The total size the plan covers.</summary>
    public long Total { get; }

    /// <summary>The options it was made with.</summary>
    public ChunkPlanOptions Options { get; }

    /// <summary>Sorted, disjoint, contiguous ranges covering <c>[StartOffset, Total)</c> exactly.</summary>
    public IReadOnlyList<ByteRange> Ranges { get; }

    /// <summary>The first request of a download: the probe from the start offset. It needs no total.</summary>
    public static Result<ByteRange> Probe(ChunkPlanOptions? options)
    {
        if (options is null)
            return Result<ByteRange>.Fail("no plan options were given");
        return options.Validate().Bind(o => ByteRange.FromOffset(o.StartOffset, o.ProbeSize));
    }

    /// <summary>
    /// The next range after <paramref name="verified"/> bytes of <paramref name="total"/>: one chunk, clipped
    /// to the total; none when the download is complete.
    /// </summary>
    public static ByteRange? Next(long verified, long total, long chunkSize)
    {
        if (verified < 0 || verified >= total || chunkSize <= 0)
            return null;
        var length = Math.Min(chunkSize, total - verified);
        return ByteRange.FromOffset(verified, length).TryGetValue(out var range) ? range : null;
    }

    /// <summary>The whole plan for a known total; its ranges are computed on demand, so any total costs constant memory.</summary>
    public static Result<ChunkPlan> For(long total, ChunkPlanOptions? options)
    {
        if (options is null)
            return Result<ChunkPlan>.Fail("no plan options were given");
        if (!options.Validate().IsOk)
            return Result<ChunkPlan>.Fail(options.Validate().Error!);
        if (total < 0)
            return Result<ChunkPlan>.Fail($"a total size cannot be negative (got {total})");
        if (options.StartOffset > total)
            return Result<ChunkPlan>.Fail($"the start offset {options.StartOffset} is past the total {total}");

        var ranges = PlannedRanges.Over(options.StartOffset, total, options.ProbeSize, options.ChunkSize);
        if (ranges is null)
            return Result<ChunkPlan>.Fail($"a plan over {total} bytes in chunks of {options.ChunkSize} would need more than {int.MaxValue} requests");

        return Result<ChunkPlan>.Ok(new ChunkPlan(total, options, ranges));
    }

    /// <summary>
    /// Deals the ranges to <see cref="ChunkPlanOptions.Segments"/> workers round-robin, so that every
    /// worker moves forward through the file and the ranges in flight stay close together.
    /// </summary>
    public IReadOnlyList<IReadOnlyList<ByteRange>> BySegment() =>
        Enumerable.Range(0, Options.Segments).Select(i => (IReadOnlyList<ByteRange>)new Dealt(Ranges, i, Options.Segments)).ToArray();

    // Every stride-th range from offset, computed on demand like the plan itself.
    private sealed class Dealt(IReadOnlyList<ByteRange> all, int offset, int stride) : IReadOnlyList<ByteRange>
    {
        public int Count => offset < all.Count ? ((all.Count - offset - 1) / stride) + 1 : 0;

        public ByteRange this[int index] => (uint)index < (uint)Count ? all[offset + (index * stride)] : throw new ArgumentOutOfRangeException(nameof(index));

        public IEnumerator<ByteRange> GetEnumerator()
        {
            for (var i = 0; i < Count; i++)
                yield return this[i];
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
