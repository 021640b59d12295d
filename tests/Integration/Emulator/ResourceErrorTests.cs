using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Lark.Emulator.Fixtures;

namespace Lark.Resources.Integration.Emulator;

public sealed class ResourceErrorTests
{
    [Theory]
    [InlineData(DemoData.NoAccessMessageId, DemoData.NoAccessKey, "file", 234002, 401)]
    [InlineData(DemoData.TooBigMessageId, DemoData.TooBigKey, "file", 234037, 400)]
    [InlineData(DemoData.DeletedMessageId, DemoData.DeletedKey, "file", 230110, 400)]
    [InlineData("om_unknown_message", DemoData.SmallFileKey, "file", 234003, 400)]
    [InlineData(DemoData.NoBotMessageId, DemoData.NoBotKey, "file", 234004, 400)]
    [InlineData(DemoData.RestrictedMessageId, DemoData.RestrictedKey, "file", 234038, 400)]
    [InlineData(DemoData.ExternalMessageId, DemoData.ExternalKey, "file", 234009, 400)]
    [InlineData(DemoData.InvisibleMessageId, DemoData.InvisibleKey, "file", 234040, 400)]
    [InlineData(DemoData.StickerMessageId, DemoData.StickerKey, "file", 234043, 400)]
    [InlineData(DemoData.FolderMessageId, DemoData.FolderKey, "file", 234043, 400)]
    [InlineData(DemoData.CardMessageId, DemoData.CardImageKey, "image", 234043, 400)]
    [InlineData(DemoData.SmallFileMessageId, DemoData.LargeFileKey, "file", 234003, 400)]
    [InlineData(DemoData.MergedFileMessageId, DemoData.MergedFileKey, "file", 234003, 400)]
    [InlineData(DemoData.MergedImageMessageId, DemoData.MergedImageKey, "image", 234003, 400)]
    [InlineData(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "video", 234001, 400)]
    [InlineData(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "image", 234001, 400)]
    [InlineData(DemoData.ImageMessageId, DemoData.ImageKey, "file", 234001, 400)]
    public async Task Resource_errors_carry_code_status_and_log_id(string messageId, string key, string type, int code, int status)
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var response = await h.GetResourceAsync(await h.TenantTokenAsync(), messageId, key, type);
        Assert.Equal("application/json; charset=utf-8", response.Content.Headers.ContentType!.ToString());
        await EmulatorHarness.ReadErrorAsync(response, code, status);
    }

    [Fact]
    public async Task Missing_token_answers_99991661()
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var response = await h.GetResourceAsync(null!, DemoData.SmallFileMessageId, DemoData.SmallFileKey);
        await EmulatorHarness.ReadErrorAsync(response, 99991661, 400);
    }

    [Fact]
    public async Task Unknown_tenant_token_answers_99991663()
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var response = await h.GetResourceAsync("t-not-a-token", DemoData.SmallFileMessageId, DemoData.SmallFileKey);
        await EmulatorHarness.ReadErrorAsync(response, 99991663, 400);
    }

    [Fact]
    public async Task App_without_im_scopes_answers_99991672_with_permission_violations_and_helps()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TenantTokenAsync(DemoData.NoScopeAppId, DemoData.NoScopeAppSecret);
        using var response = await h.GetResourceAsync(token, DemoData.SmallFileMessageId, DemoData.SmallFileKey);
        var body = await EmulatorHarness.ReadErrorAsync(response, 99991672, 400);
        var violations = body["error"]!["permission_violations"]!.AsArray();
        Assert.Equal(3, violations.Count);
        Assert.All(violations, v => Assert.Equal("action_scope_required", (string)v!["type"]!));
        Assert.NotEmpty(body["error"]!["helps"]!.AsArray());
    }

    [Fact]
    public async Task Bot_not_in_chat_does_not_stop_a_user_token()
    {
        // oc_demonobot… lists no members, so every user is in it; only the bot is missing.
        await using var h = await EmulatorHarness.StartAsync(new Lark.Emulator.EmulatorOptions { AutoApproveDeviceAfterPolls = 0 });
        var (_, auth) = await h.PostFormAsync("oauth/v1/device_authorization",
            new Dictionary<string, string> { ["client_id"] = DemoData.AppId, ["scope"] = "im:message:readonly" },
            new("Basic", Convert.ToBase64String(System.Text.Encoding.UTF8.GetBytes($"{DemoData.AppId}:{DemoData.AppSecret}"))));
        var (_, tokens) = await h.PostFormAsync("open-apis/authen/v2/oauth/token", new Dictionary<string, string>
        {
            ["grant_type"] = "urn:ietf:params:oauth:grant-type:device_code",
            ["device_code"] = (string)auth["device_code"]!,
            ["client_id"] = DemoData.AppId,
            ["client_secret"] = DemoData.AppSecret,
        });
        using var response = await h.GetResourceAsync((string)tokens["access_token"]!, DemoData.NoBotMessageId, DemoData.NoBotKey);
        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task A_user_outside_the_chat_gets_234002_where_the_bot_downloads()
    {
        var fixture = DemoData.Fixture;
        fixture.Resources.Add(new FixtureResource { MessageId = DemoData.PrivateRootMessageId, FileKey = "file_v3_private", Seed = 3, Size = 10, FileName = "p.txt" });
        await using var h = await EmulatorHarness.StartAsync(new Lark.Emulator.EmulatorOptions { Fixture = fixture });
        var (user, _) = await Support.EmulatorTokens.UserAsync(h.Emulator);
        using var refused = await h.GetResourceAsync(user, DemoData.PrivateRootMessageId, "file_v3_private");
        await EmulatorHarness.ReadErrorAsync(refused, 234002, 401);
        using var bot = await h.GetResourceAsync(await h.TenantTokenAsync(), DemoData.PrivateRootMessageId, "file_v3_private");
        Assert.Equal(200, (int)bot.StatusCode);
    }

    [Fact]
    public async Task Unknown_path_answers_a_lark_shaped_404()
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var response = await h.GetAsync("open-apis/nothing/here", null);
        Assert.Equal(404, (int)response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(404, (int)body["code"]!);
    }
}
