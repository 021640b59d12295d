using System.Globalization;
using System.Text.Json.Nodes;
using Lark.Emulator;
using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;

namespace Lark.Resources.Integration.Emulator;

/// <summary>Listing a chat: order, paging, time window, page tokens, and the items' shape.</summary>
public sealed class ConversationListTests
{
    private const string Main = $"container_id_type=chat&container_id={DemoData.ChatId}";

    // The main chat as a group lists it: every message but merge-forward children and thread replies, oldest first.
    private static List<string> MainChatAscending()
    {
        var fixture = DemoData.Fixture;
        return fixture.Messages
            .Select((m, i) => (Message: m, Time: m.CreateTime ?? 1_717_200_000_000 + (i * 1000L)))
            .Where(x => x.Message.ChatId == DemoData.ChatId && x.Message.UpperMessageId is null && !(x.Message.ThreadId is not null && x.Message.RootId is not null))
            .OrderBy(x => x.Time)
            .Select(x => x.Message.MessageId)
            .ToList();
    }

    private static IEnumerable<string> Ids(IEnumerable<JsonObject> items) => items.Select(i => (string)i["message_id"]!);

    private static long Seconds(int minute) => (DemoData.ConversationStart / 1000) + (minute * 60);

    [Fact]
    public async Task Paging_ascending_reaches_the_end_oldest_first()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (items, pages) = await h.ListAllAsync($"{Main}&sort_type=ByCreateTimeAsc&page_size=7", await h.TenantTokenAsync());
        var expected = MainChatAscending();
        Assert.Equal(expected, Ids(items));
        Assert.Equal((expected.Count + 6) / 7, pages);
        var times = items.Select(i => long.Parse((string)i["create_time"]!, CultureInfo.InvariantCulture)).ToList();
        Assert.Equal(times.Order(), times);
    }

    [Fact]
    public async Task Paging_descending_reaches_the_end_newest_first()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (items, pages) = await h.ListAllAsync($"{Main}&sort_type=ByCreateTimeDesc&page_size=9", await h.TenantTokenAsync());
        var expected = MainChatAscending();
        expected.Reverse();
        Assert.Equal(expected, Ids(items));
        Assert.Equal((expected.Count + 8) / 9, pages);
    }

    [Fact]
    public async Task Without_sort_or_size_a_page_is_the_oldest_twenty()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var data = await h.DataAsync($"open-apis/im/v1/messages?{Main}", await h.TenantTokenAsync());
        Assert.Equal(MainChatAscending().Take(20), Ids(data["items"]!.AsArray().Select(i => i!.AsObject())));
        Assert.True((bool)data["has_more"]!);
    }

    [Fact]
    public async Task The_last_page_has_no_token_and_says_there_is_no_more()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var data = await h.DataAsync($"open-apis/im/v1/messages?{Main}&page_size=50", await h.TenantTokenAsync());
        Assert.False((bool)data["has_more"]!);
        Assert.False(data.ContainsKey("page_token"));
        Assert.Equal(MainChatAscending().Count, data["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Time_window_is_in_seconds_and_includes_both_edges()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TenantTokenAsync();
        // Minutes 1..6 hold the quote, the thread root, three thread replies (not listed in a group) and the edit.
        var (items, _) = await h.ListAllAsync($"{Main}&start_time={Seconds(1)}&end_time={Seconds(6)}&page_size=2", token);
        Assert.Equal([DemoData.QuoteReplyMessageId, DemoData.ThreadRootMessageId, DemoData.EditedMessageId], Ids(items));

        var (narrower, _) = await h.ListAllAsync($"{Main}&start_time={Seconds(1) + 1}&end_time={Seconds(6) - 1}", token);
        Assert.Equal([DemoData.ThreadRootMessageId], Ids(narrower));

        var (onlyStart, _) = await h.ListAllAsync($"{Main}&start_time={Seconds(17)}", token);
        Assert.Equal([DemoData.HongbaoMessageId], Ids(onlyStart));
    }

    [Fact]
    public async Task A_message_late_in_the_last_second_is_in_the_window()
    {
        var fixture = new EmulatorFixture
        {
            Apps = [new FixtureApp { AppId = "cli_w", AppSecret = "s", Scopes = ["im:message:readonly"] }],
            Chats = [new FixtureChat { ChatId = "oc_w" }],
            Messages =
            [
                new FixtureMessage { MessageId = "om_before", ChatId = "oc_w", MsgType = "text", CreateTime = 1_000_999 },
                new FixtureMessage { MessageId = "om_first_ms", ChatId = "oc_w", MsgType = "text", CreateTime = 1_001_000 },
                new FixtureMessage { MessageId = "om_last_ms", ChatId = "oc_w", MsgType = "text", CreateTime = 1_002_999 },
                new FixtureMessage { MessageId = "om_after", ChatId = "oc_w", MsgType = "text", CreateTime = 1_003_000 },
            ],
        };
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { Fixture = fixture });
        var (items, _) = await h.ListAllAsync("container_id_type=chat&container_id=oc_w&start_time=1001&end_time=1002", await h.TenantTokenAsync("cli_w", "s"));
        Assert.Equal(["om_first_ms", "om_last_ms"], Ids(items));
    }

    [Theory]
    [InlineData("0")]
    [InlineData("51")]
    [InlineData("-1")]
    [InlineData("ten")]
    public async Task Page_size_outside_1_to_50_answers_230001(string size)
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var response = await h.GetAsync($"open-apis/im/v1/messages?{Main}&page_size={size}", await h.TenantTokenAsync());
        await EmulatorHarness.ReadErrorAsync(response, 230001, 400);
    }

    [Theory]
    [InlineData(1)]
    [InlineData(50)]
    public async Task Page_size_at_its_bounds_is_served(int size)
    {
        await using var h = await EmulatorHarness.StartAsync();
        var data = await h.DataAsync($"open-apis/im/v1/messages?{Main}&page_size={size}", await h.TenantTokenAsync());
        Assert.Equal(Math.Min(size, MainChatAscending().Count), data["items"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("&sort_type=ByCreateTimeDesc")]
    [InlineData("&start_time=1")]
    [InlineData("&end_time=2000000000")]
    [InlineData("&only_thread_root_messages=true")]
    public async Task A_page_token_used_with_another_query_answers_230001(string change)
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TenantTokenAsync();
        var first = await h.DataAsync($"open-apis/im/v1/messages?{Main}&page_size=2", token);
        var pageToken = Uri.EscapeDataString((string)first["page_token"]!);
        using var refused = await h.GetAsync($"open-apis/im/v1/messages?{Main}&page_size=2&page_token={pageToken}{change}", token);
        await EmulatorHarness.ReadErrorAsync(refused, 230001, 400);
    }

    [Fact]
    public async Task A_page_token_used_for_another_chat_answers_230001_but_a_new_page_size_is_fine()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TenantTokenAsync();
        var first = await h.DataAsync($"open-apis/im/v1/messages?{Main}&page_size=2", token);
        var pageToken = Uri.EscapeDataString((string)first["page_token"]!);
        using var refused = await h.GetAsync($"open-apis/im/v1/messages?container_id_type=chat&container_id={DemoData.TopicChatId}&page_token={pageToken}", token);
        await EmulatorHarness.ReadErrorAsync(refused, 230001, 400);

        var second = await h.DataAsync($"open-apis/im/v1/messages?{Main}&page_size=3&page_token={pageToken}", token);
        Assert.Equal(MainChatAscending().Skip(2).Take(3), Ids(second["items"]!.AsArray().Select(i => i!.AsObject())));
    }

    [Fact]
    public async Task A_recalled_message_is_listed_marked_with_the_recalled_text()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TenantTokenAsync();
        var (items, _) = await h.ListAllAsync($"{Main}&page_size=50", token);
        var recalled = Assert.Single(items, i => (string)i["message_id"]! == DemoData.DeletedMessageId);
        Assert.True((bool)recalled["deleted"]!);
        Assert.Equal("This message was recalled", (string)recalled["body"]!["content"]!);
        Assert.Equal("file", (string)recalled["msg_type"]!);
        Assert.All(items.Where(i => (string)i["message_id"]! != DemoData.DeletedMessageId), i => Assert.False((bool)i["deleted"]!));

        using var alone = await h.GetAsync($"open-apis/im/v1/messages/{DemoData.DeletedMessageId}", token);
        await EmulatorHarness.ReadErrorAsync(alone, 230110, 400);
    }

    [Fact]
    public async Task An_edited_message_is_updated_with_a_later_update_time()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (items, _) = await h.ListAllAsync($"{Main}&page_size=50", await h.TenantTokenAsync());
        var edited = Assert.Single(items, i => (string)i["message_id"]! == DemoData.EditedMessageId);
        Assert.True((bool)edited["updated"]!);
        Assert.Equal(long.Parse((string)edited["create_time"]!, CultureInfo.InvariantCulture) + 300_000, long.Parse((string)edited["update_time"]!, CultureInfo.InvariantCulture));
        var plain = Assert.Single(items, i => (string)i["message_id"]! == DemoData.TextMessageId);
        Assert.False((bool)plain["updated"]!);
        Assert.Equal((string)plain["create_time"]!, (string)plain["update_time"]!);
    }

    [Fact]
    public async Task Items_carry_lark_fields_mentions_and_reply_links()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (items, _) = await h.ListAllAsync($"{Main}&page_size=50", await h.TenantTokenAsync());
        var mention = Assert.Single(items, i => (string)i["message_id"]! == DemoData.MentionMessageId);
        Assert.Equal("text", (string)mention["msg_type"]!);
        Assert.Equal(DemoData.ChatId, (string)mention["chat_id"]!);
        Assert.Equal("@_user_1 @_user_2 周报已更新，请查看 The weekly report is up", (string)JsonNode.Parse((string)mention["body"]!["content"]!)!["text"]!);
        var mentions = mention["mentions"]!.AsArray();
        Assert.Equal(["@_user_1", "@_user_2"], mentions.Select(m => (string)m!["key"]!));
        Assert.Equal([DemoData.AliceOpenId, DemoData.BobOpenId], mentions.Select(m => (string)m!["id"]!));
        Assert.Equal([DemoData.AliceName, DemoData.BobName], mentions.Select(m => (string)m!["name"]!));
        Assert.All(mentions, m => Assert.Equal("open_id", (string)m!["id_type"]!));
        Assert.All(mentions, m => Assert.False(string.IsNullOrEmpty((string?)m!["tenant_key"])));
        var sender = mention["sender"]!;
        Assert.Equal(DemoData.CarolOpenId, (string)sender["id"]!);
        Assert.Equal("open_id", (string)sender["id_type"]!);
        Assert.Equal("user", (string)sender["sender_type"]!);
        Assert.Null(sender["sender_name"]);
        Assert.Matches("^[0-9]{13}$", (string)mention["create_time"]!);

        var quote = Assert.Single(items, i => (string)i["message_id"]! == DemoData.QuoteReplyMessageId);
        Assert.Equal(DemoData.MentionMessageId, (string)quote["parent_id"]!);
        Assert.Equal(DemoData.MentionMessageId, (string)quote["root_id"]!);
        Assert.Null(quote["thread_id"]);
        var root = Assert.Single(items, i => (string)i["message_id"]! == DemoData.ThreadRootMessageId);
        Assert.Equal(DemoData.ThreadId, (string)root["thread_id"]!);
        Assert.Null(root["root_id"]);
        Assert.Null(root["parent_id"]);
        Assert.Null(root["mentions"]);

        var bot = Assert.Single(items, i => (string)i["message_id"]! == DemoData.BotTextMessageId)["sender"]!;
        Assert.Equal(DemoData.AppId, (string)bot["id"]!);
        Assert.Equal("app_id", (string)bot["id_type"]!);
        Assert.Equal("app", (string)bot["sender_type"]!);
    }

    [Fact]
    public async Task With_sender_name_fills_the_names_of_users_and_the_bot()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (items, _) = await h.ListAllAsync($"{Main}&page_size=50&with_sender_name=true", await h.TenantTokenAsync());
        string Name(string id) => (string)items.Single(i => (string)i["message_id"]! == id)["sender"]!["sender_name"]!;
        Assert.Equal(DemoData.CarolName, Name(DemoData.MentionMessageId));
        Assert.Equal(DemoData.AliceName, Name(DemoData.QuoteReplyMessageId));
        Assert.Equal(DemoData.UserName, Name(DemoData.TextMessageId));
        Assert.Equal(DemoData.BotName, Name(DemoData.BotTextMessageId));
    }

    [Fact]
    public async Task User_id_type_rewrites_user_ids_but_not_app_ids()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (items, _) = await h.ListAllAsync($"{Main}&page_size=50&user_id_type=union_id", await h.TenantTokenAsync());
        var mention = items.Single(i => (string)i["message_id"]! == DemoData.MentionMessageId);
        Assert.Equal("on_democarol00004", (string)mention["sender"]!["id"]!);
        Assert.Equal("union_id", (string)mention["sender"]!["id_type"]!);
        Assert.Equal("on_demoalice000002", (string)mention["mentions"]![0]!["id"]!);
        Assert.Equal(DemoData.AppId, (string)items.Single(i => (string)i["message_id"]! == DemoData.BotTextMessageId)["sender"]!["id"]!);
    }

    [Fact]
    public async Task Card_content_comes_degraded_raw_or_as_sent()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TenantTokenAsync();
        async Task<JsonNode> Card(string query)
        {
            var (items, _) = await h.ListAllAsync($"{Main}&page_size=50{query}", token);
            return JsonNode.Parse((string)items.Single(i => (string)i["message_id"]! == DemoData.CardMessageId)["body"]!["content"]!)!;
        }

        var plain = await Card("");
        Assert.Equal("部署通知 Deploy notice", (string)plain["title"]!);
        Assert.NotNull(plain["elements"]);

        var raw = await Card("&card_msg_content_type=raw_card_content");
        Assert.Equal(2, (int)raw["card_schema"]!);
        var stored = JsonNode.Parse((string)raw["json_card"]!)!;
        Assert.Equal("部署通知 Deploy notice", (string)stored["header"]!["title"]!["content"]!);
        Assert.Equal("markdown", (string)stored["body"]!["elements"]![0]!["tag"]!);

        var sent = await Card("&card_msg_content_type=user_card_content");
        Assert.Equal("2.0", (string)sent["schema"]!);

        using var bad = await h.GetAsync($"open-apis/im/v1/messages?{Main}&card_msg_content_type=html", token);
        await EmulatorHarness.ReadErrorAsync(bad, 230001, 400);
    }

    [Fact]
    public async Task A_topic_group_lists_replies_unless_asked_for_roots_only()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TenantTokenAsync();
        var topic = $"container_id_type=chat&container_id={DemoData.TopicChatId}";
        var (all, _) = await h.ListAllAsync(topic, token);
        Assert.Equal(
            [DemoData.TopicRoot1MessageId, DemoData.TopicReply1aMessageId, DemoData.TopicReply1bMessageId, DemoData.TopicRoot2MessageId, DemoData.TopicReply2aMessageId],
            Ids(all));
        var (roots, _) = await h.ListAllAsync($"{topic}&only_thread_root_messages=true", token);
        Assert.Equal([DemoData.TopicRoot1MessageId, DemoData.TopicRoot2MessageId], Ids(roots));
    }

    [Fact]
    public async Task A_group_lists_a_threads_root_and_never_its_replies()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TenantTokenAsync();
        var (all, _) = await h.ListAllAsync($"{Main}&page_size=50", token);
        var (roots, _) = await h.ListAllAsync($"{Main}&page_size=50&only_thread_root_messages=true", token);
        Assert.Equal(Ids(all), Ids(roots));
        Assert.Contains(DemoData.ThreadRootMessageId, Ids(all));
        Assert.DoesNotContain(DemoData.ThreadReply1MessageId, Ids(all));
    }

    [Fact]
    public async Task A_user_lists_their_direct_chat_but_not_a_chat_they_are_not_in()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (user, _) = await EmulatorTokens.UserAsync(h.Emulator);
        var (items, _) = await h.ListAllAsync($"container_id_type=chat&container_id={DemoData.AliceP2pChatId}", user);
        Assert.Equal([DemoData.AliceP2pMessageId, DemoData.AliceP2pReplyMessageId], Ids(items));

        using var refused = await h.GetAsync($"open-apis/im/v1/messages?container_id_type=chat&container_id={DemoData.BotOnlyChatId}", user);
        await EmulatorHarness.ReadErrorAsync(refused, 230027, 400);
        using var botRefused = await h.GetAsync($"open-apis/im/v1/messages?container_id_type=chat&container_id={DemoData.AliceP2pChatId}", await h.TenantTokenAsync());
        await EmulatorHarness.ReadErrorAsync(botRefused, 230002, 400);
    }
}
