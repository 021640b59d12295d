using Lark.Emulator.Fixtures;

namespace Lark.Resources.Integration.Cli.Listing;

/// <summary>LARKSUITE_CLI_PROFILE picks the app of the listing commands as it does for the download.</summary>
public sealed class ListingProfileTests
{
    private static async Task<ListingHarness> TwoAppsAsync()
    {
        var h = await ListingHarness.StartAsync();
        h.Unconfigure();
        Directory.CreateDirectory(h.Home.File("config"));
        File.WriteAllText(h.Home.File("config/config.json"), $$"""
            { "currentApp": "first", "apps": [
                { "name": "first", "appId": "cli_first0000001", "appSecret": "first-secret-value", "brand": "lark" },
                { "name": "demo", "appId": "{{DemoData.AppId}}", "appSecret": "{{DemoData.AppSecret}}", "brand": "feishu" } ] }
            """);
        h.Secrets.Add("first-secret-value");
        return h;
    }

    [Theory]
    [InlineData("+chat-messages-list", "--chat-id", DemoData.ChatId)]
    [InlineData("+threads-messages-list", "--thread", DemoData.ThreadId)]
    [InlineData("+messages-mget", "--message-ids", DemoData.TextMessageId)]
    public async Task The_environment_selects_the_app(string command, string flag, string value)
    {
        await using var h = await TwoAppsAsync();
        h.Environment["LARKSUITE_CLI_PROFILE"] = "demo";

        var run = await h.RunAsync("im", command, flag, value, "--no-reactions");

        run.Exits(0);
        Assert.Equal("bot", (string)run.Json["identity"]!);
        Assert.NotEmpty(ListingHarness.Messages(run));
        Assert.Contains(h.Emulator.Requests, r => r.Path == "/open-apis/auth/v3/tenant_access_token/internal");
    }

    [Fact]
    public async Task An_unknown_profile_is_not_configured_before_any_request()
    {
        await using var h = await TwoAppsAsync();
        h.Environment["LARKSUITE_CLI_PROFILE"] = "nope";

        var run = await h.RunAsync("im", "+chat-messages-list", "--chat-id", DemoData.ChatId);

        run.Exits(3);
        Assert.Equal("", run.Out);
        Assert.Equal("LARKSUITE_CLI_PROFILE", (string)run.ErrorJson["error"]!["param"]!);
        Assert.Empty(h.Emulator.Requests);
    }
}
