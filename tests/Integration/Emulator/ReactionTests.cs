using System.Text.Json.Nodes;
using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;

namespace Lark.Resources.Integration.Emulator;

/// <summary><c>POST /open-apis/im/v1/messages/reactions/batch_query</c>, as the official CLI calls it (20 ids a call).</summary>
public sealed class ReactionTests
{
    private const string Path = "open-apis/im/v1/messages/reactions/batch_query";

    private static JsonObject Queries(params string[] ids) =>
        new() { ["queries"] = new JsonArray([.. ids.Select(id => (JsonNode)new JsonObject { ["message_id"] = id })]) };

    private static async Task<JsonObject> DataAsync(EmulatorHarness h, JsonObject body, string token, string query = "")
    {
        var (status, answer) = await h.PostJsonAsync(Path + query, body, token);
        Assert.True(status == 200 && (int)answer["code"]! == 0, answer.ToJsonString());
        return answer["data"]!.AsObject();
    }

    [Fact]
    public async Task Details_and_counts_come_per_message_with_lark_fields()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var data = await DataAsync(h, Queries(DemoData.MentionMessageId, DemoData.TextMessageId), await h.TenantTokenAsync());
        var details = data["success_msg_reaction_details"]!.AsArray();
        Assert.Equal([DemoData.MentionMessageId, DemoData.TextMessageId], details.Select(d => (string)d!["message_id"]!));
        var items = details[0]!["message_reaction_items"]!.AsArray();
        Assert.Equal(["THUMBSUP", "THUMBSUP", "SMILE", "OK"], items.Select(i => (string)i!["emoji_type"]!));
        Assert.Equal(DemoData.AliceOpenId, (string)items[0]!["operator"]!["operator_id"]!);
        Assert.Equal("user", (string)items[0]!["operator"]!["operator_type"]!);
        Assert.Equal(DemoData.AppId, (string)items[3]!["operator"]!["operator_id"]!);
        Assert.Equal("app", (string)items[3]!["operator"]!["operator_type"]!);
        Assert.All(items, i => Assert.Matches("^[0-9]{13}$", (string)i!["action_time"]!));
        Assert.Equal(4, items.Select(i => (string)i!["reaction_id"]!).Distinct().Count());
        Assert.Empty(details[1]!["message_reaction_items"]!.AsArray());

        var counts = data["success_msg_reaction_counts"]!.AsArray();
        var mention = counts.Single(c => (string)c!["message_id"]! == DemoData.MentionMessageId)!["reaction_count"]!.AsArray();
        Assert.Equal(["THUMBSUP:2", "SMILE:1", "OK:1"], mention.Select(c => $"{(string)c!["reaction_type"]!}:{(int)c["count"]!}"));
        Assert.Empty(data["fail_msg_reaction_details"]!.AsArray());
    }

    [Fact]
    public async Task Twenty_queries_are_served_and_twenty_one_answer_230001()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TenantTokenAsync();
        var twenty = Enumerable.Range(0, 19).Select(i => $"om_unknown_{i}").Append(DemoData.ThreadRootMessageId).ToArray();
        var data = await DataAsync(h, Queries(twenty), token);
        Assert.Single(data["success_msg_reaction_details"]!.AsArray());
        Assert.Equal(19, data["fail_msg_reaction_details"]!.AsArray().Count);

        var (status, refused) = await h.PostJsonAsync(Path, Queries([.. twenty, "om_one_more"]), token);
        Assert.Equal((400, 230001), (status, (int)refused["code"]!));
        var (emptyStatus, empty) = await h.PostJsonAsync(Path, Queries(), token);
        Assert.Equal((400, 230001), (emptyStatus, (int)empty["code"]!));
    }

    [Fact]
    public async Task Unknown_recalled_and_hidden_messages_fail_one_by_one()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (user, _) = await EmulatorTokens.UserAsync(h.Emulator);
        var data = await DataAsync(h, Queries("om_unknown", DemoData.ThreadReply3MessageId, DemoData.PrivateRootMessageId, DemoData.MentionMessageId), user);
        var failures = data["fail_msg_reaction_details"]!.AsArray().Select(f => $"{(string)f!["message_id"]!}:{(string)f["fail_reason"]!}");
        Assert.Equal(["om_unknown:invalid", $"{DemoData.ThreadReply3MessageId}:invalid", $"{DemoData.PrivateRootMessageId}:no_permission"], failures);
        Assert.Equal([DemoData.MentionMessageId], data["success_msg_reaction_details"]!.AsArray().Select(d => (string)d!["message_id"]!));
    }

    [Fact]
    public async Task A_messages_reactions_page_with_its_own_token_and_filter_by_type()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TenantTokenAsync();
        var body = Queries(DemoData.MentionMessageId);
        body["page_size_per_message"] = 3;
        var first = (await DataAsync(h, body, token))["success_msg_reaction_details"]![0]!;
        Assert.Equal(3, first["message_reaction_items"]!.AsArray().Count);
        Assert.True((bool)first["has_more"]!);

        var next = new JsonObject
        {
            ["queries"] = new JsonArray(new JsonObject { ["message_id"] = DemoData.MentionMessageId, ["page_token"] = (string)first["page_token"]! }),
            ["page_size_per_message"] = 3,
        };
        var second = (await DataAsync(h, next, token))["success_msg_reaction_details"]![0]!;
        Assert.Equal(["OK"], second["message_reaction_items"]!.AsArray().Select(i => (string)i!["emoji_type"]!));
        Assert.False((bool)second["has_more"]!);

        var stolen = new JsonObject { ["queries"] = new JsonArray(new JsonObject { ["message_id"] = DemoData.ThreadRootMessageId, ["page_token"] = (string)first["page_token"]! }) };
        Assert.Equal("invalid_page_token", (string)(await DataAsync(h, stolen, token))["fail_msg_reaction_details"]![0]!["fail_reason"]!);

        var thumbs = Queries(DemoData.MentionMessageId);
        thumbs["reaction_type"] = "THUMBSUP";
        var filtered = await DataAsync(h, thumbs, token, "?user_id_type=union_id");
        var items = filtered["success_msg_reaction_details"]![0]!["message_reaction_items"]!.AsArray();
        Assert.Equal(["on_demoalice000002", "on_demobob0000003"], items.Select(i => (string)i!["operator"]!["operator_id"]!));
        Assert.Equal(2, (int)filtered["success_msg_reaction_counts"]![0]!["reaction_count"]![0]!["count"]!);
    }

    [Fact]
    public async Task A_body_that_is_not_a_query_list_answers_230001()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (status, body) = await h.PostJsonAsync(Path, new JsonObject { ["queries"] = "om_x" }, await h.TenantTokenAsync());
        Assert.Equal((400, 230001), (status, (int)body["code"]!));
    }
}
