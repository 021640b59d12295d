using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json.Nodes;
using Lark.Emulator;
using Lark.Emulator.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace Lark.Resources.Integration.Emulator;

public sealed class DeviceFlowTests
{
    private const string DeviceGrant = "urn:ietf:params:oauth:grant-type:device_code";
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    private static AuthenticationHeaderValue Basic(string id = DemoData.AppId, string secret = DemoData.AppSecret) =>
        new("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{id}:{secret}")));

    private static async Task<JsonObject> AuthorizeAsync(EmulatorHarness h, string scope = "im:message:readonly offline_access")
    {
        var (status, body) = await h.PostFormAsync("oauth/v1/device_authorization",
            new Dictionary<string, string> { ["client_id"] = DemoData.AppId, ["scope"] = scope }, Basic());
        Assert.Equal(200, status);
        return body;
    }

    private static Task<(int Status, JsonObject Body)> PollAsync(EmulatorHarness h, string deviceCode) =>
        h.PostFormAsync("open-apis/authen/v2/oauth/token", new Dictionary<string, string>
        {
            ["grant_type"] = DeviceGrant,
            ["device_code"] = deviceCode,
            ["client_id"] = DemoData.AppId,
            ["client_secret"] = DemoData.AppSecret,
        });

    private static Task<(int Status, JsonObject Body)> RefreshAsync(EmulatorHarness h, string refreshToken) =>
        h.PostFormAsync("open-apis/authen/v2/oauth/token", new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refreshToken,
            ["client_id"] = DemoData.AppId,
            ["client_secret"] = DemoData.AppSecret,
        });

    private static void AssertOAuthError(int status, JsonObject body, string error)
    {
        Assert.Equal(400, status);
        Assert.Equal(error, (string)body["error"]!);
        Assert.NotEqual(0, (int)body["code"]!);
        Assert.False(string.IsNullOrEmpty((string?)body["error_description"]));
    }

    [Fact]
    public async Task Device_authorization_answers_codes_and_interval()
    {
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { DeviceIntervalSeconds = 3 });
        var body = await AuthorizeAsync(h);
        Assert.False(string.IsNullOrEmpty((string?)body["device_code"]));
        Assert.Matches("^[A-Z]{4}-[A-Z]{4}$", (string)body["user_code"]!);
        Assert.StartsWith(h.Emulator.BaseUrl.ToString(), (string)body["verification_uri"]!, StringComparison.Ordinal);
        Assert.Contains((string)body["user_code"]!, (string)body["verification_uri_complete"]!, StringComparison.Ordinal);
        Assert.Equal(3, (int)body["interval"]!);
        Assert.Equal(300, (int)body["expires_in"]!);
    }

    [Fact]
    public async Task Device_authorization_with_wrong_secret_is_refused()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var (status, body) = await h.PostFormAsync("oauth/v1/device_authorization",
            new Dictionary<string, string> { ["client_id"] = DemoData.AppId, ["scope"] = "offline_access" }, Basic(secret: "wrong"));
        Assert.Equal(401, status);
        Assert.Equal("invalid_client", (string)body["error"]!);
    }

    [Fact]
    public async Task Pending_then_slow_down_then_manual_approval_gives_tokens_with_refresh()
    {
        var time = new FakeTimeProvider(Start);
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { Time = time, AutoApproveDeviceAfterPolls = null });
        var auth = await AuthorizeAsync(h);
        var code = (string)auth["device_code"]!;

        var (s1, b1) = await PollAsync(h, code);
        AssertOAuthError(s1, b1, "authorization_pending");
        var (s2, b2) = await PollAsync(h, code); // no time passed: too fast
        AssertOAuthError(s2, b2, "slow_down");

        time.Advance(TimeSpan.FromSeconds(10)); // the interval is now 5 + 5
        var (s3, b3) = await PollAsync(h, code);
        AssertOAuthError(s3, b3, "authorization_pending");

        Assert.True(h.Emulator.ApproveDevice((string)auth["user_code"]!, DemoData.UserOpenId));
        time.Advance(TimeSpan.FromSeconds(10));
        var (s4, b4) = await PollAsync(h, code);
        Assert.Equal(200, s4);
        Assert.Equal(0, (int)b4["code"]!);
        Assert.StartsWith("u-", (string)b4["access_token"]!, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty((string?)b4["refresh_token"]));
        Assert.Equal(7200, (int)b4["expires_in"]!);
        Assert.Equal(604800, (int)b4["refresh_token_expires_in"]!);
        Assert.Equal("Bearer", (string)b4["token_type"]!);
        Assert.Contains("offline_access", (string)b4["scope"]!, StringComparison.Ordinal);

        // A used device code cannot be redeemed twice.
        time.Advance(TimeSpan.FromSeconds(10));
        var (s5, b5) = await PollAsync(h, code);
        AssertOAuthError(s5, b5, "invalid_grant");
    }

    [Fact]
    public async Task Auto_approval_happens_after_the_configured_number_of_pending_polls()
    {
        var time = new FakeTimeProvider(Start);
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { Time = time, AutoApproveDeviceAfterPolls = 2 });
        var code = (string)(await AuthorizeAsync(h))["device_code"]!;
        for (var i = 0; i < 2; i++)
        {
            var (s, b) = await PollAsync(h, code);
            AssertOAuthError(s, b, "authorization_pending");
            time.Advance(TimeSpan.FromSeconds(5));
        }

        var (status, body) = await PollAsync(h, code);
        Assert.Equal(200, status);
        var token = (string)body["access_token"]!;

        using var info = await h.GetAsync("open-apis/authen/v1/user_info", token);
        Assert.Equal(200, (int)info.StatusCode);
        var data = (await info.Content.ReadFromJsonAsync<JsonObject>())!["data"]!;
        Assert.Equal(DemoData.UserOpenId, (string)data["open_id"]!);
        Assert.Equal(DemoData.UserName, (string)data["name"]!);
    }

    [Fact]
    public async Task Denied_login_answers_access_denied()
    {
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { AutoApproveDeviceAfterPolls = null });
        var auth = await AuthorizeAsync(h);
        Assert.True(h.Emulator.DenyDevice((string)auth["device_code"]!));
        var (s, b) = await PollAsync(h, (string)auth["device_code"]!);
        AssertOAuthError(s, b, "access_denied");
    }

    [Fact]
    public async Task Device_code_expires()
    {
        var time = new FakeTimeProvider(Start);
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { Time = time, DeviceCodeLifetimeSeconds = 60 });
        var code = (string)(await AuthorizeAsync(h))["device_code"]!;
        time.Advance(TimeSpan.FromSeconds(61));
        var (s, b) = await PollAsync(h, code);
        AssertOAuthError(s, b, "expired_token");
    }

    [Fact]
    public async Task Without_offline_access_no_refresh_token_is_issued()
    {
        var time = new FakeTimeProvider(Start);
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { Time = time, AutoApproveDeviceAfterPolls = 0 });
        var code = (string)(await AuthorizeAsync(h, "im:message:readonly"))["device_code"]!;
        var (status, body) = await PollAsync(h, code);
        Assert.Equal(200, status);
        Assert.Null(body["refresh_token"]);
        Assert.Equal("im:message:readonly", (string)body["scope"]!);
    }

    [Fact]
    public async Task Refresh_rotates_and_a_reused_or_unknown_refresh_token_is_rejected()
    {
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { AutoApproveDeviceAfterPolls = 0 });
        var code = (string)(await AuthorizeAsync(h))["device_code"]!;
        var (_, first) = await PollAsync(h, code);
        var refresh1 = (string)first["refresh_token"]!;

        var (s2, second) = await RefreshAsync(h, refresh1);
        Assert.Equal(200, s2);
        var refresh2 = (string)second["refresh_token"]!;
        Assert.NotEqual(refresh1, refresh2);
        Assert.NotEqual((string)first["access_token"]!, (string)second["access_token"]!);
        using (var works = await h.GetResourceAsync((string)second["access_token"]!, DemoData.SmallFileMessageId, DemoData.SmallFileKey))
        {
            Assert.Equal(200, (int)works.StatusCode);
        }

        var (s3, reused) = await RefreshAsync(h, refresh1);
        AssertOAuthError(s3, reused, "invalid_grant");
        Assert.Equal(20026, (int)reused["code"]!);

        var (s4, unknown) = await RefreshAsync(h, "ur-unknown");
        AssertOAuthError(s4, unknown, "invalid_grant");
        Assert.Equal(20026, (int)unknown["code"]!);

        var (s5, _) = await RefreshAsync(h, refresh2);
        Assert.Equal(200, s5);
    }

    [Fact]
    public async Task Expired_refresh_token_answers_20037()
    {
        var time = new FakeTimeProvider(Start);
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { Time = time, AutoApproveDeviceAfterPolls = 0, RefreshTokenLifetimeSeconds = 100 });
        var (_, tokens) = await PollAsync(h, (string)(await AuthorizeAsync(h))["device_code"]!);
        time.Advance(TimeSpan.FromSeconds(101));
        var (s, b) = await RefreshAsync(h, (string)tokens["refresh_token"]!);
        AssertOAuthError(s, b, "invalid_grant");
        Assert.Equal(20037, (int)b["code"]!);
    }

    [Fact]
    public async Task Expired_and_unknown_user_tokens_answer_99991677_and_99991668()
    {
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { AutoApproveDeviceAfterPolls = 0 });
        var (_, tokens) = await PollAsync(h, (string)(await AuthorizeAsync(h))["device_code"]!);
        h.Emulator.ExpireUserTokens();
        using var expired = await h.GetResourceAsync((string)tokens["access_token"]!, DemoData.SmallFileMessageId, DemoData.SmallFileKey);
        await EmulatorHarness.ReadErrorAsync(expired, 99991677, 400);
        using var unknown = await h.GetResourceAsync("u-unknown", DemoData.SmallFileMessageId, DemoData.SmallFileKey);
        await EmulatorHarness.ReadErrorAsync(unknown, 99991668, 400);

        // The refresh token still works after the access token expired.
        var (s, _) = await RefreshAsync(h, (string)tokens["refresh_token"]!);
        Assert.Equal(200, s);
    }

    [Fact]
    public async Task User_token_without_an_im_scope_answers_99991679_with_permission_violations()
    {
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { AutoApproveDeviceAfterPolls = 0 });
        var (_, tokens) = await PollAsync(h, (string)(await AuthorizeAsync(h, "contact:user.base:readonly"))["device_code"]!);
        using var response = await h.GetResourceAsync((string)tokens["access_token"]!, DemoData.SmallFileMessageId, DemoData.SmallFileKey);
        var body = await EmulatorHarness.ReadErrorAsync(response, 99991679, 400);
        var violations = body["error"]!["permission_violations"]!.AsArray();
        Assert.Contains(violations, v => (string)v!["subject"]! == "im:message:readonly");
    }

    [Fact]
    public async Task User_info_refuses_a_tenant_token()
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var response = await h.GetAsync("open-apis/authen/v1/user_info", await h.TenantTokenAsync());
        await EmulatorHarness.ReadErrorAsync(response, 99991668, 400);
    }

    [Fact]
    public async Task Verification_page_approves_the_login()
    {
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { AutoApproveDeviceAfterPolls = null });
        var auth = await AuthorizeAsync(h);
        var page = new Uri((string)auth["verification_uri_complete"]!);
        using (var approve = await h.Client.GetAsync(page))
        {
            Assert.Equal(200, (int)approve.StatusCode);
        }

        var (status, _) = await PollAsync(h, (string)auth["device_code"]!);
        Assert.Equal(200, status);
    }
}
