using System.Globalization;
using Lark.Resources.Properties.Support;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Messages;
using static Lark.Resources.Properties.Messages.MessageSamples;

namespace Lark.Resources.Properties.Messages;

/// <summary>Start and end of a time window read as the official CLI reads them (notes §2.3), refusals naming the input.</summary>
public class TimeArgumentTests
{
    private const long Jan1At15h04m05Utc = 1_767_279_845; // 2026-01-01T15:04:05Z

    private static long Parse(string text, bool isEnd = false, TimeZoneInfo? zone = null) =>
        TimeArgument.Parse(text, InputField.Start, zone ?? Beijing, isEnd).Value;

    public static TheoryData<string, long> Accepted => new()
    {
        { "2026-01-01T15:04:05Z", Jan1At15h04m05Utc },
        { "2026-01-01T15:04:05+08:00", Jan1At15h04m05Utc - 8 * 3600 },
        { "2026-01-01T15:04:05.999999999-01:30", Jan1At15h04m05Utc + 5400 },
        { "2026-01-01T15:04:05,5Z", Jan1At15h04m05Utc },
        { "2026-01-01T15:04Z", Jan1At15h04m05Utc - 5 },
        { "2026-01-01T15:04+08:00", Jan1At15h04m05Utc - 5 - 8 * 3600 },
        { "2026-01-01T5:04:05Z", Jan1At15h04m05Utc - 10 * 3600 },
        { "2026-01-01T15:04:05+24:00", Jan1At15h04m05Utc - 24 * 3600 },
        { "2026-01-01T15:04:05", Jan1At15h04m05Utc - 8 * 3600 },
        { "2026-01-01 15:04:05", Jan1At15h04m05Utc - 8 * 3600 },
        { "2026-01-01T15:04", Jan1At15h04m05Utc - 5 - 8 * 3600 },
        { "2026-01-01   15:04", Jan1At15h04m05Utc - 5 - 8 * 3600 },
        { "2026-01-01 15:04:05.123", Jan1At15h04m05Utc - 8 * 3600 },
        { "  2026-01-01T15:04:05Z\n", Jan1At15h04m05Utc },
        { "2026-01-01", 1_767_225_600 - 8 * 3600 },
        { "2024-02-29", 1_709_164_800 - 8 * 3600 },
        { "1767279845", 1_767_279_845 },
        { "1767279845000", 1_767_279_845_000 },
        { "9223372036854775807", long.MaxValue },
        { "0000-01-01T00:00:00Z", -62_167_219_200 },
    };

    [Theory]
    [MemberData(nameof(Accepted))]
    public void Accepted_forms(string text, long expected) => Assert.Equal(expected, Parse(text));

    [Fact]
    public void A_date_alone_ends_at_23_59_59_of_that_day()
    {
        Assert.Equal(Parse("2026-01-01") + 86_399, Parse("2026-01-01", isEnd: true));
        Assert.Equal(Parse("2026-01-01T15:04:05Z"), Parse("2026-01-01T15:04:05Z", isEnd: true));
    }

    [Fact]
    public void Gaps_and_overlaps_of_daylight_saving_resolve_as_go_does()
    {
        var newYork = TimeZoneInfo.FindSystemTimeZoneById("America/New_York");
        Assert.Equal(1_710_052_200, Parse("2024-03-10 02:30", zone: newYork)); // in the gap: 06:30Z, i.e. 02:30 EDT
        Assert.Equal(1_730_611_800, Parse("2024-11-03 01:30", zone: newYork)); // in the overlap: the first, 01:30 EDT
        Assert.Equal(1_710_129_599, Parse("2024-03-10", isEnd: true, zone: newYork)); // 23:59:59 EDT of a 23-hour day
    }

    public static TheoryData<string?> Refused => new()
    {
        null, "", "   ", "yesterday", "0", "-5", "+5", "0123", "99999999999999999999", "1.5",
        "2026-13-01", "2026-00-10", "2026-02-29", "2026-04-31", "2026-1-01", "26-01-01", "2026/01/01",
        "2026-01-01T24:00", "2026-01-01T15:60", "2026-01-01T15:04:60Z", "2026-01-01T15", "2026-01-01T15:4",
        "2026-01-01 15:04:05+08:00", "2026-01-01T15:04:05+0800", "2026-01-01T15:04:05+08", "2026-01-01T15:04:05+25:00",
        "2026-01-01T15:04:05+08:61", "2026-01-01t15:04:05Z", "2026-01-01T15:04:05z", "2026-01-01T15:04:05 Z", "2026-01-01T15:04:05.Z",
        "2026-01-01T15:04.5Z", "2026-01-01T15:04:05*08:00", "2026-01-01x", "２０２６-01-01",
    };

    [Theory]
    [MemberData(nameof(Refused))]
    public void Refused_forms_name_the_field(string? text)
    {
        var result = TimeArgument.Parse(text, InputField.End, Beijing, isEnd: true);
        Assert.False(result.IsOk);
        Assert.Equal(InputField.End, result.Failure.Input);
        Assert.Equal((ErrorCategory.Validation, ErrorSubtype.InvalidArgument), (result.Failure.Category, result.Failure.Subtype));
        Assert.StartsWith("the end: cannot parse time \"", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void The_refusal_reads_as_the_official_one_in_flag_words()
    {
        var failure = TimeArgument.Parse(" yester\"day\n ", InputField.Start, Beijing, isEnd: false).Failure!;
        Assert.Equal("--start: cannot parse time \"yester\\\"day\" (supported: ISO 8601 e.g. 2026-01-01 / 2026-01-01T15:04:05+08:00, Unix timestamp)",
            failure.Message.Render(new FlagWords()));
        Assert.Equal("--end: cannot parse time \"a\\tb\\x01\\u00a0c\" (supported: ISO 8601 e.g. 2026-01-01 / 2026-01-01T15:04:05+08:00, Unix timestamp)",
            TimeArgument.Parse("a\tb\u0001\u00a0c", InputField.End, Beijing, isEnd: true).Failure!.Message.Render(new FlagWords()));
    }

    // Instants from year 1 to about 9900, at offsets of whole quarter hours up to ±14 h.
    private static readonly Gen<DateTimeOffset> Instants =
        Gen.Choose(-719_000, 2_900_000).SelectMany(day => Gen.Choose(0, 86_399).SelectMany(second => Gen.Choose(-56, 56).Select(quarter =>
            DateTimeOffset.FromUnixTimeSeconds(day * 86_400L + second).ToOffset(TimeSpan.FromMinutes(quarter * 15)))));

    [Property(MaxTest = 500)]
    public Property Zoned_times_round_trip() =>
        Prop.ForAll(Instants.ToArbitrary(), instant =>
            Parse(instant.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture)) == instant.ToUnixTimeSeconds()
            && Parse(instant.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", CultureInfo.InvariantCulture)) == instant.ToUnixTimeSeconds());

    [Property(MaxTest = 500)]
    public Property Local_times_round_trip_in_a_fixed_zone() =>
        Prop.ForAll(Instants.ToArbitrary(), instant =>
        {
            var zone = TimeZoneInfo.CreateCustomTimeZone("z", instant.Offset, "z", "z");
            var local = instant.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture);
            var day = instant.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            var midnight = new DateTimeOffset(instant.Date, instant.Offset).ToUnixTimeSeconds();
            return Parse(local, zone: zone) == instant.ToUnixTimeSeconds()
                && Parse(day, zone: zone) == midnight && Parse(day, isEnd: true, zone: zone) == midnight + 86_399;
        });

    [Property(MaxTest = 300)]
    public Property Unix_seconds_pass_through() =>
        Prop.ForAll(Gen.Choose(1, int.MaxValue).Select(i => (long)i * 3).ToArbitrary(), seconds =>
            Parse(seconds.ToString(CultureInfo.InvariantCulture)) == seconds);

    [Property(MaxTest = 300)]
    public Property Text_without_a_digit_is_refused_naming_the_field() =>
        Prop.ForAll(ArbMap.Default.GeneratorFor<string>().Select(s => s is null ? null : new string(s.Where(c => !char.IsAsciiDigit(c)).ToArray())).ToArbitrary(), text =>
            TimeArgument.Parse(text, InputField.Start, Beijing, isEnd: false) is { IsOk: false } refused && refused.Failure.Input == InputField.Start);

    private sealed class FlagWords : Vocabulary
    {
        public override string Input(InputField field) => "--" + field.ToString().ToLowerInvariant();

        public override string Words(Term term) => term.Kind.ToString();
    }
}
