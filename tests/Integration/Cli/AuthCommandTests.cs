using System.Net;
using System.Text;
using Lark.Emulator.Fixtures;

namespace Lark.Resources.Integration.Cli;

public sealed class AuthCommandTests
{
    [Fact]
    public async Task Login_runs_the_device_flow_stores_the_tokens_and_adds_the_user_then_status_and_logout()
    {
        await using var h = await CliHarness.StartAsync(autoApproveAfter: 2);
        h.ConfigureDemoApp();
        var run = await h.RunAsync("auth", "login", "--scope", "im:message:readonly");
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Contains("/oauth/v1/device/verify?user_code=", run.Error, StringComparison.Ordinal);
        var data = run.Json["data"]!;
        Assert.Equal(DemoData.UserOpenId, (string)data["user_open_id"]!);
        Assert.Equal(DemoData.UserName, (string)data["user_name"]!);
        Assert.Contains("offline_access", (string)data["scope"]!, StringComparison.Ordinal);

        // Polled at the server's interval through the clock, three times (two pending, then approved).
        Assert.Equal(3, h.Emulator.Requests.Count(r => r.Path == "/open-apis/authen/v2/oauth/token"));
        Assert.Equal([TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(5)], h.Clock.Delays.Where(d => d >= TimeSpan.FromSeconds(1)));
        var userInfo = Assert.Single(h.Emulator.Requests, r => r.Path == "/open-apis/authen/v1/user_info");

        var stored = System.Text.Json.Nodes.JsonNode.Parse(OfficialStore.Read(h.StoreDir, $"{DemoData.AppId}:{DemoData.UserOpenId}")!)!;
        var access = (string)stored["accessToken"]!;
        h.Secrets.Add(access);
        h.Secrets.Add((string)stored["refreshToken"]!);
        Assert.Equal("Bearer " + access, userInfo.Authorization);
        Assert.Equal(DemoData.AppId, (string)stored["appId"]!);
        Assert.InRange((long)stored["expiresAt"]!, h.Clock.GetUtcNow().AddHours(2).ToUnixTimeMilliseconds() - 60_000, h.Clock.GetUtcNow().AddHours(2).ToUnixTimeMilliseconds());
        var users = h.ReadConfig()["apps"]![0]!["users"]!.AsArray();
        Assert.Equal(DemoData.UserOpenId, (string)users[0]!["userOpenId"]!);
        Assert.Equal(DemoData.UserName, (string)users[0]!["userName"]!);

        var status = await h.RunAsync("auth", "status");
        Assert.True(status.ExitCode == 0, status.Error);
        Assert.True((bool)status.Json["data"]!["logged_in"]!);
        Assert.Equal("user", (string)status.Json["identity"]!);
        var user = status.Json["data"]!["users"]![0]!;
        Assert.True((bool)user["access_token_valid"]!);
        Assert.True((bool)user["refreshable"]!);
        Assert.Contains("im:message:readonly", (string)user["scope"]!, StringComparison.Ordinal);

        var logout = await h.RunAsync("auth", "logout");
        Assert.True(logout.ExitCode == 0, logout.Error);
        Assert.Equal(DemoData.UserOpenId, (string)logout.Json["data"]!["removed"]![0]!);
        Assert.Null(OfficialStore.Read(h.StoreDir, $"{DemoData.AppId}:{DemoData.UserOpenId}"));
        Assert.Empty(h.ReadConfig()["apps"]![0]!["users"]!.AsArray());
        Assert.NotNull(OfficialStore.Read(h.StoreDir, $"appsecret:{DemoData.AppId}"));
        var after = await h.RunAsync("auth", "status");
        Assert.False((bool)after.Json["data"]!["logged_in"]!);
        Assert.Equal("bot", (string)after.Json["identity"]!);
    }

    [Fact]
    public async Task Login_with_the_app_from_the_environment_keeps_its_secret_so_the_login_works_without_the_environment()
    {
        await using var h = await CliHarness.StartAsync(autoApproveAfter: 1);
        h.Environment["LARKSUITE_CLI_APP_ID"] = DemoData.AppId;
        h.Environment["LARKSUITE_CLI_APP_SECRET"] = DemoData.AppSecret;
        var login = await h.RunAsync("auth", "login");
        Assert.True(login.ExitCode == 0, login.Error);
        var stored = System.Text.Json.Nodes.JsonNode.Parse(OfficialStore.Read(h.StoreDir, $"{DemoData.AppId}:{DemoData.UserOpenId}")!)!;
        h.Secrets.Add((string)stored["accessToken"]!);
        h.Secrets.Add((string)stored["refreshToken"]!);
        Assert.Equal($"appsecret:{DemoData.AppId}", (string)login.Json["data"]!["app_secret"]!["account"]!);
        Assert.Contains("credential store", login.Error, StringComparison.Ordinal);

        // The official keychain reference, and the secret in the store: not a broken entry without appSecret.
        var app = h.ReadConfig()["apps"]![0]!;
        Assert.Equal("keychain", (string)app["appSecret"]!["source"]!);
        Assert.Equal($"appsecret:{DemoData.AppId}", (string)app["appSecret"]!["id"]!);
        Assert.Equal(DemoData.AppSecret, OfficialStore.Read(h.StoreDir, $"appsecret:{DemoData.AppId}"));
        Assert.DoesNotContain(DemoData.AppSecret, File.ReadAllText(h.ConfigPath), StringComparison.Ordinal);

        h.Environment.Remove("LARKSUITE_CLI_APP_ID");
        h.Environment.Remove("LARKSUITE_CLI_APP_SECRET");
        var download = await h.RunAsync(CliHarness.Download("--as", "user"));
        Assert.True(download.ExitCode == 0, download.Error);
        Assert.Equal("user", (string)download.Json["identity"]!);
    }

    [Fact]
    public async Task Login_keeps_an_app_entry_that_has_its_secret()
    {
        await using var h = await CliHarness.StartAsync(autoApproveAfter: 1);
        h.ConfigureDemoApp();
        h.Environment["LARKSUITE_CLI_APP_ID"] = DemoData.AppId;
        h.Environment["LARKSUITE_CLI_APP_SECRET"] = DemoData.AppSecret;
        var before = OfficialStore.Read(h.StoreDir, $"appsecret:{DemoData.AppId}");

        var login = await h.RunAsync("auth", "login");

        Assert.True(login.ExitCode == 0, login.Error);
        var stored = System.Text.Json.Nodes.JsonNode.Parse(OfficialStore.Read(h.StoreDir, $"{DemoData.AppId}:{DemoData.UserOpenId}")!)!;
        h.Secrets.Add((string)stored["accessToken"]!);
        Assert.Null(login.Json["data"]!["app_secret"]);
        Assert.Equal(before, OfficialStore.Read(h.StoreDir, $"appsecret:{DemoData.AppId}"));
    }

    [Fact]
    public async Task No_wait_prints_the_flow_for_an_agent_and_device_code_finishes_it()
    {
        await using var h = await CliHarness.StartAsync(autoApproveAfter: null);
        h.ConfigureDemoApp();
        var start = await h.RunAsync("auth", "login", "--no-wait");
        Assert.True(start.ExitCode == 0, start.Error);
        var flow = start.Json;
        var deviceCode = (string)flow["device_code"]!;
        Assert.Contains("/oauth/v1/device/verify", (string)flow["verification_url"]!, StringComparison.Ordinal);
        Assert.Equal(300, (int)flow["expires_in"]!);
        Assert.Contains("--device-code " + deviceCode, (string)flow["hint"]!, StringComparison.Ordinal);
        Assert.DoesNotContain(h.Emulator.Requests, r => r.Path == "/open-apis/authen/v2/oauth/token");

        Assert.True(h.Emulator.ApproveDevice((string)flow["user_code"]!, DemoData.UserOpenId));
        var finish = await h.RunAsync("auth", "login", "--device-code", deviceCode, "--json");
        Assert.True(finish.ExitCode == 0, finish.Error);
        var last = System.Text.Json.Nodes.JsonNode.Parse(finish.Out.Trim().Split('\n')[^1])!;
        Assert.Equal("authorized", (string)last["event"]!);
        Assert.Equal(DemoData.UserOpenId, (string)last["user_open_id"]!);
        var stored = System.Text.Json.Nodes.JsonNode.Parse(OfficialStore.Read(h.StoreDir, $"{DemoData.AppId}:{DemoData.UserOpenId}")!)!;
        h.Secrets.Add((string)stored["accessToken"]!);
    }

    [Fact]
    public async Task A_denied_login_stops_with_exit_3_and_stores_nothing()
    {
        await using var h = await CliHarness.StartAsync(autoApproveAfter: null);
        h.ConfigureDemoApp();
        var flow = (await h.RunAsync("auth", "login", "--no-wait")).Json;
        Assert.True(h.Emulator.DenyDevice((string)flow["device_code"]!));
        var run = await h.RunAsync("auth", "login", "--device-code", (string)flow["device_code"]!);
        Assert.Equal(3, run.ExitCode);
        Assert.Equal(("authorization", "user_unauthorized"), ((string)run.ErrorJson["error"]!["type"]!, (string)run.ErrorJson["error"]!["subtype"]!));
        Assert.Contains("denied", (string)run.ErrorJson["error"]!["message"]!, StringComparison.Ordinal);
        Assert.Single(h.Emulator.Requests, r => r.Path == "/open-apis/authen/v2/oauth/token");
        Assert.Null(OfficialStore.Read(h.StoreDir, $"{DemoData.AppId}:{DemoData.UserOpenId}"));
        Assert.Empty(h.ReadConfig()["apps"]![0]!["users"]!.AsArray());
    }

    [Fact]
    public async Task An_expired_device_code_stops_the_login()
    {
        await using var h = await CliHarness.StartAsync(autoApproveAfter: null);
        h.ConfigureDemoApp();
        var flow = (await h.RunAsync("auth", "login", "--no-wait")).Json;
        h.Clock.Advance(TimeSpan.FromMinutes(6));
        var run = await h.RunAsync("auth", "login", "--device-code", (string)flow["device_code"]!);
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("expired", (string)run.ErrorJson["error"]!["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Slow_down_adds_five_seconds_to_the_interval_and_json_reports_it()
    {
        await using var h = await CliHarness.StartAsync(autoApproveAfter: 1);
        h.ConfigureDemoApp();
        using var handler = new SlowDownOnce();
        var run = await h.RunAsync(["auth", "login", "--json"], handler: handler);
        Assert.True(run.ExitCode == 0, run.Error);
        Assert.Equal([TimeSpan.FromSeconds(5), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(10)], h.Clock.Delays.Where(d => d >= TimeSpan.FromSeconds(1)));
        var events = run.Out.Trim().Split('\n').Select(l => System.Text.Json.Nodes.JsonNode.Parse(l)!).ToList();
        Assert.Equal(["verification", "slow_down", "pending", "authorized"], events.Select(e => (string)e["event"]!));
        Assert.Equal(10, (int)events[1]["interval"]!);
        var stored = System.Text.Json.Nodes.JsonNode.Parse(OfficialStore.Read(h.StoreDir, $"{DemoData.AppId}:{DemoData.UserOpenId}")!)!;
        h.Secrets.Add((string)stored["accessToken"]!);
    }

    [Fact]
    public async Task Login_with_a_wrong_secret_is_an_auth_failure_that_does_not_quote_it()
    {
        await using var h = await CliHarness.StartAsync();
        OfficialStore.Write(h.StoreDir, $"appsecret:{DemoData.AppId}", "wrong-secret-value");
        h.WriteConfig($$"""{ "apps": [ { "appId": "{{DemoData.AppId}}", "appSecret": { "source": "keychain", "id": "appsecret:{{DemoData.AppId}}" } } ] }""");
        h.Secrets.Add("wrong-secret-value");
        var run = await h.RunAsync("auth", "login");
        Assert.Equal(3, run.ExitCode);
        Assert.Contains("config init", (string)run.ErrorJson["error"]!["hint"]!, StringComparison.Ordinal);
    }

    /// <summary>Answers the first device-code poll with slow_down itself; everything else goes to the emulator.</summary>
    private sealed class SlowDownOnce() : DelegatingHandler(new SocketsHttpHandler())
    {
        private int _polls;

        protected override async Task<HttpResponseMessage> SendAsync(HttpRequestMessage request, CancellationToken cancellationToken)
        {
            if (request.RequestUri!.AbsolutePath == "/open-apis/authen/v2/oauth/token" && Interlocked.Increment(ref _polls) == 1)
            {
                return new HttpResponseMessage(HttpStatusCode.BadRequest)
                {
                    Content = new StringContent("{\"code\":20066,\"error\":\"slow_down\",\"error_description\":\"slow down\"}", Encoding.UTF8, "application/json"),
                };
            }

            return await base.SendAsync(request, cancellationToken);
        }
    }
}
