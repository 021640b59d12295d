using Lark.Resources.Properties.Support;
using Lark.Resources.Rules.Identifiers;

namespace Lark.Resources.Properties.Identifiers;

public class IdentifierProperties
{
    private static readonly Gen<string> KeyChars =
        Gen.Elements("a", "Z", "0", "9", "_", "-", ".", "v3").NonEmptyListOf().Select(string.Concat);

    private static readonly Gen<string> Padding = Gen.Elements("", " ", "\t", "  \n");

    [Property(MaxTest = 500)]
    public Property Message_ids_are_trimmed_and_kept() =>
        Prop.ForAll(KeyChars.Where(k => !k.Contains('.')).ToArbitrary(), Padding.ToArbitrary(), (tail, pad) =>
        {
            var parsed = MessageId.Parse(pad + "om_" + tail + pad);
            return parsed.IsOk && parsed.Value.Value == "om_" + tail;
        });

    [Property(MaxTest = 500)]
    public Property File_keys_are_trimmed_and_never_hold_separators() =>
        Prop.ForAll(KeyChars.ToArbitrary(), Padding.ToArbitrary(), (key, pad) =>
        {
            var parsed = FileKey.Parse(pad + key + pad);
            return key is "." or ".." ? !parsed.IsOk : parsed.IsOk && parsed.Value.Value == key;
        });

    [Property(MaxTest = 1000)]
    public Property Parsers_never_throw_and_failures_explain(string? anything)
    {
        var results = new[] { MessageId.Parse(anything).Error, FileKey.Parse(anything).Error, ResourceTypes.Parse(anything).Error };
        return results.All(e => e is null || e.Length > 10).ToProperty();
    }

    [Theory]
    [InlineData("om_dc13264520392913993dd051dba21dcf")]
    [InlineData(" om_abc ")]
    [InlineData("om_a-b_c")]
    public void Valid_message_ids(string text) => Assert.True(MessageId.Parse(text).IsOk);

    [Theory]
    [InlineData("", "empty")]
    [InlineData("oc_abc", "must start with \"om_\"")]
    [InlineData("om_", "must start with \"om_\"")]
    [InlineData("om_a/b", "unexpected character '/'")]
    [InlineData("om_a\u202Eb", "U+202E")]
    [InlineData("om_a b", "U+0020")]
    public void Invalid_message_ids_say_what_is_expected(string text, string reason) =>
        Assert.Contains(reason, MessageId.Parse(text).Error, StringComparison.Ordinal);

    [Theory]
    [InlineData("img_v3_02ab_1234-5678")]
    [InlineData("file_v3_00ab.x")]
    [InlineData("  img_x  ")]
    public void Valid_file_keys(string text) => Assert.True(FileKey.Parse(text).IsOk);

    [Theory]
    [InlineData("", "empty")]
    [InlineData("img/../x", "'/' or '\\'")]
    [InlineData("img\\x", "'/' or '\\'")]
    [InlineData("..", "\"..\"")]
    [InlineData("img?x=1", "'?'")]
    [InlineData("img%2F", "'%'")]
    [InlineData("img\u0000", "U+0000")]
    public void Invalid_file_keys_say_why(string text, string reason) =>
        Assert.Contains(reason, FileKey.Parse(text).Error, StringComparison.Ordinal);

    [Theory]
    [InlineData("image", ResourceType.Image)]
    [InlineData(" FILE ", ResourceType.File)]
    [InlineData("File", ResourceType.File)]
    public void Resource_types(string text, ResourceType expected) => Assert.Equal(expected, ResourceTypes.Parse(text).Value);

    [Theory]
    [InlineData("video")]
    [InlineData("audio")]
    [InlineData("")]
    [InlineData("images")]
    public void Other_resource_types_are_refused_naming_the_allowed_ones(string text) =>
        Assert.Contains("image", ResourceTypes.Parse(text).Error, StringComparison.Ordinal);

    [Fact]
    public void Wire_names() => Assert.Equal(["image", "file"], new[] { ResourceType.Image.ToWire(), ResourceType.File.ToWire() });
}
