using System.Text.Json;
using Lark.Resources.Rules.Messages;
using static Lark.Resources.Properties.Messages.MessageSamples;

namespace Lark.Resources.Properties.Messages;

/// <summary>Rendering is total: any content of any type, any item, any page gives an answer, never an exception.</summary>
public class RenderingTotalityProperties
{
    private static readonly Gen<string> Types = Gen.Elements(
        "text", "post", "image", "file", "audio", "media", "video", "sticker", "interactive", "share_chat", "share_user", "location",
        "merge_forward", "folder", "share_calendar_event", "calendar", "general_calendar", "video_chat", "system", "todo", "vote", "hongbao", "x", "");

    private static readonly Gen<MessageMention[]> Mentions = Gen.Elements(
        Array.Empty<MessageMention>(), [Mention("@_user_1", "A")], [Mention("@_user_1", "@_user_1"), Mention("@", "x"), new MessageMention("", null, null, null)]);

    [Property(MaxTest = 1500)]
    public Property Any_content_of_any_type_renders() =>
        Prop.ForAll(Types.ToArbitrary(), HostileJson.Any.ToArbitrary(), Mentions.ToArbitrary(), (type, content, mentions) =>
        {
            var message = Message(type, content, mentions);
            var subs = new[] { Message(type, content, mentions, id: "om_c", upper: "om_1") };
            var text = MessageRenderer.RenderContent(message, subs, Beijing);
            _ = MessageContentParser.Parse(type, content);
            _ = ResourceListing.Build("om_1", [message.ToItem(), subs[0].ToItem()]);
            _ = MessageResourceRefs.Of(message, subs);
            return text is not null && (content.Length > 0 || text.Length == 0);
        });

    [Property(MaxTest = 300)]
    public Property Any_card_renders() =>
        Prop.ForAll(HostileJson.Value(5).ToArbitrary(), HostileJson.Value(3).ToArbitrary(), (card, attachment) =>
        {
            var content = "{\"json_card\":" + HostileJson.JsonEscape(card) + ",\"json_attachment\":" + attachment + "}";
            var text = Render("interactive", content);
            // An attachment Go cannot decode (1e400) spoils the whole content.
            return text.StartsWith("<card>", StringComparison.Ordinal) || text.StartsWith("<card ", StringComparison.Ordinal) || text == "[interactive card]";
        });

    [Property(MaxTest = 500)]
    public Property Any_item_parses_lists_and_prints() =>
        Prop.ForAll(HostileJson.Value(4).ToArbitrary(), HostileJson.Value(3).ToArbitrary(), (body, sender) =>
        {
            var item = "{\"message_id\":\"om_x\",\"msg_type\":\"post\",\"body\":{\"content\":" + HostileJson.JsonEscape(body) + "},\"sender\":" + sender +
                ",\"mentions\":" + sender + ",\"create_time\":" + sender + ",\"message_position\":" + sender + ",\"chat_id\":\"oc_1\"}";
            var message = WithRoot(item, LarkMessage.Parse);
            if (message is null)
                return false;
            var listed = ListedMessages.From(message, [], Beijing, brand: Lark.Resources.Rules.Identifiers.LarkBrand.Lark);
            _ = MessageResourceRefs.Of(message, []);
            return ListedMessages.ToJson(listed).ToJsonString().Length > 0;
        });

    [Property(MaxTest = 500)]
    public Property Any_answer_parses_or_fails() =>
        Prop.ForAll(HostileJson.Value(5).ToArbitrary(), answer =>
        {
            if (Parses(answer) is not { } json)
                return true;
            var page = WithRoot(json, MessagePage.Parse);
            var wrapped = WithRoot("{\"data\":{\"items\":[" + json + "," + json + "],\"has_more\":" + json + ",\"page_token\":" + json + "}}", MessagePage.Parse);
            _ = WithRoot(json, MessageReactions.ParseBatch);
            return (page.IsOk || page.Error.Length > 0) && wrapped.IsOk;
        });

    [Theory]
    [InlineData(10)]
    [InlineData(70)]
    [InlineData(9_000)]
    [InlineData(20_000)]
    public void Deep_content_renders(int depth)
    {
        foreach (var type in (string[])["post", "text", "interactive", "todo", "system"])
            Assert.NotNull(Render(type, HostileJson.Deep(depth)));
        Assert.Equal("[interactive card]", Render("interactive", HostileJson.Deep(depth)));
    }

    [Fact]
    public void Huge_content_renders()
    {
        var huge = new string('界', 2_000_000);
        Assert.Equal(huge, Render("text", "{\"text\":\"" + huge + "\"}"));
        Assert.Equal(huge + "\nx", Render("post", "{\"title\":\"" + huge + "\",\"content\":[[{\"tag\":\"text\",\"text\":\"x\"}]]}"));
    }

    private static string? Parses(string json)
    {
        try
        {
            using var _ = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 100_000 });
            return json;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
