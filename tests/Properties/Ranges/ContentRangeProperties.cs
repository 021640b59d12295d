using Lark.Resources.Rules.Ranges;

namespace Lark.Resources.Properties.Ranges;

public class ContentRangeProperties
{
    private static readonly Gen<long> Positions = Gen.Frequency(
        (4, Gen.Choose(0, 10_000).Select(i => (long)i)),
        (2, Gen.Choose(0, int.MaxValue).Select(i => (long)i * 4_000_000_000L / int.MaxValue)),
        (1, Gen.Elements(0L, long.MaxValue - 1, long.MaxValue / 2)));

    internal static readonly Gen<ContentRange> Values =
        from first in Positions
        from extra in Positions
        from totalExtra in Positions
        from shape in Gen.Choose(0, 2)
        let last = first > long.MaxValue - extra - 2 ? first : first + extra
        let total = last > long.MaxValue - totalExtra - 1 ? last + 1 : last + 1 + totalExtra
        select shape switch
        {
            0 => ContentRange.Satisfied(ByteRange.FromPositions(first, last).Value, total).Value,
            1 => ContentRange.Satisfied(ByteRange.FromPositions(first, last).Value, null).Value,
            _ => ContentRange.Unsatisfied(total).Value,
        };

    [Property(MaxTest = 500)]
    public Property Format_then_parse_is_the_identity() =>
        Prop.ForAll(Values.ToArbitrary(), value => ContentRange.Parse(value.Format()) == Rules.Result<ContentRange>.Ok(value));

    [Property(MaxTest = 1000)]
    public Property No_string_makes_the_parser_throw(string? text) =>
        ContentRange.Parse(text).IsOk.ToProperty().Or(true);

    private static readonly Gen<string> HeaderLike =
        from parts in Gen.Elements("bytes", "BYTES", " ", "-", "/", "*", "0", "9", "18446744073709551616", "\t", "=", ",", "a", "١").ArrayOf()
        select string.Concat(parts);

    [Property(MaxTest = 1000)]
    public Property Header_like_garbage_gets_an_answer_and_valid_answers_are_consistent() =>
        Prop.ForAll(HeaderLike.ToArbitrary(), text =>
        {
            var result = ContentRange.Parse(text);
            return !result.IsOk
                || (result.Value.Range is { } r ? r.Last >= r.First && (result.Value.Total is not { } t || t > r.Last) : result.Value.Total is not null);
        });

    [Property(MaxTest = 300)]
    public Property Range_header_format_then_parse_is_the_identity() =>
        Prop.ForAll(Values.Where(v => v.Range is not null).ToArbitrary(), v =>
            RangeHeader.Parse(RangeHeader.Format(v.Range!.Value)) == Rules.Result<ByteRange>.Ok(v.Range!.Value));

    [Theory]
    [InlineData("bytes 42-1233/1234", 42L, 1233L, 1234L)]
    [InlineData("bytes 42-1233/*", 42L, 1233L, null)]
    [InlineData("bytes 0-0/1", 0L, 0L, 1L)]
    [InlineData("Bytes 0-499/1234", 0L, 499L, 1234L)]
    [InlineData("  bytes 500-999/1234 ", 500L, 999L, 1234L)]
    public void Rfc9110_examples_parse(string text, long first, long last, long? total)
    {
        var value = ContentRange.Parse(text).Value;
        Assert.Equal(first, value.Range!.Value.First);
        Assert.Equal(last, value.Range!.Value.Last);
        Assert.Equal(total, value.Total);
    }

    [Fact]
    public void Unsatisfied_range_parses()
    {
        var value = ContentRange.Parse("bytes */1234").Value;
        Assert.Null(value.Range);
        Assert.Equal(1234L, value.Total);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("bytes")]
    [InlineData("bytes 5-4/10")]
    [InlineData("bytes 0-10/10")]
    [InlineData("bytes 0-9/5")]
    [InlineData("bytes=0-1/2")]
    [InlineData("items 0-1/2")]
    [InlineData("bytes 0-1/-2")]
    [InlineData("bytes -1-2/3")]
    [InlineData("bytes +1-2/3")]
    [InlineData("bytes 0-1")]
    [InlineData("bytes */*")]
    [InlineData("bytes 0-99999999999999999999/100000000000000000000")]
    [InlineData("bytes 0 - 1/2")]
    [InlineData("bytes 0-1,3-4/5")]
    public void Invalid_values_are_refused(string? text) => Assert.False(ContentRange.Parse(text).IsOk);
}
