using System.Text.Json.Nodes;
using Lark.Emulator.Fixtures;

namespace Lark.Resources.Integration.Mcp;

/// <summary>The handshake, the tool list and <c>list_message_resources</c> over every demo message type.</summary>
public sealed class McpListTests(McpServerProcess server) : IClassFixture<McpServerProcess>
{
    [Fact]
    public async Task Initialize_names_the_server_and_offers_tools_and_logs_only_to_stderr()
    {
        Assert.Equal("lark-cli", server.Client.ServerInfo?.Name);
        Assert.NotNull(server.Client.ServerCapabilities?.Tools);
        Assert.Contains("list_message_resources", server.Client.ServerInstructions ?? "", StringComparison.Ordinal);
        await Support.Eventually.TrueAsync(() => server.ErrorLines.Any(l => l.Contains("serving MCP on stdio as bot", StringComparison.Ordinal)), "the start-up line on stderr");
    }

    [Fact]
    public async Task Tools_are_listed_with_their_required_fields()
    {
        var tools = await server.Client.ListToolsAsync();
        Assert.Equal(["download_message_resource", "export_messages", "list_chat_messages", "list_message_resources", "list_thread_messages"], tools.Select(t => t.Name).Order(StringComparer.Ordinal));
        Assert.Equal(["message_id"], Required(tools.Single(t => t.Name == "list_message_resources").JsonSchema));
        var download = tools.Single(t => t.Name == "download_message_resource");
        Assert.Equal(["file_key", "message_id", "type"], Required(download.JsonSchema));
        Assert.Equal(["image", "file"], download.JsonSchema.GetProperty("properties").GetProperty("type").GetProperty("enum").EnumerateArray().Select(e => e.GetString()));
        Assert.All(tools, t => Assert.True(t.Description.Length > 100, t.Name));
    }

    public static TheoryData<string, string> Listings => new()
    {
        { DemoData.ImageMessageId, $"{DemoData.ImageMessageId}|{DemoData.ImageKey}|image|image||" },
        { DemoData.SmallFileMessageId, $"{DemoData.SmallFileMessageId}|{DemoData.SmallFileKey}|file|file|{DemoData.SmallFileName}|" },
        { DemoData.AudioMessageId, $"{DemoData.AudioMessageId}|{DemoData.AudioKey}|file|audio||" },
        { DemoData.MediaMessageId, $"{DemoData.MediaMessageId}|{DemoData.MediaFileKey}|file|video|{DemoData.MediaFileName}|;{DemoData.MediaMessageId}|{DemoData.MediaCoverKey}|image|video_cover||" },
        { DemoData.PostMessageId, $"{DemoData.PostMessageId}|{DemoData.PostImageKey}|image|post_image||;{DemoData.PostMessageId}|{DemoData.PostMediaKey}|file|post_media||;{DemoData.PostMessageId}|{DemoData.MediaCoverKey}|image|post_media_cover||" },
        { DemoData.MergeForwardMessageId, $"{DemoData.MergeForwardMessageId}|{DemoData.MergedImageKey}|image|image||{DemoData.MergedImageMessageId};{DemoData.MergeForwardMessageId}|{DemoData.MergedFileKey}|file|file|{DemoData.MergedFileName}|{DemoData.MergedFileMessageId}" },
        { DemoData.StickerMessageId, "" },
    };

    [Theory]
    [MemberData(nameof(Listings))]
    public async Task Resources_of_each_message_type(string messageId, string expected)
    {
        var json = (await server.Client.CallToolAsync("list_message_resources", new Dictionary<string, object?> { ["message_id"] = messageId })).Ok();
        Assert.Equal(messageId, json.Str("message_id"));
        var rows = json["resources"]!.AsArray().Select(r => string.Join('|', r!.Str("message_id"), r!.Str("file_key"), r!.Str("type"), r!.Str("kind"), (string?)r!["file_name"], (string?)r!["sub_message_id"]));
        Assert.Equal(expected, string.Join(';', rows));
    }

    [Fact]
    public async Task A_sticker_is_not_downloadable_and_says_why()
    {
        var json = (await server.Client.CallToolAsync("list_message_resources", new Dictionary<string, object?> { ["message_id"] = DemoData.StickerMessageId })).Ok();
        var entry = Assert.Single(json["not_downloadable"]!.AsArray())!;
        Assert.Equal(("sticker", DemoData.StickerKey), (entry.Str("kind"), entry.Str("file_key")));
        Assert.Contains("234043", entry.Str("reason"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Listing_a_deleted_message_is_a_tool_error_with_the_code()
    {
        var result = await server.Client.CallToolAsync("list_message_resources", new Dictionary<string, object?> { ["message_id"] = DemoData.DeletedMessageId });
        Assert.True(result.IsError);
        var error = result.Json()["error"]!;
        Assert.Equal(230110, error["code"]!.GetValue<int>());
        Assert.Equal(("api", "not_found"), (error.Str("type"), error.Str("subtype")));
    }

    [Fact]
    public async Task A_bad_message_id_is_a_validation_tool_error()
    {
        var result = await server.Client.CallToolAsync("list_message_resources", new Dictionary<string, object?> { ["message_id"] = "oc_not_a_message" });
        Assert.True(result.IsError);
        Assert.Equal("validation", result.Json()["error"]!.Str("type"));
        Assert.Contains("om_", result.Json()["error"]!.Str("message"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task An_unknown_argument_is_refused_by_name()
    {
        var result = await server.Client.CallToolAsync("list_message_resources", new Dictionary<string, object?> { ["message_id"] = DemoData.ImageMessageId, ["chat_id"] = "oc_x" });
        Assert.True(result.IsError);
        Assert.Contains("\"chat_id\"", result.Json()["error"]!.Str("message"), StringComparison.Ordinal);
    }

    private static string[] Required(System.Text.Json.JsonElement schema) =>
        [.. schema.GetProperty("required").EnumerateArray().Select(e => e.GetString()!).Order(StringComparer.Ordinal)];

    private static JsonNode? Unused => null;
}
