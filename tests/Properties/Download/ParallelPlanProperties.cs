using Lark.Resources.Rules.Download;
using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Ranges;

namespace Lark.Resources.Properties.Download;

public class ParallelPlanProperties
{
    private const long Max = ParallelPlan.MaxSegments;

    // How many chunk-sized segments cover the bytes from verified to total.
    private static long SegmentCount(long remaining, long chunk) => (remaining / chunk) + (remaining % chunk == 0 ? 0 : 1);

    private static readonly Gen<long> Chunks = Gen.Frequency(
        (3, Gen.Choose(1, 1000).Select(i => (long)i)),
        (1, Gen.Elements(1L, 2L, 3L, 64L, 8L * 1024 * 1024, 1L << 40)));

    // Inputs around the segment limit (remaining bytes at one byte either side of Max and Max+1 chunks), and ordinary ones.
    private static readonly Gen<(long Verified, long Total, long Chunk)> Cases = Gen.Frequency(
        (5, from chunk in Chunks
            from count in Gen.Choose(0, 50)
            from delta in Gen.Choose(-1, 1)
            from verified in Gen.Frequency((2, Gen.Constant(0L)), (1, Gen.Choose(0, 100_000).Select(i => (long)i)))
            let remaining = Math.Max(0, (count * chunk) + delta)
            select (verified, verified + remaining, chunk)),
        (1, from chunk in Gen.Elements(1L, 2L, 7L, 1L << 30)
            from count in Gen.Elements(Max - 1, Max, Max + 1)
            from delta in Gen.Choose(-1, 1)
            from verified in Gen.Elements(0L, 131072L)
            select (verified, verified + (count * chunk) + delta, chunk)),
        (1, from verified in Gen.Choose(-5, 5).Select(i => (long)i)
            from total in Gen.Choose(-5, 5).Select(i => (long)i)
            from chunk in Gen.Choose(-2, 3).Select(i => (long)i)
            select (verified, total, chunk)),
        (1, from chunk in Gen.Elements(1L << 40, 1L << 50, long.MaxValue)
            from verified in Gen.Elements(0L, 1L, long.MaxValue - (1L << 41), long.MaxValue - 1, long.MaxValue)
            select (verified, long.MaxValue, chunk)));

    [Property(MaxTest = 200)]
    public Property Segments_partition_the_rest_in_chunks_or_are_none_exactly_when_too_many_or_invalid() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var segments = ParallelPlan.Segments(c.Verified, c.Total, c.Chunk);
            var invalid = c.Chunk <= 0 || c.Verified < 0 || c.Total < c.Verified;
            if (invalid || SegmentCount(c.Total - c.Verified, c.Chunk) > Max)
                return segments is null;
            if (segments is null || segments.Count != SegmentCount(c.Total - c.Verified, c.Chunk))
                return false;
            var position = c.Verified;
            for (var i = 0; i < segments.Count; i++)
            {
                var s = segments[i];
                var last = i == segments.Count - 1;
                if (s.First != position || (last ? s.Length > c.Chunk : s.Length != c.Chunk))
                    return false;
                position = s.End;
            }

            return position == c.Total;
        });

    [Theory]
    [InlineData(0L, 65536L, 1L, 65536)]
    [InlineData(0L, 65537L, 1L, -1)]
    [InlineData(0L, 131072L, 2L, 65536)]
    [InlineData(0L, 131073L, 2L, -1)]
    [InlineData(10L, 10L, 5L, 0)]
    [InlineData(10L, 9L, 5L, -1)]
    [InlineData(0L, 10L, 0L, -1)]
    [InlineData(-1L, 10L, 5L, -1)]
    [InlineData(0L, 10L, 4L, 3)]
    public void Segment_counts_at_the_limit(long verified, long total, long chunk, int count) =>
        Assert.Equal(count, ParallelPlan.Segments(verified, total, chunk)?.Count ?? -1);

    // Bytes as a bit each: the probe's prefix and each segment's verified part are set; the answer is the first unset.
    private static long Reference(long start, long total, IReadOnlyList<ByteRange> segments, long[] ends)
    {
        var verified = new bool[total];
        Array.Fill(verified, true, 0, (int)start);
        for (var i = 0; i < segments.Count && i < ends.Length; i++)
        {
            for (var b = segments[i].First; b < Math.Clamp(ends[i], segments[i].First, segments[i].End); b++)
                verified[b] = true;
        }

        var first = Array.IndexOf(verified, false);
        return first < 0 ? total : first;
    }

    private static readonly Gen<(long Start, long Total, long Chunk)> Files =
        from total in Gen.Choose(0, 2000)
        from startPercent in Gen.Choose(0, 100)
        from chunk in Gen.Frequency((4, Gen.Choose(1, 300)), (1, Gen.Elements(7, 2000)))
        select ((long)total * startPercent / 100, (long)total, (long)chunk);

    // For each segment: nothing, all, or a part verified (and sometimes a value outside it, which is clamped).
    private static Gen<long[]> EndsFor(IReadOnlyList<ByteRange> segments) =>
        Gen.CollectToArray(segments.Select(s => Gen.Frequency(
                (3, Gen.Constant(s.End)),
                (1, Gen.Constant(s.First)),
                (2, Gen.Choose(0, (int)s.Length).Select(n => s.First + n)),
                (1, Gen.Elements(s.First - 7, s.End + 7, long.MinValue, long.MaxValue)))))
            .SelectMany(ends => Gen.Frequency((4, Gen.Constant(ends.Length)), (1, Gen.Choose(0, ends.Length))).Select(n => ends[..n]));

    private static readonly Gen<(long Start, long Total, IReadOnlyList<ByteRange> Segments, long[] Ends)> Progress =
        from file in Files
        let segments = ParallelPlan.Segments(file.Start, file.Total, file.Chunk)!
        from ends in EndsFor(segments)
        select (file.Start, file.Total, segments, ends);

    [Property(MaxTest = 500)]
    public Property Resumable_prefix_is_the_longest_contiguous_verified_prefix() =>
        Prop.ForAll(Progress.ToArbitrary(), p =>
            ParallelPlan.ResumablePrefix(p.Start, p.Segments, p.Ends) == Reference(p.Start, p.Total, p.Segments, p.Ends));

    [Property(MaxTest = 500)]
    public Property Resumable_prefix_grows_with_any_segments_progress() =>
        Prop.ForAll(Progress.Where(p => p.Ends.Length > 0).ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(0, 3000).ToArbitrary(), (p, pick, more) =>
        {
            var i = pick % p.Ends.Length;
            var before = ParallelPlan.ResumablePrefix(p.Start, p.Segments, p.Ends);
            var ahead = (long[])p.Ends.Clone();
            ahead[i] = Math.Clamp(ahead[i], p.Segments[i].First, p.Segments[i].End) + more;
            var after = ParallelPlan.ResumablePrefix(p.Start, p.Segments, ahead);
            return after >= before && after >= p.Start && after <= Math.Max(p.Total, p.Start);
        });

    // Huge files: the prefix is the probe's bytes plus the whole segments before the first incomplete one, plus its part.
    [Property(MaxTest = 300)]
    public Property Resumable_prefix_counts_whole_segments_then_the_first_partial_one() =>
        Prop.ForAll(Gen.Choose(1, 1000).ToArbitrary(), Gen.Choose(0, 999).ToArbitrary(), Gen.Elements(1L << 20, 1L << 35, 3_000_000_007L).ToArbitrary(), (count, done, chunk) =>
        {
            const long start = 131072;
            var segments = ParallelPlan.Segments(start, start + (count * chunk) - 1, chunk)!;
            var complete = Math.Min(done, segments.Count);
            var ends = segments.Select((s, i) => i < complete ? s.End : i == complete ? s.First + (s.Length / 2) : s.End).ToArray();
            var expected = complete == segments.Count ? segments[^1].End : segments[complete].First + (segments[complete].Length / 2);
            return ParallelPlan.ResumablePrefix(start, segments, ends) == expected;
        });

    [Fact]
    public void Resumable_prefix_examples()
    {
        var segments = ParallelPlan.Segments(10, 40, 10)!;
        Assert.Equal(10, ParallelPlan.ResumablePrefix(10, segments, [10, 30, 40]));
        Assert.Equal(25, ParallelPlan.ResumablePrefix(10, segments, [20, 25, 40]));
        Assert.Equal(40, ParallelPlan.ResumablePrefix(10, segments, [20, 30, 40]));
        Assert.Equal(20, ParallelPlan.ResumablePrefix(10, segments, [20]));
        Assert.Equal(10, ParallelPlan.ResumablePrefix(10, segments, []));
        Assert.Equal(5, ParallelPlan.ResumablePrefix(5, segments, [20, 30, 40]));
    }

    [Property(MaxTest = 200)]
    public Property Only_files_with_concurrency_above_one_go_parallel(int concurrency) =>
        (ParallelPlan.MayGoParallel(ResourceType.File, concurrency) == concurrency > 1
            && !ParallelPlan.MayGoParallel(ResourceType.Image, concurrency)).ToProperty();

    [Theory]
    [InlineData(ResourceType.File, 2, true)]
    [InlineData(ResourceType.File, 1, false)]
    [InlineData(ResourceType.File, 0, false)]
    [InlineData(ResourceType.File, -4, false)]
    [InlineData(ResourceType.Image, 8, false)]
    public void May_go_parallel_examples(ResourceType type, int concurrency, bool parallel) =>
        Assert.Equal(parallel, ParallelPlan.MayGoParallel(type, concurrency));
}
