using System.Text.Json.Nodes;
using Lark.Emulator.Fixtures;
using static Lark.Resources.Integration.Cli.Listing.ListingHarness;

namespace Lark.Resources.Integration.Cli.Listing;

/// <summary>
/// Paging: one page by default, --page-all to the end or --page-limit pages, --page-token to go on, --page-delay
/// between pages on the test clock, and <c>meta.pagination</c> saying where it stands.
/// </summary>
public sealed class ListingPagingTests
{
    private const string Chat = "+chat-messages-list";

    // The demo chat's top-level messages (a chat listing shows a thread's root only).
    private const int TopLevel = 34;

    private static JsonObject Pagination(Support.CliRun run) => run.Json["meta"]!["pagination"]!.AsObject();

    [Fact]
    public async Task Page_all_reads_to_the_end_with_a_small_page_size()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", Chat, "--chat-id", DemoData.ChatId, "--page-size", "5", "--page-all", "--no-reactions");

        run.Exits(0);
        Assert.Equal(7, h.Listings("chat").Count);
        var pagination = Pagination(run);
        Assert.Equal(["complete", "pages", "items"], pagination.Select(p => p.Key));
        Assert.True((bool)pagination["complete"]!);
        Assert.Equal(7, (int)pagination["pages"]!);
        Assert.Equal(TopLevel, (int)pagination["items"]!);
        var data = run.Json["data"]!;
        Assert.Equal(TopLevel, (int)data["total"]!);
        Assert.False((bool)data["has_more"]!);
        var ids = MessageIds(run);
        Assert.Equal(TopLevel, ids.Distinct().Count());
        Assert.Equal(DemoData.HongbaoMessageId, ids[0]);
        Assert.Equal(DemoData.TextMessageId, ids[^1]);
        // Each page after the first asked with the token the one before gave.
        Assert.Null(Param(h.Listings("chat")[0], "page_token"));
        Assert.All(h.Listings("chat").Skip(1), r => Assert.NotNull(Param(r, "page_token")));
    }

    [Fact]
    public async Task One_page_by_default_says_it_is_incomplete_and_where_to_go_on()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", Chat, "--chat-id", DemoData.ChatId, "--page-size", "5", "--page-limit", "4", "--no-reactions");

        run.Exits(0);
        Assert.Single(h.Listings("chat"));
        var pagination = Pagination(run);
        Assert.False((bool)pagination["complete"]!);
        Assert.Equal(1, (int)pagination["pages"]!);
        Assert.Equal(5, (int)pagination["items"]!);
        var data = run.Json["data"]!;
        Assert.True((bool)data["has_more"]!);
        Assert.Equal((string)data["page_token"]!, (string)pagination["next_token"]!);
        Assert.Equal(5, (int)data["total"]!);
    }

    [Fact]
    public async Task Page_limit_stops_page_all_with_the_token_to_go_on()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", Chat, "--chat-id", DemoData.ChatId, "--page-size", "5", "--page-all", "--page-limit", "3", "--no-reactions");

        run.Exits(0);
        Assert.Equal(3, h.Listings("chat").Count);
        var pagination = Pagination(run);
        Assert.False((bool)pagination["complete"]!);
        Assert.Equal(3, (int)pagination["pages"]!);
        Assert.Equal(15, (int)pagination["items"]!);
        Assert.False(string.IsNullOrEmpty((string?)pagination["next_token"]));
        Assert.True((bool)run.Json["data"]!["has_more"]!);
    }

    [Fact]
    public async Task Page_token_goes_on_where_the_last_run_stopped_and_together_they_list_each_message_once()
    {
        await using var h = await ListingHarness.StartAsync();
        var first = await h.RunAsync("im", Chat, "--chat-id", DemoData.ChatId, "--page-size", "5", "--page-all", "--page-limit", "3", "--no-reactions");
        var next = (string)Pagination(first)["next_token"]!;
        h.Emulator.ClearRequests();

        var rest = await h.RunAsync("im", Chat, "--chat-id", DemoData.ChatId, "--page-size", "5", "--page-all", "--page-token", next, "--no-reactions");

        rest.Exits(0);
        Assert.Equal(next, Param(h.Listings("chat")[0], "page_token"));
        var pagination = Pagination(rest);
        Assert.True((bool)pagination["complete"]!);
        Assert.Equal(4, (int)pagination["pages"]!);
        Assert.Equal(TopLevel - 15, (int)pagination["items"]!);
        var all = MessageIds(first).Concat(MessageIds(rest)).ToList();
        Assert.Equal(TopLevel, all.Count);
        Assert.Equal(TopLevel, all.Distinct().Count());
    }

    [Fact]
    public async Task Page_token_without_page_all_reads_the_one_page_it_names()
    {
        await using var h = await ListingHarness.StartAsync();
        var first = await h.RunAsync("im", Chat, "--chat-id", DemoData.ChatId, "--page-size", "5", "--no-reactions");
        var second = await h.RunAsync("im", Chat, "--chat-id", DemoData.ChatId, "--page-size", "5", "--no-reactions", "--page-token", (string)first.Json["data"]!["page_token"]!);

        second.Exits(0);
        Assert.Equal(2, h.Listings("chat").Count);
        Assert.Equal(5, MessageIds(second).Count);
        Assert.Empty(MessageIds(first).Intersect(MessageIds(second)));
        Assert.Equal(1, (int)Pagination(second)["pages"]!);
    }

    [Fact]
    public async Task Page_delay_waits_between_pages_on_the_clock_and_never_before_the_first_or_after_the_last()
    {
        await using var h = await ListingHarness.StartAsync();
        var before = h.Clock.GetUtcNow();

        var run = await h.RunAsync("im", Chat, "--chat-id", DemoData.ChatId, "--page-size", "10", "--page-all", "--page-delay", "1500", "--no-reactions");

        run.Exits(0);
        Assert.Equal(4, h.Listings("chat").Count);
        Assert.Equal(3, h.Clock.Delays.Count(d => d == TimeSpan.FromMilliseconds(1500)));
        Assert.True(h.Clock.GetUtcNow() - before >= TimeSpan.FromMilliseconds(4500));
        // The pages were asked at least 1.5 s apart on the emulator's clock too (its log ids carry the second).
        var seconds = h.Listings("chat").Select(r => r.LogId[..14]).ToList();
        Assert.Equal(seconds.Count, seconds.Distinct().Count());
    }

    [Fact]
    public async Task Page_delay_defaults_to_200_ms_and_0_waits_nothing()
    {
        await using var h = await ListingHarness.StartAsync();

        var byDefault = await h.RunAsync("im", Chat, "--chat-id", DemoData.ChatId, "--page-size", "10", "--page-all", "--no-reactions");
        var defaultWaits = h.Clock.Delays.Count(d => d == TimeSpan.FromMilliseconds(200));
        h.Clock.Delays.Clear();
        var none = await h.RunAsync("im", Chat, "--chat-id", DemoData.ChatId, "--page-size", "10", "--page-all", "--page-delay", "0", "--no-reactions");

        byDefault.Exits(0);
        none.Exits(0);
        Assert.Equal(3, defaultWaits);
        Assert.Empty(h.Clock.Delays);
    }

    [Fact]
    public async Task A_thread_pages_like_a_chat()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", "+threads-messages-list", "--thread", DemoData.ThreadId, "--page-size", "3", "--page-all", "--no-reactions");

        run.Exits(0);
        Assert.Equal(2, h.Listings("thread").Count);
        Assert.Equal([DemoData.ThreadRootMessageId, DemoData.ThreadReply1MessageId, DemoData.ThreadReply2MessageId, DemoData.ThreadReply3MessageId], MessageIds(run));
        var pagination = Pagination(run);
        Assert.True((bool)pagination["complete"]!);
        Assert.Equal(2, (int)pagination["pages"]!);
        Assert.Equal(4, (int)pagination["items"]!);
    }

    [Fact]
    public async Task Mget_has_no_pagination_meta()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", "+messages-mget", "--message-ids", DemoData.TextMessageId, "--no-reactions");

        run.Exits(0);
        Assert.Null(run.Json["meta"]);
        Assert.Equal(["messages", "total"], run.Json["data"]!.AsObject().Select(p => p.Key));
    }
}
