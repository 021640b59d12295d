using Lark.Emulator.Fixtures;

namespace Lark.Resources.Integration.Cli;

/// <summary>LARKSUITE_CLI_PROFILE is the --profile of every command, as in the official CLI; the flag wins over it.</summary>
public sealed class ProfileEnvironmentTests
{
    private static async Task<CliHarness> TwoAppsAsync()
    {
        var h = await CliHarness.StartAsync();
        h.WriteConfig($$"""
            { "apps": [
                { "name": "first", "appId": "cli_first0000001", "appSecret": "first-secret-value", "brand": "lark" },
                { "name": "demo", "appId": "{{DemoData.AppId}}", "appSecret": "{{DemoData.AppSecret}}", "brand": "feishu" } ] }
            """);
        h.Secrets.Add("first-secret-value");
        return h;
    }

    [Fact]
    public async Task The_environment_selects_the_app_by_name_or_id_and_the_flag_wins()
    {
        await using var h = await TwoAppsAsync();

        h.Environment["LARKSUITE_CLI_PROFILE"] = "demo";
        Assert.Equal(DemoData.AppId, (string)(await h.RunAsync("config", "show")).Json["data"]!["app"]!["app_id"]!);
        h.Environment["LARKSUITE_CLI_PROFILE"] = "cli_first0000001";
        Assert.Equal("cli_first0000001", (string)(await h.RunAsync("config", "show")).Json["data"]!["app"]!["app_id"]!);
        Assert.Equal(DemoData.AppId, (string)(await h.RunAsync("config", "show", "--profile", "demo")).Json["data"]!["app"]!["app_id"]!);
    }

    [Fact]
    public async Task An_unknown_profile_from_the_environment_is_not_configured_naming_the_variable()
    {
        await using var h = await TwoAppsAsync();
        h.Environment["LARKSUITE_CLI_PROFILE"] = "nope";

        var run = await h.RunAsync(CliHarness.Download("--as", "bot"));

        Assert.Equal(3, run.ExitCode);
        var error = run.ErrorJson["error"]!;
        Assert.Equal(("config", "not_configured", "LARKSUITE_CLI_PROFILE"), ((string)error["type"]!, (string)error["subtype"]!, (string)error["param"]!));
        Assert.Contains("LARKSUITE_CLI_PROFILE \"nope\"", (string)error["message"]!, StringComparison.Ordinal);
        Assert.Empty(h.Emulator.Requests);
    }
}
