using Lark.Emulator.Fixtures;
using static Lark.Resources.Integration.Cli.Listing.ListingHarness;

namespace Lark.Resources.Integration.Cli.Listing;

/// <summary>A thread by its id and by a message in it, and a direct chat by the other user's id.</summary>
public sealed class ThreadAndP2pTests
{
    private static readonly string[] Thread =
        [DemoData.ThreadRootMessageId, DemoData.ThreadReply1MessageId, DemoData.ThreadReply2MessageId, DemoData.ThreadReply3MessageId];

    [Fact]
    public async Task A_thread_by_its_id_lists_root_and_replies_oldest_first_with_the_thread_id_in_data()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", "+threads-messages-list", "--thread", DemoData.ThreadId);

        run.Exits(0);
        var data = run.Json["data"]!.AsObject();
        Assert.Equal(["has_more", "messages", "page_token", "thread_id", "total"], data.Select(p => p.Key));
        Assert.Equal(DemoData.ThreadId, (string)data["thread_id"]!);
        Assert.Equal(4, (int)data["total"]!);
        Assert.Equal(Thread, MessageIds(run));
        Assert.All(Messages(run), m =>
        {
            Assert.Equal(DemoData.ThreadId, (string)m!["thread_id"]!);
            Assert.Null(m["reply_to"]); // thread_id wins over parent_id
            Assert.Null(m["thread_replies"]); // a thread listing expands nothing
        });
        // No lookup of a message: the id was a thread's.
        Assert.DoesNotContain(h.ApiRequests(), r => r.Path.StartsWith(ListPath + "/om_", StringComparison.Ordinal));
        Assert.Single(h.Listings("thread"));
    }

    [Fact]
    public async Task A_thread_by_one_of_its_messages_is_resolved_first()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", "+threads-messages-list", "--thread", DemoData.ThreadReply1MessageId, "--no-reactions");

        run.Exits(0);
        var requests = h.ApiRequests();
        Assert.Equal($"{ListPath}/{DemoData.ThreadReply1MessageId}", requests[0].Path);
        Assert.Equal(DemoData.ThreadId, Param(requests[1], "container_id"));
        Assert.Equal(2, requests.Count);
        Assert.Equal(DemoData.ThreadId, (string)run.Json["data"]!["thread_id"]!);
        Assert.Equal(Thread, MessageIds(run));
    }

    [Fact]
    public async Task A_message_in_no_thread_is_not_found_with_the_official_message()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", "+threads-messages-list", "--thread", DemoData.TextMessageId);

        run.Exits(1);
        Assert.Equal("", run.Out);
        var error = run.ErrorJson["error"]!;
        Assert.Equal("api", (string)error["type"]!);
        Assert.Equal("not_found", (string)error["subtype"]!);
        Assert.Equal("thread ID not found for this message", (string)error["message"]!);
        Assert.Empty(h.Listings("thread"));
    }

    [Fact]
    public async Task A_thread_the_caller_cannot_see_is_refused_with_lark_s_code_and_nothing_on_stdout()
    {
        await using var h = await ListingHarness.StartAsync();
        await h.UseDemoUserAsync();

        var run = await h.RunAsync("im", "+threads-messages-list", "--thread", DemoData.PrivateThreadId);

        // The house catalog files Lark's visibility refusals under authorization (exit 3); the official CLI leaves
        // 230073 unmapped (api, exit 1).
        run.Exits(3);
        Assert.Equal("", run.Out);
        Assert.Equal("authorization", (string)run.ErrorJson["error"]!["type"]!);
        Assert.Equal(230073, (int)run.ErrorJson["error"]!["code"]!);
        Assert.Equal("user", (string)run.ErrorJson["identity"]!);
    }

    [Fact]
    public async Task A_direct_chat_is_listed_by_the_other_user_s_id_as_user()
    {
        await using var h = await ListingHarness.StartAsync();
        await h.UseDemoUserAsync();

        var run = await h.RunAsync("im", "+chat-messages-list", "--user-id", DemoData.AliceOpenId, "--order", "asc");

        run.Exits(0);
        Assert.Equal("user", (string)run.Json["identity"]!);
        var requests = h.ApiRequests();
        Assert.Equal("POST", requests[0].Method);
        Assert.Equal("/open-apis/im/v1/chat_p2p/batch_query", requests[0].Path);
        Assert.Equal("open_id", Param(requests[0], "chatter_id_type"));
        var list = Assert.Single(h.Listings("chat"));
        Assert.Equal(DemoData.AliceP2pChatId, Param(list, "container_id"));
        Assert.Equal([DemoData.AliceP2pMessageId, DemoData.AliceP2pReplyMessageId], MessageIds(run));
        Assert.All(Messages(run), m => Assert.Equal(DemoData.AliceP2pChatId, (string)m!["chat_id"]!));
        Assert.Equal(DemoData.AliceName, (string)Message(run, DemoData.AliceP2pMessageId)["sender"]!["name"]!);
        Assert.Equal(DemoData.AliceP2pMessageId, (string)Message(run, DemoData.AliceP2pReplyMessageId)["reply_to"]!);
        // Every call went with the user's token, none with a tenant token.
        Assert.All(requests, r => Assert.Equal("Bearer " + h.Environment["LARKSUITE_CLI_USER_ACCESS_TOKEN"], r.Authorization));
    }

    [Fact]
    public async Task A_user_without_a_direct_chat_is_not_found_with_the_official_message()
    {
        await using var h = await ListingHarness.StartAsync();
        await h.UseDemoUserAsync();

        var run = await h.RunAsync("im", "+chat-messages-list", "--user-id", DemoData.BobOpenId);

        run.Exits(1);
        Assert.Equal("", run.Out);
        var error = run.ErrorJson["error"]!;
        Assert.Equal("api", (string)error["type"]!);
        Assert.Equal("not_found", (string)error["subtype"]!);
        Assert.Equal("P2P chat not found for this user", (string)error["message"]!);
        Assert.Empty(h.Listings("chat"));
    }

    [Fact]
    public async Task A_user_lists_a_chat_by_id_too()
    {
        await using var h = await ListingHarness.StartAsync();
        await h.UseDemoUserAsync();

        var run = await h.RunAsync("im", "+chat-messages-list", "--chat-id", DemoData.BotP2pChatId, "--as", "user", "--order", "asc");

        run.Exits(0);
        Assert.Equal([DemoData.BotP2pGreetingMessageId, DemoData.BotP2pAskMessageId, DemoData.BotP2pFileMessageId], MessageIds(run));
        Assert.Equal(DemoData.BotName, (string)Message(run, DemoData.BotP2pGreetingMessageId)["sender"]!["name"]!);
        Assert.DoesNotContain(h.ApiRequests(), r => r.Path.Contains("chat_p2p", StringComparison.Ordinal));
    }
}
