using System.Text.Json;
using System.Text.Json.Nodes;
using Lark.Emulator.Fixtures;
using ModelContextProtocol.Protocol;

namespace Lark.Resources.Integration.Mcp;

/// <summary>
/// <c>list_chat_messages</c> and <c>list_thread_messages</c> through the real server process against the demo
/// conversations: the listed objects, resources as <c>list_message_resources</c> lists them, paging, refusals.
/// </summary>
public sealed class McpConversationTests(McpServerProcess server) : IClassFixture<McpServerProcess>
{
    private ValueTask<CallToolResult> Chat(params (string Name, object? Value)[] arguments) =>
        server.Client.CallToolAsync("list_chat_messages", Args(("chat_id", DemoData.ChatId), arguments));

    private ValueTask<CallToolResult> Thread(string threadId, params (string Name, object? Value)[] arguments) =>
        server.Client.CallToolAsync("list_thread_messages", Args(("thread_id", threadId), arguments));

    private static Dictionary<string, object?> Args((string Name, object? Value) first, (string Name, object? Value)[] more)
    {
        var args = new Dictionary<string, object?> { [first.Name] = first.Value };
        foreach (var (name, value) in more)
            args[name] = value;
        return args;
    }

    private static JsonObject Message(JsonNode page, string id) =>
        page["messages"]!.AsArray().Select(m => m!.AsObject()).Single(m => m.Str("message_id") == id);

    private static string[] Ids(JsonNode page) => [.. page["messages"]!.AsArray().Select(m => m!.Str("message_id"))];

    [Fact]
    public async Task Both_tools_are_listed_with_closed_schemas()
    {
        var tools = await server.Client.ListToolsAsync();
        var chat = tools.Single(t => t.Name == "list_chat_messages").JsonSchema;
        var thread = tools.Single(t => t.Name == "list_thread_messages").JsonSchema;

        Assert.Equal(["chat_id", "end", "order", "page_size", "page_token", "start"], Properties(chat));
        Assert.Equal(["order", "page_size", "page_token", "thread_id"], Properties(thread));
        Assert.Equal(["chat_id"], chat.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        Assert.Equal(["thread_id"], thread.GetProperty("required").EnumerateArray().Select(e => e.GetString()));
        foreach (var schema in new[] { chat, thread })
        {
            Assert.False(schema.GetProperty("additionalProperties").GetBoolean());
            Assert.Equal(["asc", "desc"], schema.GetProperty("properties").GetProperty("order").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
            Assert.Equal((1, 50), (schema.GetProperty("properties").GetProperty("page_size").GetProperty("minimum").GetInt32(), schema.GetProperty("properties").GetProperty("page_size").GetProperty("maximum").GetInt32()));
            Assert.All(schema.GetProperty("properties").EnumerateObject(), p => Assert.True(p.Value.GetProperty("description").GetString()!.Length > 20, p.Name));
        }

        Assert.Contains("list_chat_messages", server.Client.ServerInstructions ?? "", StringComparison.Ordinal);
    }

    private static string[] Properties(JsonElement schema) =>
        [.. schema.GetProperty("properties").EnumerateObject().Select(p => p.Name).Order(StringComparer.Ordinal)];

    [Fact]
    public async Task A_chat_page_holds_the_listed_messages_with_replies_reactions_and_resources()
    {
        var page = (await Chat(("order", "asc"), ("page_size", 50))).Ok();

        Assert.Equal(DemoData.ChatId, page.Str("chat_id"));
        Assert.False(page["has_more"]!.GetValue<bool>());
        Assert.Equal("", page.Str("page_token"));
        Assert.Equal(Ids(page).Length, page["total"]!.GetValue<int>());
        Assert.DoesNotContain(DemoData.ThreadReply1MessageId, Ids(page)); // roots only; replies hang off their root

        var mention = Message(page, DemoData.MentionMessageId);
        Assert.Equal("text", mention.Str("msg_type"));
        Assert.Contains("Alice 王芳", mention.Str("content"), StringComparison.Ordinal);
        Assert.Equal(DemoData.CarolName, mention["sender"]!.Str("name"));
        Assert.NotEmpty(mention["reactions"]!["counts"]!.AsArray());
        Assert.Null(mention["resources"]);

        var root = Message(page, DemoData.ThreadRootMessageId);
        Assert.Equal(DemoData.ThreadId, root.Str("thread_id"));
        var reply = root["thread_replies"]!.AsArray().Single(r => r!.Str("message_id") == DemoData.ThreadReply2MessageId)!;
        var resource = Assert.Single(reply["resources"]!.AsArray())!;
        Assert.Equal((DemoData.ThreadReply2MessageId, DemoData.ThreadImageKey, "image", "image"),
            (resource.Str("message_id"), resource.Str("file_key"), resource.Str("type"), resource.Str("kind")));

        var file = Assert.Single(Message(page, DemoData.SmallFileMessageId)["resources"]!.AsArray())!;
        Assert.Equal((DemoData.SmallFileKey, "file", DemoData.SmallFileName), (file.Str("file_key"), file.Str("type"), file.Str("file_name")));
        Assert.Null(Message(page, DemoData.StickerMessageId)["resources"]);
        Assert.Null(Message(page, DemoData.DeletedMessageId)["resources"]);
    }

    [Fact]
    public async Task A_merge_forward_lists_its_childrens_resources_under_the_containers_id()
    {
        var page = (await Chat(("order", "asc"), ("page_size", 50))).Ok();
        var forward = Message(page, DemoData.MergeForwardMessageId);

        var rows = forward["resources"]!.AsArray().Select(r => (r!.Str("message_id"), r!.Str("file_key"), r!.Str("type"), r!.Str("sub_message_id")));
        Assert.Equal(
            [
                (DemoData.MergeForwardMessageId, DemoData.MergedImageKey, "image", DemoData.MergedImageMessageId),
                (DemoData.MergeForwardMessageId, DemoData.MergedFileKey, "file", DemoData.MergedFileMessageId),
            ],
            rows);
        Assert.Contains(DemoData.MergedFileName, forward.Str("content"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Every_listed_resource_is_what_list_message_resources_lists_and_downloads_as_listed()
    {
        var page = (await Chat(("order", "asc"), ("page_size", 50))).Ok();
        var withResources = page["messages"]!.AsArray().Where(m => m!["resources"] is not null).ToArray();
        Assert.True(withResources.Length >= 10, $"{withResources.Length} messages with resources");
        foreach (var message in withResources)
        {
            var single = await server.Client.CallToolAsync("list_message_resources", new Dictionary<string, object?> { ["message_id"] = message!.Str("message_id") });
            if (single.IsError is true)
                continue; // a message this identity may list but not read alone (invisible, no access): listed as the content names it
            Assert.Equal(single.Json()["resources"]!.ToJsonString(), message!["resources"]!.ToJsonString());
        }

        var merged = Message(page, DemoData.MergeForwardMessageId)["resources"]!.AsArray().Single(r => r!.Str("type") == "file")!;
        var download = (await server.Client.CallToolAsync("download_message_resource", new Dictionary<string, object?>
        {
            ["message_id"] = merged.Str("message_id"), ["file_key"] = merged.Str("file_key"), ["type"] = merged.Str("type"), ["output"] = "from-listing/merged.txt",
        })).Ok();
        Assert.Equal(DemoData.MergedFileSize, download["size_bytes"]!.GetValue<long>());
    }

    [Fact]
    public async Task Pages_follow_page_token_to_the_end_and_add_up_to_the_whole_listing()
    {
        var whole = Ids((await Chat(("order", "asc"), ("page_size", 50))).Ok());
        var paged = new List<string>();
        string? token = null;
        var pages = 0;
        do
        {
            var page = (await Chat(("order", "asc"), ("page_size", 8), ("page_token", token))).Ok();
            Assert.True(page["total"]!.GetValue<int>() <= 8);
            paged.AddRange(Ids(page));
            token = page["has_more"]!.GetValue<bool>() ? page.Str("page_token") : null;
            if (token is not null)
                Assert.NotEqual("", token);
            else
                Assert.Equal("", page.Str("page_token"));
            pages++;
        }
        while (token is not null && pages < 20);

        Assert.True(pages > 1, "more than one page");
        Assert.Equal(whole, paged);
    }

    [Fact]
    public async Task A_page_token_used_with_another_order_is_a_tool_error_with_the_code()
    {
        var first = (await Chat(("order", "asc"), ("page_size", 2))).Ok();
        var result = await Chat(("order", "desc"), ("page_size", 2), ("page_token", first.Str("page_token")));

        Assert.True(result.IsError);
        var error = result.Json()["error"]!;
        Assert.Equal(230001, error["code"]!.GetValue<int>());
        Assert.Contains("page_token", error.Str("message") + error.Str("hint"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Start_and_end_take_unix_seconds_and_iso_8601()
    {
        var start = DemoData.ConversationStart / 1000;
        var page = (await Chat(("order", "asc"), ("start", start.ToString(System.Globalization.CultureInfo.InvariantCulture)), ("end", "2024-06-02T03:48:40Z"))).Ok();
        Assert.Equal([DemoData.MentionMessageId, DemoData.QuoteReplyMessageId, DemoData.ThreadRootMessageId], Ids(page));

        var numeric = (await Chat(("order", "asc"), ("start", start), ("end", start + 60))).Ok();
        Assert.Equal([DemoData.MentionMessageId, DemoData.QuoteReplyMessageId], Ids(numeric));
    }

    [Fact]
    public async Task An_unknown_chat_is_a_tool_error_with_the_lark_code_and_a_hint()
    {
        var result = await server.Client.CallToolAsync("list_chat_messages", new Dictionary<string, object?> { ["chat_id"] = "oc_nosuchchat" });

        Assert.True(result.IsError);
        var error = result.Json()["error"]!;
        Assert.Equal(230002, error["code"]!.GetValue<int>());
        Assert.Equal("authorization", error.Str("type"));
        Assert.False(string.IsNullOrEmpty(error.Str("log_id")));
        Assert.Contains("--as user", error.Str("hint"), StringComparison.Ordinal);
        Assert.DoesNotContain("--chat-id", error.ToJsonString(), StringComparison.Ordinal);
    }

    public static TheoryData<string, object?, string, string> BadArguments => new()
    {
        { "page_size", 0, "page_size", "between 1 and 50" },
        { "page_size", 51, "page_size", "between 1 and 50" },
        { "page_size", "20", "page_size", "integer" },
        { "order", "newest", "order", "asc or desc" },
        { "start", "yesterday", "start", "cannot parse time" },
        { "end", "2024-06-01", "end", "before start" },
        { "chat_id", "om_demo_text_0001", "chat_id", "oc_" },
    };

    [Theory]
    [MemberData(nameof(BadArguments))]
    public async Task A_bad_argument_is_a_validation_tool_error_naming_it(string name, object? value, string param, string says)
    {
        var args = new Dictionary<string, object?> { ["chat_id"] = DemoData.ChatId, ["start"] = "2024-06-02", [name] = value };
        var before = server.Emulator.Requests.Count(r => r.Path.EndsWith("/im/v1/messages", StringComparison.Ordinal));
        var result = await server.Client.CallToolAsync("list_chat_messages", args);

        Assert.True(result.IsError);
        var error = result.Json()["error"]!;
        Assert.Equal(("validation", param), (error.Str("type"), error.Str("param")));
        Assert.Contains(says, error.Str("message"), StringComparison.Ordinal);
        Assert.Contains(param, error.Str("message"), StringComparison.Ordinal);
        Assert.DoesNotContain("--", error.Str("message") + error.Str("hint"), StringComparison.Ordinal);
        Assert.Equal(before, server.Emulator.Requests.Count(r => r.Path.EndsWith("/im/v1/messages", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task Arguments_a_tool_does_not_take_are_refused_by_name()
    {
        var chat = await Chat(("thread_id", DemoData.ThreadId));
        Assert.True(chat.IsError);
        Assert.Contains("\"thread_id\"", chat.Json()["error"]!.Str("message"), StringComparison.Ordinal);

        var thread = await Thread(DemoData.ThreadId, ("start", "2024-06-02"));
        Assert.True(thread.IsError);
        Assert.Contains("\"start\"", thread.Json()["error"]!.Str("message"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoData.ThreadId)]
    [InlineData(DemoData.ThreadRootMessageId)]
    public async Task A_thread_lists_its_root_and_replies_oldest_first_with_their_resources(string threadId)
    {
        var page = (await Thread(threadId)).Ok();

        Assert.Equal(DemoData.ThreadId, page.Str("thread_id"));
        Assert.Equal([DemoData.ThreadRootMessageId, DemoData.ThreadReply1MessageId, DemoData.ThreadReply2MessageId, DemoData.ThreadReply3MessageId], Ids(page));
        Assert.False(page["has_more"]!.GetValue<bool>());
        var image = Assert.Single(Message(page, DemoData.ThreadReply2MessageId)["resources"]!.AsArray())!;
        Assert.Equal((DemoData.ThreadReply2MessageId, DemoData.ThreadImageKey, "image"), (image.Str("message_id"), image.Str("file_key"), image.Str("type")));
        Assert.True(Message(page, DemoData.ThreadReply3MessageId)["deleted"]!.GetValue<bool>());
        Assert.Equal("OK", Message(page, DemoData.ThreadRootMessageId)["reactions"]!["counts"]![0]!.Str("reaction_type"));
        Assert.All(page["messages"]!.AsArray(), m => Assert.Null(m!["thread_replies"]));
    }

    [Fact]
    public async Task A_thread_pages_newest_first_with_page_token()
    {
        var first = (await Thread(DemoData.ThreadId, ("order", "desc"), ("page_size", 3))).Ok();
        Assert.True(first["has_more"]!.GetValue<bool>());
        Assert.Equal([DemoData.ThreadReply3MessageId, DemoData.ThreadReply2MessageId, DemoData.ThreadReply1MessageId], Ids(first));

        var second = (await Thread(DemoData.ThreadId, ("order", "desc"), ("page_size", 3), ("page_token", first.Str("page_token")))).Ok();
        Assert.Equal([DemoData.ThreadRootMessageId], Ids(second));
        Assert.False(second["has_more"]!.GetValue<bool>());
    }

    [Fact]
    public async Task A_message_outside_any_thread_is_a_not_found_naming_thread_id()
    {
        var result = await Thread(DemoData.ImageMessageId);

        Assert.True(result.IsError);
        var error = result.Json()["error"]!;
        Assert.Equal(("api", "not_found"), (error.Str("type"), error.Str("subtype")));
        Assert.Contains("thread_id", error.Str("hint"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_thread_is_a_tool_error_with_the_code()
    {
        var result = await Thread("omt_demo_no_such_thread");

        Assert.True(result.IsError);
        Assert.Equal(230073, result.Json()["error"]!["code"]!.GetValue<int>());
    }

    [Fact]
    public async Task A_bad_thread_id_is_refused_before_any_request()
    {
        var result = await Thread("oc_not_a_thread");

        Assert.True(result.IsError);
        var error = result.Json()["error"]!;
        Assert.Equal(("validation", "thread_id"), (error.Str("type"), error.Str("param")));
        Assert.Contains("om_ or omt_", error.Str("message"), StringComparison.Ordinal);
    }
}
