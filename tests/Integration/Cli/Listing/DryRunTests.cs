using System.Text.Json.Nodes;
using Lark.Emulator.Fixtures;

namespace Lark.Resources.Integration.Cli.Listing;

/// <summary>--dry-run: the requests each command would send, as the official CLI shows them; nothing sent, no credentials needed.</summary>
public sealed class DryRunTests
{
    private const string ChatReactions = "Reaction enrichment: queries returned messages (including thread_replies expanded inline) in batches of up to 20. Pass --no-reactions to skip.";
    private const string PageAll = "Auto-paginates from --page-token when provided, until exhaustion or --page-limit is reached";

    private static JsonArray Api(Support.CliRun run) => run.Json["data"]!["api"]!.AsArray();

    private static async Task<(ListingHarness H, Support.CliRun Run)> DryRunAsync(bool configured, params string[] args)
    {
        var h = await ListingHarness.StartAsync();
        if (!configured)
            h.Unconfigure();
        var run = await h.RunAsync(["im", .. args, "--dry-run"]);
        run.Exits(0);
        Assert.Empty(h.Emulator.Requests);
        return (h, run);
    }

    [Fact]
    public async Task A_chat_listing_shows_its_list_and_reactions_requests_and_sends_nothing_unconfigured()
    {
        var (h, run) = await DryRunAsync(false, "+chat-messages-list", "--chat-id", DemoData.ChatId, "--start", "2024-06-02", "--page-token", "tok_1");
        await using var _ = h;

        var json = run.Json;
        Assert.Equal(["ok", "identity", "dry_run", "data"], json.Select(p => p.Key));
        Assert.True((bool)json["dry_run"]!);
        Assert.Equal(["api"], json["data"]!.AsObject().Select(p => p.Key)); // no app, no user: no context
        var api = Api(run);
        Assert.Equal(2, api.Count);
        Assert.Equal(
            """{"method":"GET","url":"/open-apis/im/v1/messages","params":{"card_msg_content_type":"raw_card_content","container_id":"oc_demo0000000001","container_id_type":"chat","only_thread_root_messages":"true","page_size":"50","page_token":"tok_1","sort_type":"ByCreateTimeDesc","start_time":"1717286400","with_sender_name":"true"}}""",
            api[0]!.ToJsonString());
        Assert.Equal(ChatReactions, (string)api[1]!["desc"]!);
        Assert.Equal("POST", (string)api[1]!["method"]!);
        Assert.Equal("/open-apis/im/v1/messages/reactions/batch_query", (string)api[1]!["url"]!);
        Assert.Empty(h.Work.Entries());
    }

    [Fact]
    public async Task A_configured_app_is_named_in_the_context()
    {
        var (h, run) = await DryRunAsync(true, "+chat-messages-list", "--chat-id", DemoData.ChatId, "--no-reactions");
        await using var _ = h;

        Assert.Equal("bot", (string)run.Json["identity"]!);
        Assert.Equal(DemoData.AppId, (string)run.Json["data"]!["context"]!["app_id"]!);
        Assert.Single(Api(run));
    }

    [Fact]
    public async Task Page_all_describes_the_paging_over_the_p2p_resolution_and_downloads_describe_the_last_call()
    {
        var h = await ListingHarness.StartAsync();
        await using var _ = h;
        await h.UseDemoUserAsync();

        var p2p = await h.RunAsync("im", "+chat-messages-list", "--user-id", DemoData.AliceOpenId, "--dry-run");
        var all = await h.RunAsync("im", "+chat-messages-list", "--user-id", DemoData.AliceOpenId, "--dry-run", "--page-all", "--download-resources");
        var noReactions = await h.RunAsync("im", "+chat-messages-list", "--user-id", DemoData.AliceOpenId, "--dry-run", "--no-reactions", "--download-resources");

        Assert.Empty(h.Emulator.Requests);
        Assert.Equal("user", (string)p2p.Exits(0).Json["identity"]!);
        Assert.Equal("(--user-id provided) Will resolve P2P chat_id via POST /open-apis/im/v1/chat_p2p/batch_query at execution time", (string)p2p.Json["data"]!["description"]!);
        Assert.Equal("<resolved_chat_id>", (string)Api(p2p)[0]!["params"]!["container_id"]!);
        Assert.Equal(PageAll, (string)all.Exits(0).Json["data"]!["description"]!);
        Assert.StartsWith("Resource download (--download-resources):", (string)Api(all)[1]!["desc"]!, StringComparison.Ordinal);
        Assert.Single(Api(noReactions.Exits(0)));
        Assert.StartsWith("Resource download (--download-resources):", (string)Api(noReactions)[0]!["desc"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_thread_listing_by_message_shows_the_resolution_and_carries_thread_order_and_page_size()
    {
        var (h, run) = await DryRunAsync(false, "+threads-messages-list", "--thread", DemoData.ThreadReply1MessageId, "--page-size", "20");
        await using var _ = h;

        var data = run.Json["data"]!.AsObject();
        Assert.Equal(["api", "description", "order", "page_size", "thread"], data.Select(p => p.Key));
        Assert.Equal("(--thread provided as message ID) Will resolve thread_id via GET /open-apis/im/v1/messages/:message_id at execution time", (string)data["description"]!);
        Assert.Equal(DemoData.ThreadReply1MessageId, (string)data["thread"]!);
        Assert.Equal("asc", (string)data["order"]!);
        Assert.Equal("20", (string)data["page_size"]!);
        var list = Api(run)[0]!["params"]!;
        Assert.Equal("<resolved_thread_id>", (string)list["container_id"]!);
        Assert.Equal("thread", (string)list["container_id_type"]!);
        Assert.Equal("ByCreateTimeAsc", (string)list["sort_type"]!);
        Assert.Null(list["only_thread_root_messages"]);
        Assert.Equal("Reaction enrichment: queries returned thread messages in batches of up to 20. Pass --no-reactions to skip.", (string)Api(run)[1]!["desc"]!);
    }

    [Fact]
    public async Task Mget_shows_one_get_with_every_id_and_its_own_reactions_description()
    {
        var (h, run) = await DryRunAsync(false, "+messages-mget", "--message-ids", $"{DemoData.TextMessageId},{DemoData.VoteMessageId}");
        await using var _ = h;

        var api = Api(run);
        Assert.Equal("""{"method":"GET","url":"/open-apis/im/v1/messages/mget?card_msg_content_type=raw_card_content\u0026with_sender_name=true\u0026message_ids=om_demo_text_0001\u0026message_ids=om_demo_vote"}""", api[0]!.ToJsonString());
        Assert.Equal("Reaction enrichment: queries returned messages in batches of up to 20 to attach the reactions block (operator, action_time, counts). Pass --no-reactions to skip.", (string)api[1]!["desc"]!);
        Assert.Null(run.Json["data"]!["description"]);
    }

    [Fact]
    public async Task Pretty_prints_the_official_plain_text_plan()
    {
        var (h, run) = await DryRunAsync(false, "+threads-messages-list", "--thread", DemoData.ThreadReply1MessageId, "--format", "pretty");
        await using var _ = h;

        Assert.Equal("=== Dry Run ===\n", run.Error.ReplaceLineEndings("\n"));
        Assert.Equal(
            "# dry-run: request not sent\n"
            + "# (--thread provided as message ID) Will resolve thread_id via GET /open-apis/im/v1/messages/:message_id at execution time\n"
            + "\n"
            + "GET /open-apis/im/v1/messages?card_msg_content_type=raw_card_content&container_id=%3Cresolved_thread_id%3E&container_id_type=thread&page_size=50&sort_type=ByCreateTimeAsc&with_sender_name=true\n"
            + "\n"
            + "# Reaction enrichment: queries returned thread messages in batches of up to 20. Pass --no-reactions to skip.\n"
            + "POST /open-apis/im/v1/messages/reactions/batch_query\n",
            run.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Jq_filters_the_plan()
    {
        var (h, run) = await DryRunAsync(false, "+messages-mget", "--message-ids", DemoData.TextMessageId, "-q", ".data.api[].method");
        await using var _ = h;

        Assert.Equal("GET\nPOST\n", run.Out.ReplaceLineEndings("\n"));
    }
}
