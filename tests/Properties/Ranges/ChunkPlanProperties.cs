using Lark.Resources.Rules.Ranges;

namespace Lark.Resources.Properties.Ranges;

public class ChunkPlanProperties
{
    private static readonly Gen<long> Totals = Gen.Frequency(
        (3, Gen.Choose(0, 4096).Select(i => (long)i)),
        (3, Gen.Choose(0, 64 * 1024 * 1024).Select(i => (long)i)),
        (1, Gen.Elements(0L, 1L, 131071L, 131072L, 131073L, 8519679L, 8519680L, 8519681L, 100L * 1024 * 1024)),
        (1, Gen.Choose(0, int.MaxValue).Select(i => (long)i * 1000)));

    private static readonly Gen<ChunkPlanOptions> Options =
        from probe in Gen.Elements(1L, 2L, 7L, 1024L, ChunkPlanOptions.DefaultProbeSize, 5_000_000L)
        from chunk in Gen.Elements(1L, 3L, 4096L, ChunkPlanOptions.DefaultChunkSize, 1L << 30)
        from segments in Gen.Choose(1, 8)
        select new ChunkPlanOptions { ProbeSize = probe, ChunkSize = chunk, Segments = segments };

    private static readonly Gen<(long Total, ChunkPlanOptions Options)> Cases =
        from total in Totals
        from options in Options
        from startPercent in Gen.Choose(0, 100)
        let start = total * startPercent / 100
        where (total - start) / Math.Min(options.ProbeSize, options.ChunkSize) < 200_000
        select (total, options with { StartOffset = start });

    [Property(MaxTest = 300)]
    public Property Ranges_are_sorted_disjoint_contiguous_and_cover_start_to_total() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var plan = ChunkPlan.For(c.Total, c.Options).Value;
            var position = c.Options.StartOffset;
            foreach (var range in plan.Ranges)
            {
                if (range.First != position || range.Length <= 0)
                    return false;
                position = range.End;
            }

            return position == Math.Max(c.Total, c.Options.StartOffset);
        });

    [Property(MaxTest = 200)]
    public Property First_range_is_the_probe_and_later_ranges_are_chunks() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var ranges = ChunkPlan.For(c.Total, c.Options).Value.Ranges;
            return ranges.Count == 0
                || (ranges[0].Length == Math.Min(c.Options.ProbeSize, c.Total - c.Options.StartOffset)
                    && ranges.Skip(1).SkipLast(1).All(r => r.Length == c.Options.ChunkSize)
                    && ranges[^1].Last == c.Total - 1);
        });

    [Property(MaxTest = 200)]
    public Property Next_walks_the_same_chunks_as_the_plan_after_the_probe() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var ranges = ChunkPlan.For(c.Total, c.Options).Value.Ranges;
            if (ranges.Count == 0)
                return ChunkPlan.Next(c.Options.StartOffset, c.Total, c.Options.ChunkSize) is null;
            var walked = new List<ByteRange> { ranges[0] };
            while (ChunkPlan.Next(walked[^1].End, c.Total, c.Options.ChunkSize) is { } next)
                walked.Add(next);
            return walked.SequenceEqual(ranges);
        });

    [Property(MaxTest = 100)]
    public Property Segments_partition_the_plan() =>
        Prop.ForAll(Cases.ToArbitrary(), c =>
        {
            var plan = ChunkPlan.For(c.Total, c.Options).Value;
            var dealt = plan.BySegment();
            return dealt.Count == c.Options.Segments
                && dealt.SelectMany(s => s).OrderBy(r => r.First).SequenceEqual(plan.Ranges);
        });

    private static readonly Gen<(long Total, ChunkPlanOptions Options)> HugeCases =
        from total in Gen.Elements(long.MaxValue, long.MaxValue - 1, 1L << 62, 1L << 40, 1_000_000_000_000L)
        from probe in Gen.Elements(1L, 7L, ChunkPlanOptions.DefaultProbeSize, long.MaxValue)
        from chunk in Gen.Elements(1L, 3L, ChunkPlanOptions.DefaultChunkSize, 1L << 40, long.MaxValue)
        from startPercent in Gen.Choose(0, 100)
        select (total, new ChunkPlanOptions { ProbeSize = probe, ChunkSize = chunk, StartOffset = total / 100 * startPercent });

    // Any total gets an answer in constant memory; where a plan exists, any range can be asked for and its
    // neighbours touch it, the first is the probe and the last ends at total-1.
    [Property(MaxTest = 300)]
    public Property Huge_totals_get_an_answer_and_ranges_are_computed_by_index() =>
        Prop.ForAll(HugeCases.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (c, pick) =>
        {
            var result = ChunkPlan.For(c.Total, c.Options);
            if (!result.IsOk)
                return (c.Total - c.Options.StartOffset) / c.Options.ChunkSize >= int.MaxValue - 1;
            var ranges = result.Value.Ranges;
            if (ranges.Count == 0)
                return c.Options.StartOffset == c.Total;
            var i = pick % ranges.Count;
            var touches = i + 1 >= ranges.Count || ranges[i].End == ranges[i + 1].First;
            var dealt = result.Value.BySegment();
            return touches && ranges[0].First == c.Options.StartOffset && ranges[^1].Last == c.Total - 1
                && ranges[0].Length == Math.Min(c.Options.ProbeSize, c.Total - c.Options.StartOffset)
                && (i == 0 || i == ranges.Count - 1 || ranges[i].Length == c.Options.ChunkSize)
                && dealt.Sum(d => (long)d.Count) == ranges.Count;
        });

    [Theory]
    [InlineData(0L, new string[0])]
    [InlineData(1L, new[] { "bytes=0-0" })]
    [InlineData(131072L, new[] { "bytes=0-131071" })]
    [InlineData(131073L, new[] { "bytes=0-131071", "bytes=131072-131072" })]
    [InlineData(8519680L, new[] { "bytes=0-131071", "bytes=131072-8519679" })]
    [InlineData(20971520L, new[] { "bytes=0-131071", "bytes=131072-8519679", "bytes=8519680-16908287", "bytes=16908288-20971519" })]
    public void Default_plan_is_the_official_clis(long total, string[] expected)
    {
        var plan = ChunkPlan.For(total, ChunkPlanOptions.Default).Value;
        Assert.Equal(expected, plan.Ranges.Select(RangeHeader.Format));
        Assert.Equal("bytes=0-131071", RangeHeader.Format(ChunkPlan.Probe(ChunkPlanOptions.Default).Value));
    }

    [Theory]
    [InlineData(-1L, 0L, 1L, 1L)]
    [InlineData(10L, 11L, 1L, 1L)]
    [InlineData(10L, 0L, 0L, 1L)]
    [InlineData(10L, 0L, 1L, -5L)]
    public void Bad_inputs_are_refused_with_a_reason(long total, long start, long probe, long chunk)
    {
        var result = ChunkPlan.For(total, new ChunkPlanOptions { StartOffset = start, ProbeSize = probe, ChunkSize = chunk });
        Assert.False(result.IsOk);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }
}
