using Lark.Emulator.Fixtures;
using static Lark.Resources.Integration.Cli.Listing.ListingHarness;

namespace Lark.Resources.Integration.Cli.Listing;

/// <summary>Every flag and alias of the listing commands, as the requests the emulator received and the messages it answered.</summary>
public sealed class ListingFlagTests
{
    private const string Chat = "+chat-messages-list";

    // The demo conversation: one message a minute from 2024-06-02 03:46:40 UTC (mention, quote, thread root, three
    // replies, edited at 03:52:40, bot at 03:53:40, share_chat at 03:54:40, share_user at 03:55:40, ...).
    private static readonly string[] Window = [DemoData.EditedMessageId, DemoData.BotTextMessageId, DemoData.ShareChatMessageId];

    [Fact]
    public async Task A_chat_listing_sends_the_official_query_with_its_defaults()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", Chat, "--chat-id", DemoData.ChatId);

        run.Exits(0);
        var list = Assert.Single(h.Listings("chat"));
        Assert.Equal("GET", list.Method);
        var query = Query(list);
        Assert.Equal(
            ["card_msg_content_type", "container_id", "container_id_type", "only_thread_root_messages", "page_size", "sort_type", "with_sender_name"],
            query.Keys.Order(StringComparer.Ordinal));
        Assert.Equal(DemoData.ChatId, Param(list, "container_id"));
        Assert.Equal("ByCreateTimeDesc", Param(list, "sort_type"));
        Assert.Equal("50", Param(list, "page_size"));
        Assert.Equal("true", Param(list, "only_thread_root_messages"));
        Assert.Equal("true", Param(list, "with_sender_name"));
        Assert.Equal("raw_card_content", Param(list, "card_msg_content_type"));
        // Newest first: the red packet is the chat's last top-level message.
        Assert.Equal(DemoData.HongbaoMessageId, MessageIds(run)[0]);
    }

    [Theory]
    [InlineData("--start", "--end", "--order", "--page-size")]
    [InlineData("--start-time", "--end-time", "--sort", "--limit")]
    [InlineData("--start-time", "--end-time", "--sort-order", "--page-size")]
    public async Task The_window_order_and_page_size_flags_and_their_aliases_reach_the_request(string start, string end, string order, string pageSize)
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", Chat, "--chat-id", DemoData.ChatId, start, "2024-06-02T03:50:00Z", end, "2024-06-02T11:55:00+08:00", order, "asc", pageSize, "3");

        run.Exits(0);
        var list = Assert.Single(h.Listings("chat"));
        Assert.Equal("1717300200", Param(list, "start_time"));
        Assert.Equal("1717300500", Param(list, "end_time"));
        Assert.Equal("ByCreateTimeAsc", Param(list, "sort_type"));
        Assert.Equal("3", Param(list, "page_size"));
        Assert.Equal(Window, MessageIds(run));
    }

    [Fact]
    public async Task A_date_alone_starts_at_midnight_and_ends_at_the_last_second_of_its_day_in_local_time()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", Chat, "--chat-id", DemoData.ChatId, "--start", "2024-06-02", "--end", "2024-06-02");

        run.Exits(0);
        var list = Assert.Single(h.Listings("chat"));
        // The test clock's zone is UTC.
        Assert.Equal("1717286400", Param(list, "start_time"));
        Assert.Equal("1717372799", Param(list, "end_time"));
        Assert.Contains(DemoData.MentionMessageId, MessageIds(run));
        Assert.DoesNotContain(DemoData.TextMessageId, MessageIds(run)); // sent on 2024-06-01
    }

    [Fact]
    public async Task Unix_seconds_are_sent_as_they_are()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", Chat, "--chat-id", DemoData.ChatId, "--start", "1717300200", "--end", "1717300500", "--order", "asc");

        run.Exits(0);
        var list = Assert.Single(h.Listings("chat"));
        Assert.Equal("1717300200", Param(list, "start_time"));
        Assert.Equal("1717300500", Param(list, "end_time"));
        Assert.Equal(Window, MessageIds(run));
    }

    [Fact]
    public async Task Desc_lists_newest_first_and_asc_oldest_first()
    {
        await using var h = await ListingHarness.StartAsync();

        var desc = await h.RunAsync("im", Chat, "--chat-id", DemoData.ChatId, "--start", "1717300200", "--end", "1717300500", "--order", "desc");
        var asc = await h.RunAsync("im", Chat, "--chat-id", DemoData.ChatId, "--start", "1717300200", "--end", "1717300500", "--order", "asc");

        Assert.Equal(Window.Reverse(), MessageIds(desc.Exits(0)));
        Assert.Equal(Window, MessageIds(asc.Exits(0)));
        Assert.Equal(["ByCreateTimeDesc", "ByCreateTimeAsc"], h.Listings("chat").Select(r => Param(r, "sort_type")));
    }

    [Fact]
    public async Task A_thread_listing_defaults_to_oldest_first_and_sends_no_root_filter_nor_window()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", "+threads-messages-list", "--thread-id", DemoData.ThreadId, "--page-size", "2", "--sort", "desc");
        var byDefault = await h.RunAsync("im", "+threads-messages-list", "--thread", DemoData.ThreadId);

        run.Exits(0);
        byDefault.Exits(0);
        var (first, second) = (h.Listings("thread")[0], h.Listings("thread")[1]);
        Assert.Equal(DemoData.ThreadId, Param(first, "container_id"));
        Assert.Equal("ByCreateTimeDesc", Param(first, "sort_type"));
        Assert.Equal("2", Param(first, "page_size"));
        Assert.Equal("ByCreateTimeAsc", Param(second, "sort_type"));
        Assert.Equal("50", Param(second, "page_size"));
        Assert.All(h.Listings("thread"), r =>
        {
            Assert.Null(Param(r, "only_thread_root_messages"));
            Assert.Null(Param(r, "start_time"));
            Assert.Equal("true", Param(r, "with_sender_name"));
            Assert.Equal("raw_card_content", Param(r, "card_msg_content_type"));
        });
        Assert.Equal([DemoData.ThreadReply3MessageId, DemoData.ThreadReply2MessageId], MessageIds(run));
        Assert.Equal(DemoData.ThreadRootMessageId, MessageIds(byDefault)[0]);
    }

    [Theory]
    [InlineData("--message-ids")]
    [InlineData("--message-id")]
    public async Task Mget_sends_the_ids_in_order_repeated_trimmed_and_not_deduplicated(string flag)
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", "+messages-mget", flag, $" {DemoData.VoteMessageId} ,,{DemoData.TextMessageId},{DemoData.VoteMessageId}", "--no-reactions");

        run.Exits(0);
        var mget = Assert.Single(h.ApiRequests(), r => r.Path == "/open-apis/im/v1/messages/mget");
        Assert.Equal([DemoData.VoteMessageId, DemoData.TextMessageId, DemoData.VoteMessageId], Query(mget)["message_ids"]);
        Assert.Equal("true", Param(mget, "with_sender_name"));
        Assert.Equal("raw_card_content", Param(mget, "card_msg_content_type"));
        // The emulator answers each id once, in request order.
        Assert.Equal([DemoData.VoteMessageId, DemoData.TextMessageId], MessageIds(run));
        Assert.Equal(2, (int)run.Json["data"]!["total"]!);
    }

    [Fact]
    public async Task Mget_of_ids_lark_does_not_return_lists_none()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", "+messages-mget", "--message-ids", "om_nosuchmessage0001");

        run.Exits(0);
        Assert.Empty(Messages(run));
        Assert.Equal(0, (int)run.Json["data"]!["total"]!);
        Assert.Empty(h.ReactionRequests());
    }
}
