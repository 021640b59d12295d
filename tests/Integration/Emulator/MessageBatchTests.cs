using System.Text.Json.Nodes;
using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;

namespace Lark.Resources.Integration.Emulator;

/// <summary><c>GET /open-apis/im/v1/messages/mget</c>: up to 50 ids, found ones in request order.</summary>
public sealed class MessageBatchTests
{
    private static IEnumerable<string> Ids(JsonObject data) => data["items"]!.AsArray().Select(i => (string)i!["message_id"]!);

    [Fact]
    public async Task Found_messages_come_in_request_order_and_unknown_ids_are_left_out()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var data = await h.DataAsync(
            $"open-apis/im/v1/messages/mget?message_ids={DemoData.VoteMessageId}&message_ids=om_unknown&message_ids={DemoData.TextMessageId}&message_ids={DemoData.ThreadReply1MessageId}",
            await h.TenantTokenAsync());
        Assert.Equal([DemoData.VoteMessageId, DemoData.TextMessageId, DemoData.ThreadReply1MessageId], Ids(data));
    }

    [Fact]
    public async Task Ids_may_be_comma_separated_and_mixed_with_repeated_ones_each_answered_once()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var data = await h.DataAsync(
            $"open-apis/im/v1/messages/mget?message_ids={DemoData.ImageMessageId},{DemoData.PostMessageId}&message_ids={DemoData.ImageMessageId}",
            await h.TenantTokenAsync());
        Assert.Equal([DemoData.ImageMessageId, DemoData.PostMessageId], Ids(data));
    }

    [Fact]
    public async Task Fifty_ids_are_served_and_fifty_one_answer_230001()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TenantTokenAsync();
        var fifty = string.Join("&", Enumerable.Range(0, 49).Select(i => $"message_ids=om_unknown_{i}").Append($"message_ids={DemoData.TextMessageId}"));
        Assert.Equal([DemoData.TextMessageId], Ids(await h.DataAsync($"open-apis/im/v1/messages/mget?{fifty}", token)));
        using var refused = await h.GetAsync($"open-apis/im/v1/messages/mget?{fifty}&message_ids=om_one_more", token);
        await EmulatorHarness.ReadErrorAsync(refused, 230001, 400);
    }

    [Fact]
    public async Task No_ids_answer_230001()
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var response = await h.GetAsync("open-apis/im/v1/messages/mget?message_ids=", await h.TenantTokenAsync());
        await EmulatorHarness.ReadErrorAsync(response, 230001, 400);
    }

    [Fact]
    public async Task Messages_of_chats_the_caller_is_not_in_are_left_out()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (user, _) = await EmulatorTokens.UserAsync(h.Emulator);
        var query = $"open-apis/im/v1/messages/mget?message_ids={DemoData.PrivateRootMessageId},{DemoData.AliceP2pMessageId},{DemoData.NoBotMessageId}";
        Assert.Equal([DemoData.AliceP2pMessageId, DemoData.NoBotMessageId], Ids(await h.DataAsync(query, user)));
        Assert.Equal([DemoData.PrivateRootMessageId], Ids(await h.DataAsync(query, await h.TenantTokenAsync())));
    }

    [Fact]
    public async Task Items_have_the_listing_shape_with_names_and_card_forms()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TenantTokenAsync();
        var ids = $"message_ids={DemoData.CardMessageId},{DemoData.ThreadReply3MessageId}";
        var data = await h.DataAsync($"open-apis/im/v1/messages/mget?{ids}&with_sender_name=true&card_msg_content_type=raw_card_content", token);
        var card = data["items"]![0]!;
        Assert.Equal(DemoData.BotName, (string)card["sender"]!["sender_name"]!);
        Assert.NotNull(JsonNode.Parse((string)card["body"]!["content"]!)!["json_card"]);
        var recalled = data["items"]![1]!;
        Assert.True((bool)recalled["deleted"]!);

        var listed = await h.DataAsync($"open-apis/im/v1/messages?container_id_type=thread&container_id={DemoData.ThreadId}&with_sender_name=true", token);
        Assert.True(JsonNode.DeepEquals(listed["items"]![3], recalled));
    }
}
