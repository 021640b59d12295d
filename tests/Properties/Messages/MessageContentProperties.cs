using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Messages;

namespace Lark.Resources.Properties.Messages;

public class MessageContentProperties
{
    private static readonly Gen<string> MsgTypes = Gen.Elements("image", "file", "audio", "media", "post", "sticker", "folder", "interactive", "text", "merge_forward", "share_chat", "", "IMAGE");

    [Property(MaxTest = 500)]
    public Property Every_key_of_a_post_comes_out_exactly_once_with_its_type() =>
        Prop.ForAll(PostGenerators.Post.ToArbitrary(), post =>
        {
            var parsed = MessageContentParser.Parse("post", post.Json);
            var expected = post.Named.Select(n => (n.Key, n.IsImage ? ResourceType.Image : ResourceType.File)).Distinct().OrderBy(x => x).ToArray();
            var actual = parsed.Resources.Select(r => (r.FileKey, r.Type)).OrderBy(x => x).ToArray();
            return expected.SequenceEqual(actual) && parsed.Unavailable.Count == 0
                && parsed.Resources.All(r => r.Kind.StartsWith("post_", StringComparison.Ordinal));
        });

    [Property(MaxTest = 1000)]
    public Property Garbage_never_throws_and_every_key_is_safe(string? msgType, string? content) =>
        Safe(MessageContentParser.Parse(msgType, content)).ToProperty();

    [Property(MaxTest = 1000)]
    public Property Any_json_of_any_type_never_throws_and_every_key_is_safe() =>
        Prop.ForAll(MsgTypes.ToArbitrary(), PostGenerators.AnyJson.ToArbitrary(), (type, json) => Safe(MessageContentParser.Parse(type, json)));

    [Property(MaxTest = 300)]
    public Property Only_posts_images_files_audio_and_media_have_resources() =>
        Prop.ForAll(MsgTypes.ToArbitrary(), PostGenerators.AnyJson.ToArbitrary(), (type, json) =>
            type is "image" or "file" or "audio" or "media" or "post" || MessageContentParser.Parse(type, json).Resources.Count == 0);

    private static bool Safe(MessageContent content) =>
        content.Resources.All(r => FileKey.Parse(r.FileKey).IsOk && FileKey.Parse(r.FileKey).Value.Value == r.FileKey)
        && content.Unavailable.All(u => u.Reason.Length > 10)
        && content.Resources.Select(r => (r.FileKey, r.Type)).Distinct().Count() == content.Resources.Count;

    public static TheoryData<string, string, string> Examples => new()
    {
        { "image", """{"image_key":"img_v3_a"}""", "img_v3_a:image:image:" },
        { "file", """{"file_key":"file_v3_a","file_name":"季度报告.xlsx"}""", "file_v3_a:file:file:季度报告.xlsx" },
        { "audio", """{"file_key":"file_v3_au","duration":2000}""", "file_v3_au:file:audio:" },
        { "media", """{"file_key":"file_v3_v","image_key":"img_v3_c","file_name":"v.mp4","duration":5}""", "file_v3_v:file:video:v.mp4|img_v3_c:image:video_cover:" },
        { "post", """{"zh_cn":{"title":"t","content":[[{"tag":"text","text":"x"}],[{"tag":"img","image_key":"img_p"},{"tag":"media","file_key":"file_p","image_key":"img_c"}]]}}""", "img_p:image:post_image:|file_p:file:post_media:|img_c:image:post_media_cover:" },
        { "post", """{"title":"bare","content":[[{"tag":"img","image_key":"img_p"}]]}""", "img_p:image:post_image:" },
        { "post", """{"zh_cn":{"content":[[{"tag":"img","image_key":"img_p"}]]},"en_us":{"content":[[{"tag":"img","image_key":"img_p"}]]}}""", "img_p:image:post_image:" },
        { "post", """{"content":[[{"tag":"text","text":"only words"}]]}""", "" },
        { "merge_forward", """{"content":"Merged and Forwarded Message"}""", "" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Downloadable_examples(string type, string content, string expected)
    {
        var parsed = MessageContentParser.Parse(type, content);
        Assert.Equal(expected, string.Join('|', parsed.Resources.Select(r => $"{r.FileKey}:{r.Type.ToWire()}:{r.Kind}:{r.FileName}")));
        Assert.Empty(parsed.Unavailable);
    }

    [Theory]
    [InlineData("sticker", """{"file_key":"file_v3_s"}""", "sticker", "file_v3_s", "stickers cannot be downloaded")]
    [InlineData("folder", """{"file_key":"file_v3_f","file_name":"资料"}""", "folder", "file_v3_f", "folders cannot be downloaded")]
    [InlineData("interactive", """{"elements":[[{"tag":"img","image_key":"img_card"}]]}""", "interactive", "img_card", "images in cards")]
    [InlineData("interactive", """{"elements":[]}""", "interactive", null, "cards have no")]
    [InlineData("text", """{"text":"hi"}""", "text", null, "text messages have no")]
    [InlineData("share_chat", """{"chat_id":"oc_x"}""", "share_chat", null, "share_chat messages have no")]
    [InlineData("image", "{not json", "image", null, "not valid JSON")]
    [InlineData("image", "[1]", "image", null, "not a JSON object")]
    [InlineData("image", "{}", "image", null, "no image_key")]
    [InlineData("file", """{"file_key":"../etc/passwd"}""", "file", null, "not a valid resource key")]
    [InlineData(null, null, "unknown", null, "no content")]
    public void Not_downloadable_examples(string? type, string? content, string kind, string? key, string reason)
    {
        var parsed = MessageContentParser.Parse(type, content);
        Assert.Empty(parsed.Resources);
        var only = Assert.Single(parsed.Unavailable);
        Assert.Equal(kind, only.Kind);
        Assert.Equal(key, only.FileKey);
        Assert.Contains(reason, only.Reason, StringComparison.Ordinal);
    }
}
