using System.Text.Json.Nodes;
using Lark.Emulator;
using Lark.Emulator.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace Lark.Resources.Integration.Emulator;

public sealed class TokenTests
{
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    [Fact]
    public async Task Tenant_token_is_issued_for_the_right_secret()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var body = await h.PostJsonAsync("open-apis/auth/v3/tenant_access_token/internal", new JsonObject { ["app_id"] = DemoData.AppId, ["app_secret"] = DemoData.AppSecret });
        Assert.Equal(0, (int)body["code"]!);
        Assert.StartsWith("t-", (string)body["tenant_access_token"]!, StringComparison.Ordinal);
        Assert.Equal(7200, (int)body["expire"]!);
    }

    [Fact]
    public async Task Wrong_secret_answers_200_with_code_10014()
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var response = await h.Client.PostAsync("open-apis/auth/v3/tenant_access_token/internal",
            new StringContent("""{"app_id":"cli_demo0000000001","app_secret":"wrong"}""", System.Text.Encoding.UTF8, "application/json"));
        Assert.Equal(200, (int)response.StatusCode);
        var body = JsonNode.Parse(await response.Content.ReadAsStringAsync())!;
        Assert.Equal(10014, (int)body["code"]!);
        Assert.Null(body["tenant_access_token"]);
        Assert.True(response.Headers.Contains("X-Tt-Logid"));
    }

    [Fact]
    public async Task Unknown_app_answers_code_10003()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var body = await h.PostJsonAsync("open-apis/auth/v3/tenant_access_token/internal", new JsonObject { ["app_id"] = "cli_nope", ["app_secret"] = "x" });
        Assert.Equal(10003, (int)body["code"]!);
    }

    [Fact]
    public async Task App_access_token_endpoint_returns_app_and_tenant_tokens()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var body = await h.PostJsonAsync("open-apis/auth/v3/app_access_token/internal", new JsonObject { ["app_id"] = DemoData.AppId, ["app_secret"] = DemoData.AppSecret });
        Assert.Equal(0, (int)body["code"]!);
        Assert.StartsWith("a-", (string)body["app_access_token"]!, StringComparison.Ordinal);
        Assert.StartsWith("t-", (string)body["tenant_access_token"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Same_token_is_returned_until_less_than_30_minutes_remain_and_the_old_one_stays_valid()
    {
        var time = new FakeTimeProvider(Start);
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { Time = time });
        var first = await h.TenantTokenAsync();
        Assert.Equal(first, await h.TenantTokenAsync());

        time.Advance(TimeSpan.FromMinutes(91));
        var second = await h.TenantTokenAsync();
        Assert.NotEqual(first, second);
        using var withOld = await h.GetAsync($"open-apis/im/v1/messages/{DemoData.TextMessageId}", first);
        Assert.Equal(200, (int)withOld.StatusCode);
    }

    [Fact]
    public async Task Expired_tenant_token_answers_99991663()
    {
        var time = new FakeTimeProvider(Start);
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { Time = time, TenantTokenLifetimeSeconds = 60 });
        var token = await h.TenantTokenAsync();
        time.Advance(TimeSpan.FromSeconds(61));
        using var response = await h.GetResourceAsync(token, DemoData.SmallFileMessageId, DemoData.SmallFileKey);
        await EmulatorHarness.ReadErrorAsync(response, 99991663, 400);
    }

    [Fact]
    public async Task Revoked_tenant_tokens_answer_99991663()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TenantTokenAsync();
        h.Emulator.RevokeTenantTokens();
        using var response = await h.GetResourceAsync(token, DemoData.SmallFileMessageId, DemoData.SmallFileKey);
        await EmulatorHarness.ReadErrorAsync(response, 99991663, 400);

        var fresh = await h.TenantTokenAsync();
        Assert.NotEqual(token, fresh);
        Assert.True(h.Emulator.RevokeToken(fresh));
        using var again = await h.GetResourceAsync(fresh, DemoData.SmallFileMessageId, DemoData.SmallFileKey);
        await EmulatorHarness.ReadErrorAsync(again, 99991663, 400);
    }
}
