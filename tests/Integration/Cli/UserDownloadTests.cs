using System.Text.Json.Nodes;
using Lark.Emulator.Fixtures;

namespace Lark.Resources.Integration.Cli;

public sealed class UserDownloadTests
{
    [Fact]
    public async Task A_download_as_user_uses_the_stored_login()
    {
        await using var h = await CliHarness.StartAsync();
        var (access, _) = await h.LogInDemoUserAsync(TimeSpan.FromHours(2));
        var run = await h.RunAsync(CliHarness.Download("--as", "user"));
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("user", (string)run.Json["identity"]!);
        Assert.Equal(DemoData.SmallFileSize, (long)run.Json["data"]!["size_bytes"]!);
        var resource = h.Emulator.Requests.Where(r => r.Path.Contains("/resources/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(resource);
        Assert.All(resource, r => Assert.Equal("Bearer " + access, r.Authorization));
        Assert.DoesNotContain(h.Emulator.Requests, r => r.Path.Contains("tenant_access_token", StringComparison.Ordinal) || r.Path.Contains("oauth/token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_login_about_to_expire_is_refreshed_first_and_the_rotated_tokens_are_saved()
    {
        await using var h = await CliHarness.StartAsync();
        var (oldAccess, oldRefresh) = await h.LogInDemoUserAsync(TimeSpan.FromMinutes(2));
        var run = await h.RunAsync(CliHarness.Download()); // auto: a refreshable login means user
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("user", (string)run.Json["identity"]!);

        var stored = JsonNode.Parse(OfficialStore.Read(h.StoreDir, $"{DemoData.AppId}:{DemoData.UserOpenId}")!)!;
        var newAccess = (string)stored["accessToken"]!;
        var newRefresh = (string)stored["refreshToken"]!;
        h.Secrets.Add(newAccess);
        h.Secrets.Add(newRefresh);
        Assert.NotEqual(oldAccess, newAccess);
        Assert.NotEqual(oldRefresh, newRefresh);
        Assert.True((long)stored["expiresAt"]! > h.Clock.GetUtcNow().AddHours(1).ToUnixTimeMilliseconds());
        Assert.InRange((long)stored["grantedAt"]!, h.Clock.GetUtcNow().AddHours(-1).AddMinutes(-1).ToUnixTimeMilliseconds(), h.Clock.GetUtcNow().AddHours(-1).ToUnixTimeMilliseconds());
        Assert.Single(h.Emulator.Requests, r => r.Path == "/open-apis/authen/v2/oauth/token");
        Assert.All(h.Emulator.Requests.Where(r => r.Path.Contains("/resources/", StringComparison.Ordinal)), r => Assert.Equal("Bearer " + newAccess, r.Authorization));
        Assert.True(Directory.Exists(Path.Join(h.ConfigDir, "locks")));

        // The next run uses the saved tokens without refreshing again; the old refresh token is spent.
        var again = await h.RunAsync(CliHarness.Download("--output", "second.pdf"));
        Assert.True(again.ExitCode == 0, again.Error);
        Assert.Single(h.Emulator.Requests, r => r.Path == "/open-apis/authen/v2/oauth/token");
    }

    [Theory]
    [InlineData(120)]
    [InlineData(2)] // inside the five minutes a refresh would come ahead of expiry: still used, as it is valid
    public async Task A_valid_login_needs_no_app_secret(int validMinutes)
    {
        await using var h = await CliHarness.StartAsync();
        var (access, refresh) = await h.IssueUserTokensAsync();
        var now = h.Clock.GetUtcNow();
        // An entry without appSecret, as an older login through the environment left it.
        h.WriteConfig($$"""{ "apps": [ { "appId": "{{DemoData.AppId}}", "brand": "feishu", "users": [ { "userOpenId": "{{DemoData.UserOpenId}}", "userName": "x" } ] } ] }""");
        OfficialStore.Write(h.StoreDir, $"{DemoData.AppId}:{DemoData.UserOpenId}",
            OfficialStore.Login(DemoData.AppId, DemoData.UserOpenId, access, refresh, now.AddMinutes(validMinutes), now.AddDays(7), "im:message:readonly", now.AddDays(-1)));

        var run = await h.RunAsync(CliHarness.Download());

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("user", (string)run.Json["identity"]!);
        Assert.DoesNotContain(h.Emulator.Requests, r => r.Path.Contains("token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task An_expired_login_without_the_app_secret_is_a_config_failure_naming_the_secret()
    {
        await using var h = await CliHarness.StartAsync();
        var now = h.Clock.GetUtcNow();
        h.WriteConfig($$"""{ "apps": [ { "appId": "{{DemoData.AppId}}", "brand": "feishu", "users": [ { "userOpenId": "{{DemoData.UserOpenId}}", "userName": "x" } ] } ] }""");
        OfficialStore.Write(h.StoreDir, $"{DemoData.AppId}:{DemoData.UserOpenId}",
            OfficialStore.Login(DemoData.AppId, DemoData.UserOpenId, "u-expired-token-02", "ur-refresh-token-02", now.AddMinutes(-1), now.AddDays(7), "im:message:readonly", now.AddDays(-1)));
        h.Secrets.Add("u-expired-token-02");
        h.Secrets.Add("ur-refresh-token-02");

        var run = await h.RunAsync(CliHarness.Download("--as", "user"));

        Assert.Equal(3, run.ExitCode);
        Assert.Equal("config", (string)run.ErrorJson["error"]!["type"]!);
        Assert.Contains("secret", (string)run.ErrorJson["error"]!["message"]!, StringComparison.Ordinal);
        Assert.Contains("config init", (string)run.ErrorJson["error"]!["hint"]!, StringComparison.Ordinal);
        Assert.Empty(h.Emulator.Requests);
    }

    [Fact]
    public async Task A_dead_refresh_token_is_an_auth_failure_telling_to_log_in_again()
    {
        await using var h = await CliHarness.StartAsync();
        var now = h.Clock.GetUtcNow();
        h.ConfigureDemoApp(users: $$"""{ "userOpenId": "{{DemoData.UserOpenId}}", "userName": "x" }""");
        OfficialStore.Write(h.StoreDir, $"{DemoData.AppId}:{DemoData.UserOpenId}",
            OfficialStore.Login(DemoData.AppId, DemoData.UserOpenId, "u-stale-token-01", "ur-spent-token-01", now.AddMinutes(-1), now.AddDays(1), "im:message:readonly", now.AddDays(-1)));
        h.Secrets.Add("u-stale-token-01");
        h.Secrets.Add("ur-spent-token-01");
        var run = await h.RunAsync(CliHarness.Download("--as", "user"));
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("auth login", (string)run.ErrorJson["error"]!["hint"]!, StringComparison.Ordinal);
    }
}
