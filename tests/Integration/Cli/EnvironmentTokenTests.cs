using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;

namespace Lark.Resources.Integration.Cli;

/// <summary>Tokens obtained elsewhere, through <c>LARKSUITE_CLI_TENANT_ACCESS_TOKEN</c>: used as they are, no app needed.</summary>
public sealed class EnvironmentTokenTests
{
    [Fact]
    public async Task A_tenant_token_from_the_environment_downloads_as_bot_without_any_app_configured()
    {
        await using var h = await CliHarness.StartAsync();
        var token = await EmulatorTokens.TenantAsync(h.Emulator);
        h.Secrets.Add(token);
        h.Environment["LARKSUITE_CLI_TENANT_ACCESS_TOKEN"] = token;

        var run = await h.RunAsync(CliHarness.Download());

        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal("bot", (string)run.Json["identity"]!);
        Assert.Equal(Expected.Sha(DemoData.SmallFileSeed, DemoData.SmallFileSize), (string)run.Json["data"]!["sha256"]!);
        var resource = h.Emulator.Requests.Where(r => r.Path.Contains("/resources/", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(resource);
        Assert.All(resource, r => Assert.Equal("Bearer " + token, r.Authorization));
        Assert.DoesNotContain(h.Emulator.Requests, r => r.Path.Contains("tenant_access_token", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_rejected_tenant_token_from_the_environment_is_an_auth_failure_that_is_not_retried_with_a_refresh()
    {
        await using var h = await CliHarness.StartAsync();
        h.ConfigureDemoApp();
        h.Secrets.Add("t-not-a-real-token-0001");
        h.Environment["LARKSUITE_CLI_TENANT_ACCESS_TOKEN"] = "t-not-a-real-token-0001";

        var run = await h.RunAsync(CliHarness.Download("--as", "bot"));

        Assert.Equal(3, run.ExitCode);
        Assert.Equal("authentication", (string)run.ErrorJson["error"]!["type"]!);
        Assert.Contains("environment", (string)run.ErrorJson["error"]!["message"]!, StringComparison.Ordinal);
        // The configured app is not used to mint another token: the environment's token is taken as it is.
        Assert.DoesNotContain(h.Emulator.Requests, r => r.Path.Contains("tenant_access_token", StringComparison.Ordinal));
    }
}
