using Lark.Resources.Rules.Ranges;

namespace Lark.Resources.Properties.Ranges;

public class RangeVerdictProperties
{
    private static ByteRange R(long first, long last) => ByteRange.FromPositions(first, last).Value;

    private static readonly Gen<(ByteRange Asked, long Total)> Requests =
        from first in Gen.Choose(0, 1_000_000)
        from length in Gen.Choose(1, 100_000)
        from beyond in Gen.Choose(0, 200_000)
        let total = (long)first + beyond + 1
        let last = Math.Min((long)first + length - 1, total - 1)
        select (R(first, last), total);

    [Property(MaxTest = 500)]
    public Property Accepted_answers_start_where_asked_end_no_later_and_keep_the_total() =>
        Prop.ForAll(Requests.ToArbitrary(), Gen.Choose(-3, 3).ToArbitrary(), Gen.Choose(-3, 3).ToArbitrary(), (request, shiftFirst, shiftLast) =>
        {
            var (asked, total) = request;
            var first = Math.Max(0, asked.First + shiftFirst);
            var last = Math.Max(first, asked.Last + shiftLast);
            var header = $"bytes {first}-{last}/{total}";
            var verdict = RangeVerdict.Judge(asked, header, last - first + 1, "application/octet-stream", total);
            var shouldAccept = first == asked.First && last <= asked.Last && last < total;
            return verdict.IsOk == shouldAccept
                && (!verdict.IsOk || (verdict.Value.Range.First == asked.First && verdict.Value.Range.Last <= asked.Last && verdict.Value.Total == total));
        });

    [Fact]
    public void Exact_answer_is_accepted()
    {
        var verdict = RangeVerdict.Judge(R(0, 131071), "bytes 0-131071/20000000", 131072, "image/png", null);
        Assert.Equal(new ProvenRange(R(0, 131071), 20_000_000), verdict.Value);
    }

    [Fact]
    public void Shorter_answer_is_accepted_and_proves_only_what_it_carries()
    {
        var verdict = RangeVerdict.Judge(R(100, 199), "bytes 100-149/1000", null, null, 1000);
        Assert.Equal(R(100, 149), verdict.Value.Range);
    }

    [Theory]
    [InlineData("bytes 1-100/1000", 100L, null, null, "from 1")]
    [InlineData("bytes 0-200/1000", 201L, null, null, "up to 200")]
    [InlineData("bytes 0-99/999", 100L, null, 1000L, "changed")]
    [InlineData("bytes 0-99/1000", 100L, "multipart/byteranges; boundary=x", null, "multipart")]
    [InlineData("bytes 0-99/1000", 50L, null, null, "Content-Length")]
    [InlineData("bytes */1000", null, null, null, "name its range")]
    [InlineData("bytes 0-99/*", null, null, null, "how large")]
    [InlineData(null, null, null, null, "Content-Range")]
    public void Wrong_answers_are_refused_with_the_reason(string? header, long? length, string? type, long? knownTotal, string reason)
    {
        var verdict = RangeVerdict.Judge(R(0, 99), header, length, type, knownTotal);
        Assert.False(verdict.IsOk);
        Assert.Contains(reason, verdict.Error, StringComparison.OrdinalIgnoreCase);
    }

    [Fact]
    public void Unknown_total_in_the_header_takes_the_proven_one()
    {
        var verdict = RangeVerdict.Judge(R(0, 99), "bytes 0-99/*", 100, null, 1000);
        Assert.Equal(1000L, verdict.Value.Total);
    }
}
