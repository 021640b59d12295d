using System.Text.Json.Nodes;
using Lark.Emulator.Fixtures;

namespace Lark.Resources.Integration.Cli;

public sealed class ConfigCommandTests
{
    [Fact]
    public async Task Config_init_stores_the_secret_from_stdin_in_the_store_and_a_keychain_reference_in_config_json()
    {
        await using var h = await CliHarness.StartAsync();
        var run = await h.RunAsync(["config", "init", "--app-id", DemoData.AppId, "--app-secret-stdin", "--name", "work"], DemoData.AppSecret + "\n");
        Assert.True(run.ExitCode == 0, run.Error);
        var data = run.Json["data"]!;
        Assert.Equal(DemoData.AppId, (string)data["app_id"]!);
        Assert.Equal("work", (string)data["current_app"]!);

        Assert.Equal(DemoData.AppSecret, OfficialStore.Read(h.StoreDir, $"appsecret:{DemoData.AppId}"));
        var config = h.ReadConfig();
        Assert.Equal("work", (string)config["currentApp"]!);
        var app = config["apps"]![0]!;
        Assert.Equal("keychain", (string)app["appSecret"]!["source"]!);
        Assert.Equal($"appsecret:{DemoData.AppId}", (string)app["appSecret"]!["id"]!);
        Assert.Equal("feishu", (string)app["brand"]!);
        Assert.DoesNotContain(DemoData.AppSecret, File.ReadAllText(h.ConfigPath), StringComparison.Ordinal);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, FileModes.Of(h.ConfigPath));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, FileModes.Of(h.ConfigDir));

        // The stored app works: a bot download through the keychain secret.
        var download = await h.RunAsync(CliHarness.Download("--as", "bot"));
        Assert.True(download.ExitCode == 0, download.Error);
        Assert.Contains(h.Emulator.Requests, r => r.Path == "/open-apis/auth/v3/tenant_access_token/internal");
    }

    [Fact]
    public async Task Config_init_keeps_unknown_fields_other_apps_and_users()
    {
        await using var h = await CliHarness.StartAsync();
        h.WriteConfig($$"""
            { "futureTop": 1, "apps": [
                { "name": "other", "appId": "cli_other0000001", "appSecret": "other-secret-value", "brand": "lark" },
                { "name": "demo", "appId": "{{DemoData.AppId}}", "appSecret": "old-plain-value", "brand": "lark", "futureApp": "kept",
                  "users": [ { "userOpenId": "ou_keep", "userName": "Keep" } ] } ] }
            """);
        h.Secrets.Add("other-secret-value");
        var run = await h.RunAsync(["config", "init", "--app-id", DemoData.AppId, "--app-secret-stdin", "--brand", "feishu"], DemoData.AppSecret);
        Assert.True(run.ExitCode == 0, run.Error);
        var config = h.ReadConfig();
        Assert.Equal(1, (int)config["futureTop"]!);
        Assert.Equal("demo", (string)config["currentApp"]!);
        Assert.Equal("other-secret-value", (string)config["apps"]![0]!["appSecret"]!);
        var app = config["apps"]![1]!;
        Assert.Equal("kept", (string)app["futureApp"]!);
        Assert.Equal("feishu", (string)app["brand"]!);
        Assert.Equal("ou_keep", (string)app["users"]![0]!["userOpenId"]!);
        Assert.Equal("keychain", (string)app["appSecret"]!["source"]!);
    }

    [Fact]
    public async Task Config_init_refuses_a_pipe_without_the_flag_and_an_empty_secret()
    {
        await using var h = await CliHarness.StartAsync();
        var noFlag = await h.RunAsync(["config", "init", "--app-id", DemoData.AppId], DemoData.AppSecret);
        Assert.Equal(2, noFlag.ExitCode);
        Assert.Contains("--app-secret-stdin", (string)noFlag.ErrorJson["error"]!["hint"]!, StringComparison.Ordinal);
        var empty = await h.RunAsync(["config", "init", "--app-id", DemoData.AppId, "--app-secret-stdin"], "  \n");
        Assert.Equal(2, empty.ExitCode);
        var badBrand = await h.RunAsync(["config", "init", "--app-id", DemoData.AppId, "--app-secret-stdin", "--brand", "xyz"], DemoData.AppSecret);
        Assert.Equal(2, badBrand.ExitCode);
        Assert.False(File.Exists(h.ConfigPath));
        Assert.False(Directory.Exists(h.StoreDir));
    }

    [Fact]
    public async Task Config_init_prompts_a_terminal_on_stderr()
    {
        await using var h = await CliHarness.StartAsync();
        var run = await h.RunAsync(["config", "init", "--app-id", DemoData.AppId], DemoData.AppSecret + "\n", inputIsTerminal: true);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("App secret for " + DemoData.AppId, run.Error, StringComparison.Ordinal);
        Assert.Equal(DemoData.AppSecret, OfficialStore.Read(h.StoreDir, $"appsecret:{DemoData.AppId}"));
    }

    [Fact]
    public async Task Config_show_redacts_the_secret_and_says_where_it_comes_from()
    {
        await using var h = await CliHarness.StartAsync();
        h.ConfigureDemoApp();
        var run = await h.RunAsync("config", "show");
        Assert.True(run.ExitCode == 0, run.Error);
        var app = run.Json["data"]!["app"]!;
        Assert.Equal("****", (string)app["app_secret"]!);
        Assert.Equal($"keychain appsecret:{DemoData.AppId}", (string)app["app_secret_source"]!);
        Assert.Equal(h.Emulator.BaseUrl.ToString(), (string)app["open_base_url"]!);
        Assert.Empty(h.Emulator.Requests);
    }

    [Fact]
    public async Task A_secret_file_reference_is_read_trimmed_and_a_missing_one_is_reported_without_failing_show()
    {
        await using var h = await CliHarness.StartAsync();
        var secretFile = h.Directory.File("secret.txt");
        await File.WriteAllTextAsync(secretFile, DemoData.AppSecret + "\n");
        h.WriteConfig(new JsonObject
        {
            ["apps"] = new JsonArray(new JsonObject { ["appId"] = DemoData.AppId, ["appSecret"] = new JsonObject { ["source"] = "file", ["id"] = secretFile } }),
        }.ToJsonString());
        var download = await h.RunAsync(CliHarness.Download("--as", "bot"));
        Assert.True(download.ExitCode == 0, download.Error);

        File.Delete(secretFile);
        var show = await h.RunAsync("config", "show");
        Assert.Null(show.Json["data"]!["app"]!["app_secret"]);
        Assert.Contains(secretFile, (string)show.Json["data"]!["app"]!["app_secret_problem"]!, StringComparison.Ordinal);
        var failed = await h.RunAsync(CliHarness.Download("--as", "bot", "--output", "again.pdf"));
        Assert.Equal(3, failed.ExitCode);
        Assert.Equal("not_configured", (string)failed.ErrorJson["error"]!["subtype"]!);
        Assert.Contains(secretFile, (string)failed.ErrorJson["error"]!["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Not_configured_is_exit_3_config_not_configured_with_the_config_init_hint()
    {
        await using var h = await CliHarness.StartAsync();
        foreach (var args in new[] { new[] { "config", "show" }, ["auth", "status"], ["auth", "login"], CliHarness.Download("--as", "bot") })
        {
            var run = await h.RunAsync(args);
            Assert.Equal(3, run.ExitCode);
            Assert.Equal("config", (string)run.ErrorJson["error"]!["type"]!);
            Assert.Equal("not_configured", (string)run.ErrorJson["error"]!["subtype"]!);
            Assert.Contains("lark-cli config init", (string)run.ErrorJson["error"]!["hint"]!, StringComparison.Ordinal);
        }

        Assert.Empty(h.Emulator.Requests);
    }
}
