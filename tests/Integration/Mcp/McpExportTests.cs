using System.Collections.Concurrent;
using System.Text.Json;
using Lark.Emulator.Fixtures;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace Lark.Resources.Integration.Mcp;

/// <summary><c>export_messages</c>: the library's export into the server's download directory, over stdio.</summary>
public sealed class McpExportTests(McpServerProcess server) : IClassFixture<McpServerProcess>
{
    private static Dictionary<string, object?> Args(params (string Name, object? Value)[] pairs) => pairs.ToDictionary(p => p.Name, p => p.Value);

    [Fact]
    public async Task A_chat_export_with_a_refused_resource_is_a_partial_failure_and_everything_else_is_saved()
    {
        var notes = new ConcurrentQueue<long>();
        await using var handler = server.Client.RegisterNotificationHandler(NotificationMethods.ProgressNotification, (notification, _) =>
        {
            if ((string?)notification.Params?["progressToken"] == "export-1")
                notes.Enqueue((long)notification.Params!["progress"]!);
            return ValueTask.CompletedTask;
        });

        var result = await server.Client.CallToolAsync("export_messages", Args(("chat_id", DemoData.ChatId)),
            options: new RequestOptions { ProgressToken = new ProgressToken("export-1") });

        Assert.True(result.IsError);
        var json = result.Json();
        Assert.False(json["ok"]!.GetValue<bool>());
        var data = json["data"]!;
        var directory = data.Str("directory");
        Assert.Equal(Path.Join(server.DownloadDirectory, "lark-export", DemoData.ChatId), directory);
        Assert.True(File.Exists(data.Str("transcript")));
        Assert.Contains(data["failures"]!.AsArray(), f => f!["error"]!.Str("subtype") == "permission_denied" && f["error"]!["code"]!.GetValue<int>() == 234002);
        Assert.True(data["resources"]!["downloaded"]!.GetValue<int>() > 0);
        Assert.Contains("try the other identity (a server started with --as bot or --as user)", json.ToJsonString(), StringComparison.Ordinal);
        await Support.Eventually.TrueAsync(() => !notes.IsEmpty, "a progress notification");
        var values = notes.ToArray();
        // The SDK hands notifications to handlers concurrently, so their order is checked on the raw stream
        // (McpDownloadTests); here no count is sent twice.
        Assert.Equal(values.Length, values.Distinct().Count());
    }

    [Fact]
    public async Task A_chat_call_that_leaves_saved_threads_unread_says_so_and_refresh_threads_reads_them()
    {
        (string, object?)[] chat = [("chat_id", DemoData.ChatId), ("directory", "exports/chat-refresh")];
        await server.Client.CallToolAsync("export_messages", Args(chat));
        var again = (await server.Client.CallToolAsync("export_messages", Args(chat))).Json()["data"]!;
        var refreshed = (await server.Client.CallToolAsync("export_messages", Args([.. chat, ("refresh_threads", true)]))).Json()["data"]!;

        Assert.True(again["threads_not_refreshed"]!.GetValue<int>() > 0);
        Assert.Contains("refresh_threads: true", again.Str("hint"), StringComparison.Ordinal);
        Assert.Null(refreshed["threads_not_refreshed"]);
        Assert.Null(refreshed["hint"]);
    }

    [Fact]
    public async Task A_thread_export_into_a_named_directory_succeeds_and_a_second_call_adds_nothing()
    {
        var first = await server.Client.CallToolAsync("export_messages", Args(("thread_id", "omt_demo_thread_01"), ("directory", "exports/thread")));
        var again = await server.Client.CallToolAsync("export_messages", Args(("thread_id", "omt_demo_thread_01"), ("directory", "exports/thread")));

        var data = first.Ok();
        Assert.Equal(Path.Join(server.DownloadDirectory, "exports", "thread"), data.Str("directory"));
        Assert.True(data["messages"]!.GetValue<long>() > 0);
        var rerun = again.Ok();
        Assert.Equal(0, rerun["new_messages"]!.GetValue<long>());
        Assert.Equal(0, rerun["resources"]!["downloaded"]!.GetValue<int>());
    }

    [Theory]
    [InlineData("""{"chat_id":"oc_demo0000000001","thread_id":"omt_demo_thread_01"}""", "chat_id")]
    [InlineData("""{}""", "chat_id")]
    [InlineData("""{"thread_id":"omt_demo_thread_01","start":"2026-01-01"}""", "start")]
    [InlineData("""{"chat_id":"oc_demo0000000001","directory":"../outside"}""", "directory")]
    [InlineData("""{"chat_id":"not-a-chat"}""", "chat_id")]
    [InlineData("""{"message_ids":["om_ok","bad"]}""", "message_ids")]
    [InlineData("""{"thread_id":"omt_demo_thread_01","refresh_threads":true}""", "refresh_threads")]
    public async Task Bad_arguments_are_refused_before_any_request_naming_the_argument(string arguments, string param)
    {
        server.Emulator.ClearRequests();
        var parsed = JsonSerializer.Deserialize<Dictionary<string, JsonElement>>(arguments)!.ToDictionary(p => p.Key, p => (object?)p.Value);

        var result = await server.Client.CallToolAsync("export_messages", parsed);

        Assert.True(result.IsError);
        var error = result.Json()["error"]!;
        Assert.Equal(("validation", param), (error.Str("type"), error.Str("param")));
        Assert.DoesNotContain(server.Emulator.Requests, r => r.Path.Contains("/im/", StringComparison.Ordinal));
    }
}
