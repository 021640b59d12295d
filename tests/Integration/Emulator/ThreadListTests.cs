using System.Text.Json.Nodes;
using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;

namespace Lark.Resources.Integration.Emulator;

/// <summary>Listing a thread: its root and every reply, no time window, and who may see it.</summary>
public sealed class ThreadListTests
{
    private const string Thread = $"container_id_type=thread&container_id={DemoData.ThreadId}";

    private static readonly string[] InOrder =
        [DemoData.ThreadRootMessageId, DemoData.ThreadReply1MessageId, DemoData.ThreadReply2MessageId, DemoData.ThreadReply3MessageId];

    private static IEnumerable<string> Ids(IEnumerable<JsonObject> items) => items.Select(i => (string)i["message_id"]!);

    [Fact]
    public async Task A_thread_lists_its_root_then_every_reply_oldest_first()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (items, pages) = await h.ListAllAsync($"{Thread}&page_size=1", await h.TenantTokenAsync());
        Assert.Equal(InOrder, Ids(items));
        Assert.Equal(4, pages);
        Assert.All(items, i => Assert.Equal(DemoData.ThreadId, (string)i["thread_id"]!));
        Assert.All(items.Skip(1), i => Assert.Equal(DemoData.ThreadRootMessageId, (string)i["root_id"]!));
        Assert.Equal(DemoData.ThreadReply1MessageId, (string)items[2]["parent_id"]!);
        Assert.True((bool)items[3]["deleted"]!);
    }

    [Fact]
    public async Task A_thread_lists_newest_first_when_asked()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (items, _) = await h.ListAllAsync($"{Thread}&sort_type=ByCreateTimeDesc&page_size=3", await h.TenantTokenAsync());
        Assert.Equal(InOrder.Reverse(), Ids(items));
    }

    [Theory]
    [InlineData("&start_time=1717300000")]
    [InlineData("&end_time=1717400000")]
    public async Task A_thread_refuses_a_time_window_with_230001(string window)
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var response = await h.GetAsync($"open-apis/im/v1/messages?{Thread}{window}", await h.TenantTokenAsync());
        await EmulatorHarness.ReadErrorAsync(response, 230001, 400);
    }

    [Fact]
    public async Task An_unknown_thread_answers_230073()
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var response = await h.GetAsync("open-apis/im/v1/messages?container_id_type=thread&container_id=omt_nowhere", await h.TenantTokenAsync());
        await EmulatorHarness.ReadErrorAsync(response, 230073, 400);
    }

    [Fact]
    public async Task A_thread_in_a_chat_the_user_is_not_in_answers_230073_but_the_bot_sees_it()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (user, _) = await EmulatorTokens.UserAsync(h.Emulator);
        var query = $"open-apis/im/v1/messages?container_id_type=thread&container_id={DemoData.PrivateThreadId}";
        using var refused = await h.GetAsync(query, user);
        await EmulatorHarness.ReadErrorAsync(refused, 230073, 400);
        var data = await h.DataAsync(query, await h.TenantTokenAsync());
        Assert.Equal([DemoData.PrivateRootMessageId, DemoData.PrivateReplyMessageId], Ids(data["items"]!.AsArray().Select(i => i!.AsObject())));
    }

    [Fact]
    public async Task A_topic_groups_thread_lists_like_any_other()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (items, _) = await h.ListAllAsync($"container_id_type=thread&container_id={DemoData.TopicThread1Id}", await h.TenantTokenAsync());
        Assert.Equal([DemoData.TopicRoot1MessageId, DemoData.TopicReply1aMessageId, DemoData.TopicReply1bMessageId], Ids(items));
    }
}
