using Lark.Resources.Properties.Support;
using Lark.Resources.Rules;
using Lark.Resources.Rules.Errors;
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

    // Text a person or agent might pass: ids and keys, their prefixes, separators, invisible and long text.
    private static readonly Gen<string?> AnyInput = Gen.Frequency(
        (6, Gen.Elements("om_", "omt_", "oc_", "img_", "file_", "v3", "abc", "-", "_", ".", "..", "/", "\\", " ", "\t", "\n", "\0", "\u202E", "?", "%", "季度", "😀", "{Output}", "IMAGE", "file")
            .ArrayOf().Resize(6).Select(string.Concat).Select(s => (string?)s)),
        (1, Gen.Constant<string?>(null)),
        (1, Gen.Choose(250, 300).Select(n => (string?)("img_" + new string('a', n)))),
        (2, ArbMap.Default.GeneratorFor<string?>()));

    private static bool NamesItsInput<T>(Validated<T> parsed, InputField field) =>
        parsed.IsOk || (parsed.Failure.Input == field
            && parsed.Failure.Category == ErrorCategory.Validation
            && parsed.Failure.Subtype == ErrorSubtype.InvalidArgument
            && parsed.Failure.Message.Inputs.Contains(field)
            && parsed.Failure.Message.Render(MarkedVocabulary.Instance).Contains(MarkedVocabulary.Name(field), StringComparison.Ordinal)
            && parsed.Failure.Hint.Render(MarkedVocabulary.Instance).Contains(MarkedVocabulary.Name(field), StringComparison.Ordinal));

    [Property(MaxTest = 1000)]
    public Property Every_refusal_names_the_input_it_was_given() =>
        Prop.ForAll(AnyInput.ToArbitrary(), text =>
            NamesItsInput(MessageId.Parse(text), InputField.MessageId)
            && NamesItsInput(FileKey.Parse(text), InputField.FileKey)
            && NamesItsInput(ResourceTypes.Parse(text), InputField.ResourceType));

    [Property(MaxTest = 500)]
    public Property A_message_id_from_another_input_is_refused_in_that_inputs_name() =>
        Prop.ForAll(AnyInput.ToArbitrary(), Gen.Elements(InputField.ThreadId, InputField.MessageIds, InputField.MessageId).ToArbitrary(), (text, field) =>
        {
            var parsed = MessageId.Parse(text, field);
            var rendered = parsed.Failure?.Message.Render(MarkedVocabulary.Instance);
            return parsed.IsOk == MessageId.Parse(text).IsOk && NamesItsInput(parsed, field)
                && (field == InputField.MessageId || rendered is null || !rendered.Contains(MarkedVocabulary.Name(InputField.MessageId), StringComparison.Ordinal));
        });

    private static readonly Gen<FileKey> Keys =
        from prefix in Gen.Elements("img_", "file_", "", "im_", "img", "files_", "IMG_", "File_", "x_img_")
        from tail in KeyChars
        where FileKey.Parse(prefix + tail).IsOk // "." and ".." are refused
        select FileKey.Parse(prefix + tail).Value;

    private static ResourceType? Implied(string key) =>
        key.StartsWith("img_", StringComparison.Ordinal) ? ResourceType.Image
        : key.StartsWith("file_", StringComparison.Ordinal) ? ResourceType.File
        : null;

    [Property(MaxTest = 1000)]
    public Property Matching_refuses_exactly_a_key_whose_prefix_names_the_other_type() =>
        Prop.ForAll(Keys.ToArbitrary(), Gen.Elements(ResourceType.Image, ResourceType.File).ToArbitrary(), (key, type) =>
        {
            var matched = type.Matching(key);
            var refuse = Implied(key.Value) is { } implied && implied != type;
            return key.ImpliedType == Implied(key.Value)
                && matched.IsOk == !refuse
                && (refuse
                    ? NamesItsInput(matched, InputField.ResourceType) && matched.Failure!.Message.Inputs.Contains(InputField.FileKey)
                        && matched.Failure.Message.Render(PlainVocabulary.Instance).Contains("use " + key.ImpliedType!.Value.ToWire(), StringComparison.Ordinal)
                    : matched.Value == type);
        });

    [Theory]
    [InlineData("img_v3_x", ResourceType.Image, true)]
    [InlineData("img_v3_x", ResourceType.File, false)]
    [InlineData("file_v3_x", ResourceType.File, true)]
    [InlineData("file_v3_x", ResourceType.Image, false)]
    [InlineData("img_", ResourceType.File, false)]
    [InlineData("IMG_x", ResourceType.File, true)]
    [InlineData("imgx", ResourceType.File, true)]
    [InlineData("v3_private_key", ResourceType.Image, true)]
    [InlineData("v3_private_key", ResourceType.File, true)]
    public void Matching_examples(string key, ResourceType type, bool ok) =>
        Assert.Equal(ok, type.Matching(FileKey.Parse(key).Value).IsOk);

    [Fact]
    public void A_thread_id_refusal_names_the_thread_id()
    {
        var failure = MessageId.Parse("oc_chat", InputField.ThreadId).Failure!;
        Assert.Equal(InputField.ThreadId, failure.Input);
        Assert.StartsWith("<ThreadId> \"oc_chat\"", failure.Message.Render(MarkedVocabulary.Instance), StringComparison.Ordinal);
    }
}
