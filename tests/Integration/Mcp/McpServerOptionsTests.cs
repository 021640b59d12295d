using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Cli;
using Lark.Resources.Integration.Support;
using ModelContextProtocol.Protocol;

namespace Lark.Resources.Integration.Mcp;

/// <summary><c>lark-cli mcp</c> started with its options: identity, profile, download directory, inline limit.</summary>
public sealed class McpServerOptionsTests
{
    private static Dictionary<string, object?> Args(string messageId, string key, string type) =>
        new() { ["message_id"] = messageId, ["file_key"] = key, ["type"] = type };

    /// <summary>config.json with a first app that cannot work and the demo app, its secret in the store.</summary>
    private static void TwoApps(McpServerProcess server, string demoUsers = "")
    {
        OfficialStore.Write(server.StoreDir, $"appsecret:{DemoData.AppId}", DemoData.AppSecret);
        Directory.CreateDirectory(server.ConfigDir);
        File.WriteAllText(Path.Join(server.ConfigDir, "config.json"), $$"""
            { "currentApp": "other", "apps": [
                { "name": "other", "appId": "cli_other0000001", "appSecret": "not-the-secret", "brand": "feishu" },
                { "name": "demo", "appId": "{{DemoData.AppId}}", "appSecret": { "source": "keychain", "id": "appsecret:{{DemoData.AppId}}" }, "brand": "feishu",
                  "users": [{{demoUsers}}] } ] }
            """);
    }

    [Fact]
    public async Task As_user_downloads_with_the_user_token_even_when_the_default_is_bot()
    {
        string? access = null;
        await using var server = await McpServerProcess.StartAsync(["--as", "user"], (s, env) =>
        {
            access = EmulatorTokens.UserAsync(s.Emulator).GetAwaiter().GetResult().Access;
            env["LARKSUITE_CLI_USER_ACCESS_TOKEN"] = access;
            env["LARKSUITE_CLI_DEFAULT_AS"] = "bot";
        });

        var json = (await server.Client.CallToolAsync("download_message_resource", Args(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file"))).Ok();

        Assert.Equal("user", json.Str("identity"));
        Assert.All(server.Emulator.Requests.Where(r => r.Path.Contains("/resources/", StringComparison.Ordinal)), r => Assert.Equal("Bearer " + access, r.Authorization));
        await Eventually.TrueAsync(() => server.ErrorLines.Any(l => l.Contains("serving MCP on stdio as user", StringComparison.Ordinal)), "the start-up line as user");
    }

    [Fact]
    public async Task Strict_mode_overriding_as_is_noted_on_stderr_and_the_tools_use_the_strict_identity()
    {
        await using var server = await McpServerProcess.StartAsync(["--as", "user"], (_, env) => env["LARKSUITE_CLI_STRICT_MODE"] = "bot");

        var json = (await server.Client.CallToolAsync("download_message_resource", Args(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file"))).Ok();

        Assert.Equal("bot", json.Str("identity"));
        await Eventually.TrueAsync(() => server.ErrorLines.Any(l => l.Contains("serving MCP on stdio as bot", StringComparison.Ordinal)), "the start-up line, after the note");
        Assert.Single(server.ErrorLines, l => l.Contains("strict mode allows only --as bot; --as user was ignored", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Profile_selects_the_app_from_config_json()
    {
        await using var server = await McpServerProcess.StartAsync(["--profile", "demo"], (s, env) =>
        {
            env["LARKSUITE_CLI_APP_ID"] = null;
            env["LARKSUITE_CLI_APP_SECRET"] = null;
            TwoApps(s);
        });

        var json = (await server.Client.CallToolAsync("download_message_resource", Args(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file"))).Ok();

        Assert.Equal(DemoData.SmallFileSize, json["size_bytes"]!.GetValue<long>());
        Assert.Equal("bot", json.Str("identity"));
    }

    [Fact]
    public async Task Download_dir_holds_the_downloads_and_an_image_over_the_inline_limit_is_not_inlined()
    {
        await using var server = await McpServerProcess.StartAsync(["--download-dir", "out/dl", "--inline-image-max-bytes", "100"]);

        var result = await server.Client.CallToolAsync("download_message_resource", Args(DemoData.ImageMessageId, DemoData.ImageKey, "image"));

        var json = result.Ok();
        Assert.True(json["size_bytes"]!.GetValue<long>() > 100);
        Assert.Equal(Path.Join(server.WorkingDirectory.Path, "out", "dl", DemoData.ImageKey + ".png"), json.Str("saved_path"));
        Assert.Equal(Expected.Sha(DemoData.GradientPng.Span), Expected.FileSha(json.Str("saved_path")));
        Assert.Empty(result.Content.OfType<ImageContentBlock>());
        Assert.False(Directory.Exists(server.DownloadDirectory));
    }

    [Fact]
    public async Task A_login_that_cannot_be_read_at_refresh_time_is_a_tool_error_with_the_classification_and_hint()
    {
        await using var server = await McpServerProcess.StartAsync(["--as", "user"], (s, env) =>
        {
            env["LARKSUITE_CLI_APP_ID"] = null;
            env["LARKSUITE_CLI_APP_SECRET"] = null;
            TwoApps(s, $$"""{ "userOpenId": "{{DemoData.UserOpenId}}", "userName": "x" }""");
            File.WriteAllText(Path.Join(s.ConfigDir, "config.json"), File.ReadAllText(Path.Join(s.ConfigDir, "config.json")).Replace("\"currentApp\": \"other\"", "\"currentApp\": \"demo\"", StringComparison.Ordinal));
            var now = DateTimeOffset.UtcNow;
            // Valid at start-up, but inside the five minutes before expiry: the first call refreshes, under the lock.
            OfficialStore.Write(s.StoreDir, $"{DemoData.AppId}:{DemoData.UserOpenId}",
                OfficialStore.Login(DemoData.AppId, DemoData.UserOpenId, "u-soon-expired-01", "ur-refresh-01", now.AddMinutes(2), now.AddDays(1), "im:message:readonly", now.AddDays(-1)));
        });
        await Eventually.TrueAsync(() => server.ErrorLines.Any(l => l.Contains("serving MCP on stdio as user", StringComparison.Ordinal)), "the start-up line as user");
        // Another program damaged the entry after the server started.
        await File.WriteAllBytesAsync(OfficialStore.EntryPath(server.StoreDir, $"{DemoData.AppId}:{DemoData.UserOpenId}"), new byte[64]);

        var result = await server.Client.CallToolAsync("download_message_resource", Args(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file"));

        Assert.True(result.IsError);
        var error = result.Json()["error"]!;
        Assert.Equal("config", error.Str("type"));
        Assert.Contains("cannot be decrypted", error.Str("message"), StringComparison.Ordinal);
        Assert.Contains("auth login", error.Str("hint"), StringComparison.Ordinal);
        Assert.Equal(0, server.ResourceRequests(DemoData.SmallFileKey));
    }
}
