using System.Buffers;
using System.Text;
using Lark.Resources.Rules.Download;

namespace Lark.Resources.Properties.Download;

public class ResumeRecordProperties
{
    // Well-formed text of any script: ASCII, JSON's special characters, controls, Latin-1, CJK, emoji, separators.
    private static readonly Gen<string> Texts = Gen.Frequency(
        (6, Gen.Frequency(
                (6, Gen.Elements("a", "Z", "0", "_", "-", ".", " ", "om_", "img_v3_", "file_")),
                (3, Gen.Elements("\"", "\\", "/", "\b", "\f", "\n", "\r", "\t", "\0", "\u001F", "\u007F", "\u2028", "\u2029", "\uFEFF", "\u202E", "<", ">", "&", "'", "+")),
                (2, Gen.Choose(0xA0, 0xFF).Select(char.ConvertFromUtf32)),
                (2, Gen.Choose(0x4E00, 0x9FFF).Select(char.ConvertFromUtf32)),
                (2, Gen.Choose(0x1F300, 0x1FAFF).Select(char.ConvertFromUtf32)),
                (1, Gen.Elements("\uFFFD", "\uFFFF", "\U0010FFFF")))
            .ArrayOf().Resize(24).Select(string.Concat)),
        (1, ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "").Where(WellFormed)));

    private static bool WellFormed(string text)
    {
        for (var span = text.AsSpan(); !span.IsEmpty;)
        {
            if (Rune.DecodeFromUtf16(span, out _, out var used) != OperationStatus.Done)
                return false;
            span = span[used..];
        }

        return true;
    }

    private static readonly Gen<long> Sizes = Gen.Frequency(
        (3, Gen.Choose(0, 10_000).Select(i => (long)i)),
        (2, ArbMap.Default.GeneratorFor<long>().Select(l => l == long.MinValue ? 0 : Math.Abs(l))),
        (1, Gen.Elements(0L, 1L, int.MaxValue + 1L, long.MaxValue - 1, long.MaxValue)));

    private static readonly Gen<ResumeRecord> Records =
        from messageId in Texts
        from fileKey in Texts
        from type in Gen.Frequency((4, Gen.Elements("image", "file")), (1, Texts))
        from total in Sizes
        from percent in Gen.Frequency((3, Gen.Choose(0, 100)), (1, Gen.Elements(0, 100)))
        from contentType in Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Texts.Select(s => (string?)s)))
        from disposition in Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Texts.Select(s => (string?)s)))
        let verified = percent == 100 ? total : (long)(total / 100.0 * percent)
        select new ResumeRecord(messageId, fileKey, type, total, Math.Min(verified, total), contentType, disposition);

    [Property(MaxTest = 1000)]
    public Property A_written_record_reads_back_equal() =>
        Prop.ForAll(Records.ToArbitrary(), record => ResumeRecord.FromJson(record.ToJson()) == record);

    [Property(MaxTest = 500)]
    public Property Random_bytes_are_no_record_or_a_consistent_one(byte[] bytes) =>
        (ResumeRecord.FromJson(bytes) is not { } read || (read.Verified >= 0 && read.Verified <= read.Total)).ToProperty();

    [Fact]
    public void No_bytes_are_no_record() => Assert.Null(ResumeRecord.FromJson([]));

    // Whatever bytes are read, a record that comes back keeps 0 <= verified <= total.
    [Property(MaxTest = 500)]
    public Property Damaged_records_are_refused_or_still_consistent() =>
        Prop.ForAll(Records.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), Gen.Choose(0, 255).ToArbitrary(), (record, at, value) =>
        {
            var json = record.ToJson();
            json[at % json.Length] = (byte)value;
            return ResumeRecord.FromJson(json) is not { } read || (read.Verified >= 0 && read.Verified <= read.Total);
        });

    [Property(MaxTest = 500)]
    public Property Truncated_records_are_refused() =>
        Prop.ForAll(Records.ToArbitrary(), Gen.Choose(0, int.MaxValue).ToArbitrary(), (record, cut) =>
        {
            var json = record.ToJson();
            return ResumeRecord.FromJson(json.AsSpan(0, cut % json.Length)) is null;
        });

    // A whole record followed by more than white space is damaged (two writers, or another file appended).
    [Property(MaxTest = 300)]
    public Property Records_with_trailing_bytes_are_refused() =>
        Prop.ForAll(Records.ToArbitrary(), Gen.Elements("x", "}", "{}", "1", "\0", ",{\"version\":1}", " null").ToArbitrary(), (record, tail) =>
            ResumeRecord.FromJson([.. record.ToJson(), .. Encoding.UTF8.GetBytes(tail)]) is null
            && ResumeRecord.FromJson([.. record.ToJson(), .. " \n\t\r"u8]) == record);

    private static string Json(string version = "1", string total = "10", string verified = "4", string messageId = "\"om_x\"", string type = "\"file\"") =>
        $"{{\"version\":{version},\"message_id\":{messageId},\"file_key\":\"file_x\",\"type\":{type},\"total\":{total},\"verified\":{verified},\"content_type\":null,\"content_disposition\":null}}";

    [Theory]
    [InlineData("2")]
    [InlineData("0")]
    [InlineData("\"1\"")]
    [InlineData("1.0")]
    [InlineData("1.5")]
    [InlineData("null")]
    [InlineData("99999999999")]
    public void Other_versions_are_no_record(string version) => Assert.Null(ResumeRecord.FromJson(Encoding.UTF8.GetBytes(Json(version: version))));

    [Theory]
    [InlineData("\"10\"", "4")]
    [InlineData("10", "\"4\"")]
    [InlineData("10.5", "4")]
    [InlineData("10", "null")]
    [InlineData("99999999999999999999", "4")]
    [InlineData("10", "-1")]
    [InlineData("3", "4")]
    [InlineData("{}", "4")]
    public void Sizes_that_are_not_whole_or_not_ordered_are_no_record(string total, string verified) =>
        Assert.Null(ResumeRecord.FromJson(Encoding.UTF8.GetBytes(Json(total: total, verified: verified))));

    [Theory]
    [InlineData("{\"version\":1}")]
    [InlineData("{\"version\":1,\"total\":10}")]
    [InlineData("[]")]
    [InlineData("\"version\"")]
    [InlineData("")]
    [InlineData("{\"version\":1,\"total\":10,\"verified\":4,\"x\":{\"y\":{\"z\":{\"w\":{}}}}}")]
    public void Incomplete_or_odd_documents_are_no_record(string json) => Assert.Null(ResumeRecord.FromJson(Encoding.UTF8.GetBytes(json)));

    // A string field of another type reads as no text, and such a record can never vouch for a real resource.
    [Fact]
    public void A_non_string_id_reads_as_empty_and_is_never_accepted()
    {
        var record = ResumeRecord.FromJson(Encoding.UTF8.GetBytes(Json(messageId: "5", type: "[]")));
        Assert.NotNull(record);
        Assert.Equal(("", ""), (record.MessageId, record.Type));
        Assert.False(record.Accepts("om_x", "file_x", "file", 10));
    }

    [Fact]
    public void Oversize_records_are_refused_even_when_valid()
    {
        var record = new ResumeRecord("om_x", "file_x", "file", 10, 4, null, null);
        var json = record.ToJson();
        byte[] padded = [.. json, .. Enumerable.Repeat((byte)' ', ResumeRecord.MaxBytes - json.Length)];
        Assert.Equal(record, ResumeRecord.FromJson(padded));
        Assert.Null(ResumeRecord.FromJson([.. padded, (byte)' ']));
        Assert.Null(ResumeRecord.FromJson(new byte[ResumeRecord.MaxBytes + 1]));
    }

    [Fact]
    public void The_format_is_version_1_json_with_snake_case_fields()
    {
        var text = Encoding.UTF8.GetString(new ResumeRecord("om_x", "file_x", "file", 10, 4, "text/plain", null).ToJson());
        Assert.Contains("\"version\": 1", text, StringComparison.Ordinal);
        Assert.Contains("\"content_disposition\": null", text, StringComparison.Ordinal);
        Assert.Contains("\"verified\": 4", text, StringComparison.Ordinal);
    }

    private static readonly Gen<(ResumeRecord Record, string MessageId, string FileKey, string Type, long Partial)> AcceptCases =
        from record in Records
        from sameMessage in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from sameKey in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from sameType in Gen.Frequency((3, Gen.Constant(true)), (1, Gen.Constant(false)))
        from other in Gen.Elements("", "om_y", "file_y", "image", "file", " ")
        from delta in Gen.Frequency((3, Gen.Choose(-2, 2).Select(i => (long)i)), (1, Sizes), (1, Sizes.Select(s => -s)))
        select (record,
            sameMessage ? record.MessageId : other,
            sameKey ? record.FileKey : other,
            sameType ? record.Type : other,
            delta > 0 && record.Verified > long.MaxValue - delta ? long.MaxValue : record.Verified + delta);

    [Property(MaxTest = 500)]
    public Property Accepts_exactly_the_same_resource_with_verified_bytes_the_file_holds() =>
        Prop.ForAll(AcceptCases.ToArbitrary(), c =>
            c.Record.Accepts(c.MessageId, c.FileKey, c.Type, c.Partial)
            == (c.MessageId == c.Record.MessageId && c.FileKey == c.Record.FileKey && c.Type == c.Record.Type
                && c.Record.Verified > 0 && c.Record.Verified <= c.Partial));

    [Theory]
    [InlineData(4L, 4L, true)]
    [InlineData(4L, 100L, true)]
    [InlineData(4L, 3L, false)]
    [InlineData(0L, 10L, false)]
    [InlineData(1L, 1L, true)]
    public void Accepts_examples(long verified, long partial, bool accepted) =>
        Assert.Equal(accepted, new ResumeRecord("om_x", "file_x", "file", 10, verified, null, null).Accepts("om_x", "file_x", "file", partial));

    [Fact]
    public void Accepts_only_the_same_resource()
    {
        var record = new ResumeRecord("om_x", "file_x", "file", 10, 4, null, null);
        Assert.False(record.Accepts("om_y", "file_x", "file", 10));
        Assert.False(record.Accepts("om_x", "file_y", "file", 10));
        Assert.False(record.Accepts("om_x", "file_x", "image", 10));
        Assert.False(record.Accepts("OM_X", "file_x", "file", 10));
    }
}
