using System.Text.Json.Nodes;
using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;

namespace Lark.Resources.Integration.Emulator;

/// <summary><c>GET /open-apis/im/v1/chats/{chat_id}</c> and <c>POST /open-apis/im/v1/chat_p2p/batch_query</c>.</summary>
public sealed class ChatTests
{
    private const string P2p = "open-apis/im/v1/chat_p2p/batch_query?chatter_id_type=open_id";

    private static JsonObject Chatters(params string[] ids) => new() { ["chatter_ids"] = new JsonArray([.. ids.Select(i => (JsonNode)i)]) };

    [Fact]
    public async Task A_group_answers_its_name_description_mode_and_owner()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var data = await h.DataAsync($"open-apis/im/v1/chats/{DemoData.ChatId}", await h.TenantTokenAsync());
        Assert.Equal(DemoData.ChatName, (string)data["name"]!);
        Assert.Equal(DemoData.ChatDescription, (string)data["description"]!);
        Assert.Equal("group", (string)data["chat_mode"]!);
        Assert.Equal(DemoData.UserOpenId, (string)data["owner_id"]!);
        Assert.Equal("open_id", (string)data["owner_id_type"]!);
        Assert.Equal("4", (string)data["user_count"]!);
        Assert.Equal("1", (string)data["bot_count"]!);
        Assert.False((bool)data["external"]!);
        Assert.StartsWith("https://", (string)data["avatar"]!, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty((string?)data["tenant_key"]));
    }

    [Theory]
    [InlineData(DemoData.TopicChatId, "topic", DemoData.TopicChatName)]
    [InlineData(DemoData.BotP2pChatId, "p2p", "")]
    public async Task Topic_groups_and_direct_chats_say_their_mode(string chatId, string mode, string name)
    {
        await using var h = await EmulatorHarness.StartAsync();
        var data = await h.DataAsync($"open-apis/im/v1/chats/{chatId}", await h.TenantTokenAsync());
        Assert.Equal(mode, (string)data["chat_mode"]!);
        Assert.Equal(name, (string)data["name"]!);
    }

    [Fact]
    public async Task An_unknown_chat_answers_232006_and_one_the_caller_is_not_in_232011()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var bot = await h.TenantTokenAsync();
        using var unknown = await h.GetAsync("open-apis/im/v1/chats/oc_nowhere", bot);
        await EmulatorHarness.ReadErrorAsync(unknown, 232006, 400);
        using var noBot = await h.GetAsync($"open-apis/im/v1/chats/{DemoData.NoBotChatId}", bot);
        await EmulatorHarness.ReadErrorAsync(noBot, 232011, 400);
        var (user, _) = await EmulatorTokens.UserAsync(h.Emulator);
        using var noUser = await h.GetAsync($"open-apis/im/v1/chats/{DemoData.BotOnlyChatId}", user);
        await EmulatorHarness.ReadErrorAsync(noUser, 232011, 400);
        Assert.Equal("group", (string)(await h.DataAsync($"open-apis/im/v1/chats/{DemoData.NoBotChatId}", user))["chat_mode"]!);
    }

    [Fact]
    public async Task A_user_resolves_their_direct_chats_with_a_user_and_with_the_bot()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (user, _) = await EmulatorTokens.UserAsync(h.Emulator);
        var (status, body) = await h.PostJsonAsync(P2p, Chatters(DemoData.AliceOpenId, "ou_stranger", DemoData.BotOpenId, DemoData.BobOpenId), user);
        Assert.Equal(200, status);
        var chats = body["data"]!["p2p_chats"]!.AsArray().Select(c => $"{(string)c!["chatter_id"]!}={(string)c["chat_id"]!}");
        Assert.Equal([$"{DemoData.AliceOpenId}={DemoData.AliceP2pChatId}", $"{DemoData.BotOpenId}={DemoData.BotP2pChatId}"], chats);
    }

    [Fact]
    public async Task A_chatter_may_be_named_by_union_id()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (user, _) = await EmulatorTokens.UserAsync(h.Emulator);
        var (_, body) = await h.PostJsonAsync("open-apis/im/v1/chat_p2p/batch_query?chatter_id_type=union_id", Chatters("on_demoalice000002"), user);
        Assert.Equal(DemoData.AliceP2pChatId, (string)body["data"]!["p2p_chats"]![0]!["chat_id"]!);
    }

    [Fact]
    public async Task A_bot_token_cannot_resolve_direct_chats()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (status, body) = await h.PostJsonAsync(P2p, Chatters(DemoData.UserOpenId), await h.TenantTokenAsync());
        Assert.Equal((400, 99991668), (status, (int)body["code"]!));
    }

    [Fact]
    public async Task No_chatters_answer_232001()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (user, _) = await EmulatorTokens.UserAsync(h.Emulator);
        var (status, body) = await h.PostJsonAsync(P2p, Chatters(), user);
        Assert.Equal((400, 232001), (status, (int)body["code"]!));
    }
}
