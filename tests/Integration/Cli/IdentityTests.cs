using Lark.Emulator.Fixtures;

namespace Lark.Resources.Integration.Cli;

/// <summary>Which identity a command runs as, read from the dry run (which needs no credentials) and config show.</summary>
public sealed class IdentityTests
{
    private static async Task<string> IdentityAsync(CliHarness h, params string[] extra)
    {
        var run = await h.RunAsync(CliHarness.DryRun(extra));
        Assert.True(run.ExitCode == 0, run.Error);
        return (string)run.Json["identity"]!;
    }

    private static async Task<(string Identity, string Source)> ShowAsync(CliHarness h, params string[] extra)
    {
        var run = await h.RunAsync(["config", "show", .. extra]);
        Assert.True(run.ExitCode == 0, run.Error);
        return ((string)run.Json["data"]!["identity"]!, (string)run.Json["data"]!["identity_source"]!);
    }

    [Fact]
    public async Task Dry_run_needs_no_configuration_at_all()
    {
        await using var h = await CliHarness.StartAsync();
        Assert.Equal("bot", await IdentityAsync(h));
        Assert.Equal("user", await IdentityAsync(h, "--as", "user"));
        Assert.Empty(h.Emulator.Requests);
    }

    [Fact]
    public async Task Without_a_login_the_default_is_bot_and_with_a_usable_login_it_is_user()
    {
        await using var h = await CliHarness.StartAsync();
        h.ConfigureDemoApp();
        Assert.Equal(("bot", "auto"), await ShowAsync(h));

        await h.LogInDemoUserAsync(TimeSpan.FromHours(2));
        Assert.Equal(("user", "auto"), await ShowAsync(h));
        Assert.Equal("bot", await IdentityAsync(h, "--as", "bot"));
    }

    [Fact]
    public async Task An_expired_login_that_can_refresh_still_defaults_to_user_but_one_that_cannot_does_not()
    {
        await using var h = await CliHarness.StartAsync();
        await h.LogInDemoUserAsync(TimeSpan.FromHours(-1));
        Assert.Equal(("user", "auto"), await ShowAsync(h));

        var now = h.Clock.GetUtcNow();
        OfficialStore.Write(h.StoreDir, $"{DemoData.AppId}:{DemoData.UserOpenId}",
            OfficialStore.Login(DemoData.AppId, DemoData.UserOpenId, "u-old", null, now.AddHours(-1), null, "im:message:readonly", now.AddDays(-1)));
        Assert.Equal(("bot", "auto"), await ShowAsync(h));
    }

    [Fact]
    public async Task An_environment_user_token_makes_user_the_default()
    {
        await using var h = await CliHarness.StartAsync();
        h.Environment["LARKSUITE_CLI_USER_ACCESS_TOKEN"] = "u-from-env-0001";
        h.Secrets.Add("u-from-env-0001");
        Assert.Equal("user", await IdentityAsync(h));
        var show = await h.RunAsync("config", "show");
        Assert.Equal("****", (string)show.Json["data"]!["environment"]!["user_access_token"]!);
    }

    [Fact]
    public async Task Strict_mode_from_the_environment_overrides_as_and_everything_else()
    {
        await using var h = await CliHarness.StartAsync();
        await h.LogInDemoUserAsync(TimeSpan.FromHours(2), "\"defaultAs\": \"user\",");
        h.Environment["LARKSUITE_CLI_STRICT_MODE"] = "bot";
        Assert.Equal("bot", await IdentityAsync(h, "--as", "user"));
        var show = await h.RunAsync("config", "show", "--as", "user");
        Assert.Equal("strict-mode", (string)show.Json["data"]!["identity_source"]!);
        Assert.Contains("--as user was ignored", (string)show.Json["data"]!["identity_note"]!, StringComparison.Ordinal);

        h.Environment["LARKSUITE_CLI_STRICT_MODE"] = "off";
        Assert.Equal("user", await IdentityAsync(h));
    }

    [Fact]
    public async Task Strict_mode_overriding_as_during_a_download_says_so_once_on_stderr()
    {
        await using var h = await CliHarness.StartAsync();
        h.ConfigureDemoApp();
        h.Environment["LARKSUITE_CLI_STRICT_MODE"] = "bot";

        var run = await h.RunAsync(CliHarness.Download("--as", "user", "-q", ".identity"));

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("bot\n", run.Out.ReplaceLineEndings("\n"));
        Assert.Single(run.Error.Split('\n'), l => l.Contains("strict mode allows only --as bot; --as user was ignored", StringComparison.Ordinal));

        var agreeing = await h.RunAsync(CliHarness.Download("--as", "bot", "--output", "again.pdf"));
        Assert.True(agreeing.ExitCode == 0, agreeing.Error);
        Assert.DoesNotContain("strict mode", agreeing.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Strict_mode_from_the_config_file_app_or_top_level_overrides_as()
    {
        await using var h = await CliHarness.StartAsync();
        h.ConfigureDemoApp("\"strictMode\": \"user\",");
        Assert.Equal("user", await IdentityAsync(h, "--as", "bot"));
        h.ConfigureDemoApp(extraTop: "\"strictMode\": \"user\",");
        Assert.Equal(("user", "strict-mode"), await ShowAsync(h, "--as", "bot"));
    }

    [Fact]
    public async Task Default_as_from_environment_beats_the_file_and_auto_means_no_default()
    {
        await using var h = await CliHarness.StartAsync();
        await h.LogInDemoUserAsync(TimeSpan.FromHours(2), "\"defaultAs\": \"bot\",");
        Assert.Equal(("bot", "default-as"), await ShowAsync(h));
        h.Environment["LARKSUITE_CLI_DEFAULT_AS"] = "user";
        Assert.Equal(("user", "default-as"), await ShowAsync(h));
        h.Environment["LARKSUITE_CLI_DEFAULT_AS"] = "auto";
        Assert.Equal(("user", "auto"), await ShowAsync(h));
        Assert.Equal("bot", await IdentityAsync(h, "--as", "bot"));
    }

    [Fact]
    public async Task As_user_without_a_login_fails_with_exit_3_before_any_request()
    {
        await using var h = await CliHarness.StartAsync();
        h.ConfigureDemoApp();
        var run = await h.RunAsync(CliHarness.Download("--as", "user"));
        Assert.Equal(3, run.ExitCode);
        var error = run.ErrorJson;
        Assert.Equal("user", (string)error["identity"]!);
        Assert.Equal("authentication", (string)error["error"]!["type"]!);
        Assert.Contains("lark-cli auth login --scope \"im:message:readonly\"", (string)error["error"]!["hint"]!, StringComparison.Ordinal);
        Assert.Empty(h.Emulator.Requests);
        Assert.Empty(Directory.GetFileSystemEntries(h.WorkDir));
    }

    [Theory]
    [InlineData("LARKSUITE_CLI_BRAND", "xyz")]
    [InlineData("LARKSUITE_CLI_DEFAULT_AS", "admin")]
    [InlineData("LARKSUITE_CLI_STRICT_MODE", "maybe")]
    [InlineData("LARKSUITE_CLI_OPEN_BASE_URL", "ftp://127.0.0.1/")]
    [InlineData("LARKSUITE_CLI_ACCOUNTS_BASE_URL", "not a url")]
    public async Task Bad_environment_values_fail_with_exit_3_naming_the_variable(string name, string value)
    {
        await using var h = await CliHarness.StartAsync();
        h.ConfigureDemoApp();
        h.Environment[name] = value;
        var run = await h.RunAsync(CliHarness.DryRun());
        Assert.Equal(3, run.ExitCode);
        Assert.Equal("config", (string)run.ErrorJson["error"]!["type"]!);
        Assert.Contains(name, (string)run.ErrorJson["error"]!["message"]!, StringComparison.Ordinal);
        Assert.Empty(run.Out);
    }

    [Theory]
    [InlineData("{ \"apps\": [ ", "is malformed")]
    [InlineData("{ \"apps\": [ { \"appId\": \"cli_a\", \"brand\": \"xyz\" } ] }", "brand")]
    [InlineData("{ \"apps\": [ { \"appId\": \"cli_a\", \"defaultAs\": \"admin\" } ] }", "defaultAs")]
    [InlineData("{ \"currentApp\": \"gone\", \"apps\": [ { \"appId\": \"cli_a\" } ] }", "currentApp")]
    public async Task Bad_config_files_fail_with_exit_3_naming_the_file(string json, string expected)
    {
        await using var h = await CliHarness.StartAsync();
        h.WriteConfig(json);
        var run = await h.RunAsync(CliHarness.DryRun());
        Assert.Equal(3, run.ExitCode);
        var message = (string)run.ErrorJson["error"]!["message"]!;
        Assert.Contains(h.ConfigPath, message, StringComparison.Ordinal);
        Assert.Contains(expected, message, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Profile_selects_by_name_or_app_id_and_wins_over_the_environment_app()
    {
        await using var h = await CliHarness.StartAsync();
        OfficialStore.Write(h.StoreDir, $"appsecret:{DemoData.AppId}", DemoData.AppSecret);
        h.WriteConfig($$"""
            { "apps": [
                { "name": "first", "appId": "cli_first0000001", "appSecret": "first-secret-value", "brand": "lark" },
                { "name": "demo", "appId": "{{DemoData.AppId}}", "appSecret": { "source": "keychain", "id": "appsecret:{{DemoData.AppId}}" }, "brand": "feishu" } ] }
            """);
        h.Secrets.Add("first-secret-value");
        h.Environment.Remove("LARKSUITE_CLI_OPEN_BASE_URL");
        h.Environment.Remove("LARKSUITE_CLI_ACCOUNTS_BASE_URL");

        var first = (await h.RunAsync("config", "show")).Json["data"]!["app"]!;
        Assert.Equal("cli_first0000001", (string)first["app_id"]!);
        Assert.Equal("https://open.larksuite.com/", (string)first["open_base_url"]!);
        Assert.Equal("config.json (plain text)", (string)first["app_secret_source"]!);
        Assert.Equal(DemoData.AppId, (string)(await h.RunAsync("config", "show", "--profile", "demo")).Json["data"]!["app"]!["app_id"]!);
        Assert.Equal(DemoData.AppId, (string)(await h.RunAsync("config", "show", "--profile", DemoData.AppId)).Json["data"]!["app"]!["app_id"]!);
        Assert.Equal(3, (await h.RunAsync("config", "show", "--profile", "nope")).ExitCode);

        h.Environment["LARKSUITE_CLI_APP_ID"] = "cli_env000000001";
        h.Environment["LARKSUITE_CLI_APP_SECRET"] = "env-secret-value";
        h.Secrets.Add("env-secret-value");
        var env = (await h.RunAsync("config", "show")).Json["data"]!["app"]!;
        Assert.Equal("cli_env000000001", (string)env["app_id"]!);
        Assert.True((bool)env["from_environment"]!);
        Assert.Equal("environment LARKSUITE_CLI_APP_SECRET", (string)env["app_secret_source"]!);
        Assert.Equal("https://open.feishu.cn/", (string)env["open_base_url"]!);

        // Flags before environment: --profile picks its app, with its own secret (the environment's is another app's).
        var flag = (await h.RunAsync("config", "show", "--profile", "demo")).Json["data"]!["app"]!;
        Assert.Equal(DemoData.AppId, (string)flag["app_id"]!);
        Assert.False((bool)flag["from_environment"]!);
        Assert.Equal($"keychain appsecret:{DemoData.AppId}", (string)flag["app_secret_source"]!);
    }

    [Fact]
    public async Task Profile_wins_over_the_environment_app_for_a_download()
    {
        await using var h = await CliHarness.StartAsync();
        h.ConfigureDemoApp();
        h.Environment["LARKSUITE_CLI_APP_ID"] = "cli_env000000001";
        h.Environment["LARKSUITE_CLI_APP_SECRET"] = "env-secret-value";
        h.Secrets.Add("env-secret-value");

        var withProfile = await h.RunAsync(CliHarness.Download("--profile", "demo"));
        Assert.True(withProfile.ExitCode == 0, withProfile.Error);

        var withoutProfile = await h.RunAsync(CliHarness.Download("--output", "again.pdf"));
        Assert.Equal(3, withoutProfile.ExitCode);
    }
}
