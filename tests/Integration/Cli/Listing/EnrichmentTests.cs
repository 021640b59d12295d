using System.Text.Json.Nodes;
using Lark.Emulator.Fixtures;
using static Lark.Resources.Integration.Cli.Listing.ListingHarness;

namespace Lark.Resources.Integration.Cli.Listing;

/// <summary>What a listing adds to each message: its thread's replies inline, its reactions, a merge-forward's children.</summary>
public sealed class EnrichmentTests
{
    private static readonly string[] Thread =
        [DemoData.ThreadRootMessageId, DemoData.ThreadReply1MessageId, DemoData.ThreadReply2MessageId, DemoData.ThreadReply3MessageId];

    [Fact]
    public async Task A_chat_listing_expands_a_thread_s_replies_under_its_root_with_one_thread_page()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", "+chat-messages-list", "--chat-id", DemoData.ChatId);

        run.Exits(0);
        var root = Message(run, DemoData.ThreadRootMessageId);
        var replies = root["thread_replies"]!.AsArray();
        // As the official CLI: the thread's first page as Lark lists it (its root included), formatted like any message.
        Assert.Equal(Thread, replies.Select(r => (string)r!["message_id"]!));
        Assert.Equal(DemoData.AliceName, (string)replies[1]!["sender"]!["name"]!);
        Assert.Equal("[Image: img_v3_demo_thread]", (string)replies[2]!["content"]!);
        Assert.True((bool)replies[3]!["deleted"]!);
        Assert.Null(root["thread_has_more"]);
        Assert.Null(root["thread_replies_error"]);
        var page = Assert.Single(h.Listings("thread"));
        Assert.Equal(DemoData.ThreadId, Param(page, "container_id"));
        Assert.Equal("ByCreateTimeAsc", Param(page, "sort_type"));
        Assert.Equal("50", Param(page, "page_size"));
        Assert.Null(Param(page, "page_token"));
        // Replies are not top-level messages: total counts the chat's own.
        Assert.DoesNotContain(DemoData.ThreadReply1MessageId, MessageIds(run));
        Assert.Equal(Messages(run).Count, (int)run.Json["data"]!["total"]!);
    }

    [Fact]
    public async Task Mget_expands_thread_replies_too_and_a_thread_listing_does_not()
    {
        await using var h = await ListingHarness.StartAsync();

        var mget = await h.RunAsync("im", "+messages-mget", "--message-ids", DemoData.ThreadRootMessageId, "--no-reactions");
        var thread = await h.RunAsync("im", "+threads-messages-list", "--thread", DemoData.ThreadId, "--no-reactions", "--page-size", "10");

        Assert.Equal(Thread, Message(mget.Exits(0), DemoData.ThreadRootMessageId)["thread_replies"]!.AsArray().Select(r => (string)r!["message_id"]!));
        Assert.All(Messages(thread.Exits(0)), m => Assert.Null(m!["thread_replies"]));
        // One page of the thread for mget's expansion, one for the listing itself: no expansion of the listing.
        Assert.Equal(["50", "10"], h.Listings("thread").Select(r => Param(r, "page_size")));
    }

    [Fact]
    public async Task A_thread_with_more_than_50_replies_attaches_50_and_says_there_are_more()
    {
        await using var h = await ListingHarness.StartAsync(f =>
        {
            const string root = "om_busy_root";
            f.Messages.Add(new FixtureMessage { MessageId = root, ChatId = DemoData.ChatId, MsgType = "text", SenderId = DemoData.BobOpenId, ThreadId = "omt_busy", Content = new JsonObject { ["text"] = "busy" }, CreateTime = DemoData.ConversationStart + 7_200_000 });
            for (var i = 0; i < 55; i++)
            {
                f.Messages.Add(new FixtureMessage
                {
                    MessageId = $"om_busy_reply_{i:D2}", ChatId = DemoData.ChatId, MsgType = "text", SenderId = DemoData.AliceOpenId, ThreadId = "omt_busy",
                    RootId = root, ParentId = root, Content = new JsonObject { ["text"] = $"reply {i}" }, CreateTime = DemoData.ConversationStart + 7_200_000 + ((i + 1) * 1000L),
                });
            }
        });

        var run = await h.RunAsync("im", "+messages-mget", "--message-ids", $"om_busy_root,{DemoData.ThreadRootMessageId}", "--no-reactions");

        run.Exits(0);
        var busy = Message(run, "om_busy_root");
        Assert.Equal(50, busy["thread_replies"]!.AsArray().Count);
        Assert.True((bool)busy["thread_has_more"]!);
        Assert.Null(Message(run, DemoData.ThreadRootMessageId)["thread_has_more"]);
        Assert.Equal(4, Message(run, DemoData.ThreadRootMessageId)["thread_replies"]!.AsArray().Count);
    }

    [Fact]
    public async Task Replies_stop_at_500_in_all_the_thread_that_crosses_is_cut_and_flagged_and_later_ones_get_nothing()
    {
        // 13 threads of a root and 44 replies (a first page of 45, nothing more): 11 fit (495), the 12th gets 5.
        var roots = Enumerable.Range(0, 13).Select(t => $"om_budget_root_{t:D2}").ToArray();
        await using var h = await ListingHarness.StartAsync(f =>
        {
            for (var t = 0; t < roots.Length; t++)
            {
                var thread = $"omt_budget_{t:D2}";
                var at = DemoData.ConversationStart + 86_400_000L + (t * 100_000L);
                f.Messages.Add(new FixtureMessage { MessageId = roots[t], ChatId = DemoData.ChatId, MsgType = "text", SenderId = DemoData.BobOpenId, ThreadId = thread, Content = new JsonObject { ["text"] = $"thread {t}" }, CreateTime = at });
                for (var i = 0; i < 44; i++)
                {
                    f.Messages.Add(new FixtureMessage
                    {
                        MessageId = $"om_budget_{t:D2}_{i:D2}", ChatId = DemoData.ChatId, MsgType = "text", SenderId = DemoData.AliceOpenId, ThreadId = thread,
                        RootId = roots[t], ParentId = roots[t], Content = new JsonObject { ["text"] = $"reply {i}" }, CreateTime = at + ((i + 1) * 1000L),
                    });
                }
            }
        });

        var run = await h.RunAsync("im", "+messages-mget", "--message-ids", string.Join(',', roots), "--no-reactions");

        run.Exits(0);
        for (var t = 0; t < 11; t++)
        {
            Assert.Equal(45, Message(run, roots[t])["thread_replies"]!.AsArray().Count);
            Assert.Null(Message(run, roots[t])["thread_has_more"]);
        }

        Assert.Equal(5, Message(run, roots[11])["thread_replies"]!.AsArray().Count);
        Assert.True((bool)Message(run, roots[11])["thread_has_more"]!);
        var last = Message(run, roots[12]);
        Assert.Equal("omt_budget_12", (string)last["thread_id"]!);
        Assert.Null(last["thread_replies"]);
        Assert.Null(last["thread_has_more"]);
        Assert.Null(last["thread_replies_error"]);
    }

    [Fact]
    public async Task Reactions_are_read_in_batches_of_20_and_attached_as_counts_and_details()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", "+chat-messages-list", "--chat-id", DemoData.ChatId);

        run.Exits(0);
        // 34 top-level messages and the thread's 3 replies: 37 distinct ids, 2 calls.
        Assert.Equal(2, h.ReactionRequests().Count);
        Assert.All(h.ReactionRequests(), r => Assert.Equal("POST", r.Method));
        var reactions = Message(run, DemoData.MentionMessageId)["reactions"]!.AsObject();
        Assert.Equal(["counts", "details"], reactions.Select(p => p.Key));
        var counts = reactions["counts"]!.AsArray().ToDictionary(c => (string)c!["reaction_type"]!, c => (int)c!["count"]!);
        Assert.Equal(new Dictionary<string, int> { ["THUMBSUP"] = 2, ["SMILE"] = 1, ["OK"] = 1 }, counts);
        var details = reactions["details"]!.AsArray();
        Assert.Equal(4, details.Count);
        Assert.Contains(details, d => (string)d!["emoji_type"]! == "OK" && (string)d["operator"]!["operator_id"]! == DemoData.AppId && (string)d["operator"]!["operator_type"]! == "app");
        Assert.Contains(details, d => (string)d!["emoji_type"]! == "SMILE" && (string)d["operator"]!["operator_id"]! == DemoData.UserOpenId);
        // A reply's reactions come with it; a message without any has no block.
        Assert.Equal("OK", (string)Message(run, DemoData.ThreadRootMessageId)["thread_replies"]![0]!["reactions"]!["counts"]![0]!["reaction_type"]!);
        Assert.Null(Message(run, DemoData.TextMessageId)["reactions"]);
    }

    [Fact]
    public async Task A_message_lark_fails_to_read_reactions_of_is_flagged_with_one_warning()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", "+threads-messages-list", "--thread", DemoData.ThreadId);

        run.Exits(0);
        Assert.True((bool)Message(run, DemoData.ThreadReply3MessageId)["reactions_error"]!);
        Assert.Null(Message(run, DemoData.ThreadReply1MessageId)["reactions_error"]);
        Assert.Equal($"warning: reactions_partial_failed: 1 message(s) failed ([{DemoData.ThreadReply3MessageId}])", run.Error.Trim());
    }

    [Fact]
    public async Task No_reactions_sends_no_reactions_request_and_attaches_none()
    {
        await using var h = await ListingHarness.StartAsync();

        var chat = await h.RunAsync("im", "+chat-messages-list", "--chat-id", DemoData.ChatId, "--no-reactions");
        var thread = await h.RunAsync("im", "+threads-messages-list", "--thread", DemoData.ThreadId, "--no-reactions", "--page-size", "10");
        var mget = await h.RunAsync("im", "+messages-mget", "--message-ids", DemoData.MentionMessageId, "--no-reactions");

        foreach (var run in new[] { chat, thread, mget })
        {
            run.Exits(0);
            Assert.DoesNotContain(Messages(run), m => m!["reactions"] is not null || m["reactions_error"] is not null);
        }

        Assert.Empty(h.ReactionRequests());
        Assert.Null(Message(chat, DemoData.ThreadRootMessageId)["thread_replies"]![0]!["reactions"]);
    }

    [Fact]
    public async Task A_merge_forward_is_read_once_and_expanded_in_mget_as_in_a_listing()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", "+messages-mget", "--message-ids", DemoData.MergeForwardMessageId, "--no-reactions");

        run.Exits(0);
        var content = (string)Message(run, DemoData.MergeForwardMessageId)["content"]!;
        Assert.StartsWith("<forwarded_messages>\n", content, StringComparison.Ordinal);
        Assert.Contains("\n    [Image: img_v3_demo_merged]\n", content, StringComparison.Ordinal);
        Assert.Contains("\n    <file key=\"file_v3_demo_merged\" name=\"合并文件.txt\"/>\n", content, StringComparison.Ordinal);
        Assert.EndsWith("\n</forwarded_messages>", content, StringComparison.Ordinal);
        Assert.Single(h.ApiRequests(), r => r.Path == $"{ListPath}/{DemoData.MergeForwardMessageId}");
        // Its children are inside it, never listed on their own.
        Assert.Equal([DemoData.MergeForwardMessageId], MessageIds(run));
    }

    [Fact]
    public async Task A_merge_forward_whose_children_cannot_be_read_says_so_in_its_content_and_the_listing_goes_on()
    {
        await using var h = await ListingHarness.StartAsync();
        h.Emulator.Faults.Add(new Lark.Emulator.Faults.FaultRule { Path = $"{ListPath}/{DemoData.MergeForwardMessageId}", Kind = Lark.Emulator.Faults.FaultKind.Status, StatusCode = 400, LarkCode = 230110 });

        var run = await h.RunAsync("im", "+messages-mget", "--message-ids", $"{DemoData.MergeForwardMessageId},{DemoData.TextMessageId}", "--no-reactions");

        run.Exits(0);
        Assert.StartsWith("[Merged forward: fetch failed: ", (string)Message(run, DemoData.MergeForwardMessageId)["content"]!, StringComparison.Ordinal);
        Assert.Equal("Hello from the Lark emulator", (string)Message(run, DemoData.TextMessageId)["content"]!);
    }
}
