using System.Text.Json.Nodes;
using Lark.Emulator.Fixtures;

namespace Lark.Resources.Integration.Emulator;

/// <summary>The conversation endpoints check the app's scopes like the resource endpoint.</summary>
public sealed class ConversationScopeTests
{
    [Theory]
    [InlineData($"open-apis/im/v1/messages?container_id_type=chat&container_id={DemoData.ChatId}", "im:message:readonly")]
    [InlineData($"open-apis/im/v1/messages/mget?message_ids={DemoData.TextMessageId}", "im:message:readonly")]
    [InlineData($"open-apis/im/v1/chats/{DemoData.ChatId}", "im:chat:readonly")]
    public async Task An_app_without_the_scope_gets_99991672_naming_what_it_needs(string path, string needed)
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var response = await h.GetAsync(path, await h.TenantTokenAsync(DemoData.NoScopeAppId, DemoData.NoScopeAppSecret));
        var body = await EmulatorHarness.ReadErrorAsync(response, 99991672, 400);
        var subjects = body["error"]!["permission_violations"]!.AsArray().Select(v => (string)v!["subject"]!);
        Assert.Contains(needed, subjects);
    }

    [Fact]
    public async Task Reactions_take_the_reaction_scope_or_a_message_scope()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var body = new JsonObject { ["queries"] = new JsonArray(new JsonObject { ["message_id"] = DemoData.TextMessageId }) };
        var (status, answer) = await h.PostJsonAsync("open-apis/im/v1/messages/reactions/batch_query", body, await h.TenantTokenAsync(DemoData.NoScopeAppId, DemoData.NoScopeAppSecret));
        Assert.Equal((400, 99991672), (status, (int)answer["code"]!));
        Assert.Contains("im:message.reactions:read", answer["error"]!["permission_violations"]!.AsArray().Select(v => (string)v!["subject"]!));
    }
}
