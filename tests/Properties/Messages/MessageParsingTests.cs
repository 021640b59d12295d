using Lark.Resources.Rules.Messages;
using static Lark.Resources.Properties.Messages.MessageSamples;

namespace Lark.Resources.Properties.Messages;

/// <summary>Messages and pages read from the message endpoints' answers.</summary>
public class MessageParsingTests
{
    private const string Item = """
        {"message_id":"om_1","root_id":"om_0","parent_id":"om_p","thread_id":"","msg_type":"text","create_time":"1710028800000","update_time":"1710029100000",
         "deleted":false,"updated":true,"chat_id":"oc_1","message_position":"12","upper_message_id":"",
         "sender":{"id":"ou_a","id_type":"open_id","sender_type":"user","tenant_key":"t","sender_name":"Alice"},
         "body":{"content":"{\"text\":\"@_user_1 hi\"}"},
         "mentions":[{"key":"@_user_1","id":"ou_b","id_type":"open_id","name":"Bob","tenant_key":"t"},{"key":"@_user_2","id":{"open_id":"ou_c","union_id":"on_c"},"name":"Carol"},"junk"]}
        """;

    [Fact]
    public void An_item_is_read_field_by_field()
    {
        var message = WithRoot(Item, LarkMessage.Parse)!;
        Assert.Equal(("om_1", "om_0", "om_p", null, "text"), (message.MessageId, message.RootId, message.ParentId, message.ThreadId, message.MsgType));
        Assert.Equal((1_710_028_800_000L, 1_710_029_100_000L, false, true, "oc_1"), (message.CreateTimeMs!.Value, message.UpdateTimeMs!.Value, message.Deleted, message.Updated, message.ChatId!));
        Assert.Equal(new MessageSender("ou_a", "open_id", "user", "t", "Alice"), message.Sender! with { Json = null });
        Assert.Contains("\"sender_name\":\"Alice\"", message.Sender!.Json, StringComparison.Ordinal);
        Assert.Equal("{\"text\":\"@_user_1 hi\"}", message.Content);
        Assert.Equal([new MessageMention("@_user_1", "ou_b", "open_id", "Bob"), new MessageMention("@_user_2", "ou_c", null, "Carol"), new MessageMention("", null, null, null)], message.Mentions);
        Assert.Null(message.UpperMessageId);
        Assert.Equal("\"12\"", message.MessagePosition);
        Assert.Equal(new MessageItem("om_1", "text", "{\"text\":\"@_user_1 hi\"}", null), message.ToItem());
    }

    [Theory]
    [InlineData("""{"msg_type":"text"}""")]
    [InlineData("""{"message_id":""}""")]
    [InlineData("""{"message_id":7}""")]
    [InlineData("[]")]
    [InlineData("null")]
    public void An_item_without_an_id_is_no_message(string json) => Assert.Null(WithRoot(json, LarkMessage.Parse));

    [Theory]
    [InlineData("\"1710028800000\"", 1_710_028_800_000L)]
    [InlineData("\" 1710028800000abc\"", 1_710_028_800_000L)]
    [InlineData("1710028800000", 1_710_028_800_000L)]
    [InlineData("\"0\"", 0L)]
    [InlineData("\"soon\"", null)]
    [InlineData("\"99999999999999999999\"", null)]
    [InlineData("true", null)]
    public void Times_are_read_as_the_official_cli_reads_them(string json, long? expected) =>
        Assert.Equal(expected, WithRoot($$$"""{"message_id":"om_1","create_time":{{{json}}}}""", LarkMessage.Parse)!.CreateTimeMs);

    [Fact]
    public void Wrong_types_read_as_absent()
    {
        var message = WithRoot("""{"message_id":"om_1","msg_type":3,"deleted":"true","sender":"ou_a","body":{"content":{}},"mentions":{},"chat_id":null}""", LarkMessage.Parse)!;
        Assert.Equal(("", false, null, null, 0, null), (message.MsgType, message.Deleted, message.Sender, message.Content, message.Mentions.Count, message.ChatId));
        Assert.Null(message.ToItem().MsgType);
    }

    [Fact]
    public void A_page_has_items_has_more_and_a_token()
    {
        var page = WithRoot($$$"""{"code":0,"data":{"items":[{{{Item}}},null,{"msg_type":"x"},{"message_id":"om_2"}],"has_more":true,"page_token":"pt"}}""", MessagePage.Parse).Value;
        Assert.Equal(["om_1", "om_2"], page.Items.Select(m => m.MessageId));
        Assert.Equal((true, "pt"), (page.HasMore, page.PageToken));
    }

    [Theory]
    [InlineData("""{"data":{"items":[],"next_page_token":"n"}}""", false, "n")]
    [InlineData("""{"data":{"items":[],"page_token":"","next_page_token":"n","has_more":"true"}}""", false, "n")]
    [InlineData("""{"data":{"items":[],"has_more":true}}""", true, null)]
    public void The_token_falls_back_to_next_page_token(string json, bool hasMore, string? token)
    {
        var page = WithRoot(json, MessagePage.Parse).Value;
        Assert.Equal((hasMore, token), (page.HasMore, page.PageToken));
    }

    [Theory]
    [InlineData("""{"code":0}""")]
    [InlineData("""{"data":{"items":{}}}""")]
    [InlineData("""{"data":null}""")]
    [InlineData("[]")]
    public void A_page_without_items_fails(string json) => Assert.False(WithRoot(json, MessagePage.Parse).IsOk);
}
