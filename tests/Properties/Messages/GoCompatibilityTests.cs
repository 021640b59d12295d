using Lark.Resources.Rules.Messages;

namespace Lark.Resources.Properties.Messages;

/// <summary>The Go formatting rules the renderer reproduces (numbers, quoting, integer scanning, calendar arithmetic).</summary>
public class GoCompatibilityTests
{
    [Theory]
    [InlineData(10.0, "10")]
    [InlineData(2.5, "2.5")]
    [InlineData(123456.0, "123456")]
    [InlineData(1_000_000.0, "1e+06")]
    [InlineData(1_710_000_000_000.0, "1.71e+12")]
    [InlineData(0.0001, "0.0001")]
    [InlineData(0.00001, "1e-05")]
    [InlineData(-1.5e300, "-1.5e+300")]
    [InlineData(0.0, "0")]
    public void Percent_v_of_a_float(double value, string expected) => Assert.Equal(expected, GoText.General(value));

    [Theory]
    [InlineData(3.0, "3")]
    [InlineData(1e20, "100000000000000000000")]
    [InlineData(1e21, "1e+21")]
    [InlineData(1e-7, "1e-7")]
    [InlineData(1.5e-10, "1.5e-10")]
    [InlineData(0.000001, "0.000001")]
    [InlineData(12345678901234567890.0, "12345678901234567000")]
    [InlineData(-0.5, "-0.5")]
    public void Encoding_json_of_a_float(double value, string expected) => Assert.Equal(expected, GoText.JsonNumber(value));

    [Theory]
    [InlineData(0.5, "0")]
    [InlineData(1.5, "2")]
    [InlineData(2.5, "2")]
    [InlineData(3.5, "4")]
    [InlineData(12.345, "12")]
    [InlineData(1e22, "10000000000000000000000")]
    public void Percent_point_zero_f(double value, string expected) => Assert.Equal(expected, GoText.Rounded(value));

    [Theory]
    [InlineData("plain", "\"plain\"")]
    [InlineData("恭喜 🎉", "\"恭喜 🎉\"")]
    [InlineData("a\"b\\c", "\"a\\\"b\\\\c\"")]
    [InlineData("\a\b\f\n\r\t\v\u0000\u007f", "\"\\a\\b\\f\\n\\r\\t\\v\\x00\\x7f\"")]
    [InlineData("\u00a0\u2028\u200b", "\"\\u00a0\\u2028\\u200b\"")]
    public void Percent_q(string text, string expected) => Assert.Equal(expected, GoText.Quote(text));

    [Fact]
    public void Percent_q_of_a_lone_surrogate() => Assert.Equal("\"\uFFFD\"", GoText.Quote("\ud800"));

    [Theory]
    [InlineData("1710000000000", 1_710_000_000_000L)]
    [InlineData("  -42xyz", -42L)]
    [InlineData("+7", 7L)]
    [InlineData("\n5", 0L)]
    [InlineData("abc", 0L)]
    [InlineData("-", 0L)]
    [InlineData("9223372036854775808", 0L)]
    [InlineData(null, 0L)]
    public void Sscanf_percent_d(string? text, long expected) => Assert.Equal(expected, GoText.ScanInt(text));

    [Theory]
    [InlineData(253_402_300_800L, "10000-01-01 00:00:00")]
    [InlineData(-62_135_596_800L, "0001-01-01 00:00:00")]
    [InlineData(-62_167_219_200L, "0000-01-01 00:00:00")]
    [InlineData(-62_167_219_201L, "-0001-12-31 23:59:59")]
    [InlineData(long.MaxValue, "142715360-12-06 03:48:16")]
    public void Calendar_beyond_dotnet_range(long seconds, string expected) =>
        Assert.Equal(expected, GoTime.Format(seconds, TimeZoneInfo.Utc, GoTime.Layout.Seconds));

    [Fact]
    public void Offsets_print_as_rfc3339()
    {
        var zone = TimeZoneInfo.CreateCustomTimeZone("-0330", TimeSpan.FromMinutes(-210), "-0330", "-0330");
        Assert.Equal("2024-03-09T20:30:00-03:30", GoTime.Format(1_710_028_800, zone, GoTime.Layout.Rfc3339));
        Assert.Equal("1969-12-31T23:59:59Z", GoTime.FormatMillis(-1, TimeZoneInfo.Utc, GoTime.Layout.Rfc3339));
    }

    [Fact]
    public void Duplicate_keys_keep_the_last_and_names_with_lone_surrogates_read()
    {
        using var document = GoJson.Parse("""{"k":1,"k":2,"\ud800x":3,"b":4,"a":5}""")!;
        Assert.Equal(2, GoJson.Num(document.RootElement, "k"));
        Assert.Equal(["a", "b", "k", "\uFFFDx"], GoJson.SortedProperties(document.RootElement).Select(p => p.Name));
    }

    [Fact]
    public void A_key_escaping_a_lone_surrogate_breaks_no_lookup()
    {
        const string Content = """{"\ud800":1,"image_key":"img_1","file_key":"file_1","tag":"img"}""";
        Assert.Equal("[Image: img_1]", MessageRenderer.RenderContent(new LarkMessage("om_1", null, null, null, "image", null, null, false, false, null, null, Content, [], null), [], TimeZoneInfo.Utc));
        Assert.Equal("img_1", Assert.Single(MessageContentParser.Parse("image", Content).Resources).FileKey);
        Assert.Single(MessageContentParser.Parse("interactive", """{"\ud800":{"img_key":"img_c"}}""").Unavailable);
        var answer = """{"\ud800":0,"data":{"\udc00":0,"items":[{"\ud800":1,"message_id":"om_1","body":{"\ud800":1,"content":"x"}}]}}""";
        using var document = System.Text.Json.JsonDocument.Parse(answer);
        Assert.Equal("x", Assert.Single(MessageItem.ParseAnswer(document.RootElement).Value).Content);
        Assert.Equal("x", Assert.Single(MessagePage.Parse(document.RootElement).Value.Items).Content);
    }
}
