using System.Text;
using Lark.Resources.Rules.Names;

namespace Lark.Resources.Properties.Names;

/// <summary>Cases beyond tc2231: the Lark rule, RFC 8187 details, and inputs no catalogue covers.</summary>
public sealed class ContentDispositionExamples
{
    private const string Report = "季度报告.xlsx";

    // How .NET hands over Lark's raw UTF-8 header bytes: one ISO-8859-1 char per byte.
    private static string AsLatin1(string text) => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text));

    [Fact]
    public void Lark_mojibake_in_filename_is_read_as_utf8()
    {
        // 季 is E5 AD A3: three ISO-8859-1 chars, one of them a soft hyphen.
        Assert.StartsWith("\u00E5\u00AD\u00A3", AsLatin1(Report), StringComparison.Ordinal);

        var result = ContentDisposition.Parse($"attachment; filename=\"{AsLatin1(Report)}\"");

        Assert.Equal(new ContentDisposition("attachment", Report, FileNameSource.Filename), result.Value);
    }

    [Fact]
    public void A_header_already_decoded_as_utf8_is_kept() =>
        Assert.Equal(Report, ContentDisposition.Parse($"attachment; filename=\"{Report}\"").Value.FileName);

    [Theory]
    [InlineData("%E5%AD%A3%E5%BA%A6.xlsx")] // percent text an uploader typed stays as sent
    [InlineData("caf\u00E9.txt")] // real ISO-8859-1: byte E9 then '.' is not UTF-8
    [InlineData("\u00C0\u00AF.txt")] // overlong UTF-8 for '/': invalid, stays Latin-1
    [InlineData("\u00ED\u00A0\u0080.txt")] // UTF-8 of a surrogate: invalid, stays Latin-1
    [InlineData("\u00E4\u4E2D.txt")] // a char above U+00FF: already Unicode, kept
    [InlineData("=?UTF-8?B?5a2j?=")] // RFC 2047 is never decoded
    public void Filename_values_that_are_not_raw_utf8_stay_as_sent(string name) =>
        Assert.Equal(name, ContentDisposition.Parse($"attachment; filename=\"{name}\"").Value.FileName);

    [Fact]
    public void Raw_utf8_emoji_is_read_as_utf8() =>
        Assert.Equal("📄 notes.txt", ContentDisposition.Parse($"attachment; filename=\"{AsLatin1("📄 notes.txt")}\"").Value.FileName);

    [Theory]
    [InlineData("UTF-8'en'%E2%82%AC.txt", "€.txt")]
    [InlineData("utf-8'zh-Hans-CN'%E5%AD%A3", "季")]
    [InlineData("us-ascii''a%20b", "a b")]
    [InlineData("ISO-8859-1''%FF", "\u00FF")]
    [InlineData("UTF-8''", "")]
    public void Filename_star_is_decoded(string extValue, string expected)
    {
        var result = ContentDisposition.Parse($"attachment; filename=\"fallback\"; filename*={extValue}");

        Assert.Equal(new ContentDisposition("attachment", expected, FileNameSource.FilenameStar), result.Value);
    }

    [Theory]
    [InlineData("windows-1252''foo%E4")] // unsupported charset
    [InlineData("UTF-8''a*b")] // '*' is not an attr-char
    [InlineData("UTF-8''a'b")] // nor is a third quote
    [InlineData("UTF-8''%C3")] // truncated UTF-8
    [InlineData("UTF-8''%ED%A0%80")] // an encoded surrogate
    [InlineData("UTF-8'e n'abc")] // not a token, so the header itself is void: see below
    [InlineData("ISO-8859-1''%85")] // C1 range is not ISO-8859-1
    [InlineData("US-ASCII''%C3%A4")]
    [InlineData("UTF-8'@'abc")] // '@' is not a token char: the header itself is void
    [InlineData("UTF-8'e_n'abc")] // '_' is not in a language tag
    [InlineData("UTF*8''abc")] // '*' is not a charset char
    public void A_void_filename_star_falls_back_to_filename(string extValue)
    {
        var result = ContentDisposition.Parse($"attachment; filename*={extValue}; filename=\"fallback\"");

        if (extValue.Contains(' ', StringComparison.Ordinal) || extValue.Contains('@', StringComparison.Ordinal))
        {
            Assert.False(result.IsOk);
            return;
        }

        Assert.Equal(new ContentDisposition("attachment", "fallback", FileNameSource.Filename), result.Value);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("attachment;")]
    [InlineData("attachment; filename")]
    [InlineData("attachment; filename=")]
    [InlineData("attachment; filename=\"a\nb\"")] // control characters are not qdtext
    [InlineData("attachment; filename=\"a\u007Fb\"")]
    [InlineData("attachment; filename=\"a\\")]
    [InlineData("attachment; filename*=UTF-8''a; FILENAME*=UTF-8''b")]
    [InlineData("attachment; foo=1; Foo=2")]
    [InlineData("attachment; filename=a; filename*=UTF-8''b; filename=c")]
    public void Void_headers_fail_with_a_reason(string? header)
    {
        var result = ContentDisposition.Parse(header);

        Assert.False(result.IsOk);
        Assert.False(string.IsNullOrWhiteSpace(result.Error));
    }

    [Theory]
    [InlineData("  Attachment ;\tfilename = \"a b\"  ", "attachment", "a b")]
    [InlineData("INLINE;FILENAME=x.pdf", "inline", "x.pdf")]
    [InlineData("attachment; filename=\"\"", "attachment", "")]
    [InlineData("form-data; name=\"f\"; filename=\"C:\\\\x.txt\"", "form-data", "C:\\x.txt")]
    [InlineData("attachment; filename=\"\uD83D\uDCC4\"", "attachment", "\uD83D\uDCC4")]
    public void Valid_headers_parse(string header, string type, string fileName)
    {
        var result = ContentDisposition.Parse(header);

        Assert.Equal(type, result.Value.DispositionType);
        Assert.Equal(fileName, result.Value.FileName);
        Assert.Equal(type == "inline", result.Value.IsInline);
    }

    [Fact]
    public void Half_a_surrogate_pair_voids_the_header()
    {
        // Not as InlineData: attribute strings cannot hold unpaired surrogates.
        Assert.False(ContentDisposition.Parse("attachment; filename=\"\uD800\"").IsOk);
        Assert.False(ContentDisposition.Parse("attachment; filename=\"\uDC00x\"").IsOk);
        Assert.False(ContentDisposition.Parse("attachment; filename=\"\uD800\\\uDC00\"").IsOk);
        Assert.True(ContentDisposition.Parse("attachment; filename=\"\\\uD83D\uDCC4\"").IsOk);
    }

    [Fact]
    public void A_null_header_is_a_failure_not_an_exception() =>
        Assert.Equal("no Content-Disposition header", ContentDisposition.Parse(null).Error);

    [Fact]
    public void Huge_headers_are_answered()
    {
        var longName = new string('a', 2_000_000);
        var longUtf8 = AsLatin1(string.Concat(Enumerable.Repeat("季", 300_000)));
        var manyParameters = "attachment" + string.Concat(Enumerable.Range(0, 50_000).Select(i => $"; p{i}=v"));

        Assert.Equal(longName, ContentDisposition.Parse($"attachment; filename=\"{longName}\"").Value.FileName);
        Assert.Equal(300_000, ContentDisposition.Parse($"attachment; filename=\"{longUtf8}\"").Value.FileName?.Length);
        Assert.Equal(longName, ContentDisposition.Parse(ContentDisposition.Format("attachment", longName + "\u00E9")).Value.FileName?[..^1]);
        Assert.True(ContentDisposition.Parse(manyParameters).IsOk);
        Assert.False(ContentDisposition.Parse(manyParameters + "; p49999=again").IsOk);
        Assert.False(ContentDisposition.Parse("attachment; filename=\"" + longName).IsOk);
    }

    [Fact]
    public void Many_parameters_are_still_checked_for_duplicates()
    {
        var parameters = string.Concat(Enumerable.Range(0, 100).Select(i => $"; p{i}=v"));

        Assert.True(ContentDisposition.Parse("attachment" + parameters + "; filename=a").IsOk);
        Assert.False(ContentDisposition.Parse("attachment" + parameters + "; P7=again").IsOk);
        Assert.False(ContentDisposition.Parse("attachment; p7=v" + parameters).IsOk);
    }

    [Theory]
    [InlineData("report.pdf", "attachment; filename=\"report.pdf\"")]
    [InlineData("a \"b\" \\c;%41", "attachment; filename=\"a \\\"b\\\" \\\\c;%41\"")]
    [InlineData("季.txt", "attachment; filename=\"_.txt\"; filename*=UTF-8''%E5%AD%A3.txt")]
    [InlineData("📄", "attachment; filename=\"_\"; filename*=UTF-8''%F0%9F%93%84")]
    [InlineData("a b'c", "attachment; filename=\"a b'c\"")]
    [InlineData("a\tb", "attachment; filename=\"a_b\"; filename*=UTF-8''a%09b")]
    public void Format_writes_the_expected_header(string name, string expected) =>
        Assert.Equal(expected, ContentDisposition.Format("attachment", name));

    [Theory]
    [InlineData("Inline", "inline")]
    [InlineData("", "attachment")]
    [InlineData("not a token", "attachment")]
    public void Format_uses_a_token_type(string type, string expected) =>
        Assert.StartsWith(expected + "; ", ContentDisposition.Format(type, "x"), StringComparison.Ordinal);
}
