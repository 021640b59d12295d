using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using Lark.Emulator;
using Lark.Emulator.Fixtures;

namespace Lark.Resources.Integration.Support;

/// <summary>Real tokens from an emulator, obtained the way Lark hands them out (not through the code under test).</summary>
public static class EmulatorTokens
{
    /// <summary>The demo user's access and refresh tokens: a device flow approved at once.</summary>
    public static async Task<(string Access, string Refresh)> UserAsync(LarkEmulator emulator)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };
        using var authorize = new HttpRequestMessage(HttpMethod.Post, "oauth/v1/device_authorization")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["client_id"] = DemoData.AppId, ["scope"] = "im:message:readonly offline_access" }),
        };
        authorize.Headers.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes($"{DemoData.AppId}:{DemoData.AppSecret}")));
        using var answer = await http.SendAsync(authorize);
        var auth = (JsonObject)JsonNode.Parse(await answer.Content.ReadAsStringAsync())!;
        var code = (string)auth["device_code"]!;
        Assert.True(emulator.ApproveDevice(code, DemoData.UserOpenId));
        using var poll = await http.PostAsync("open-apis/authen/v2/oauth/token", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["grant_type"] = "urn:ietf:params:oauth:grant-type:device_code",
            ["device_code"] = code,
            ["client_id"] = DemoData.AppId,
            ["client_secret"] = DemoData.AppSecret,
        }));
        var tokens = (JsonObject)JsonNode.Parse(await poll.Content.ReadAsStringAsync())!;
        emulator.ClearRequests(); // the fixture's own requests are not the code's under test
        return ((string)tokens["access_token"]!, (string)tokens["refresh_token"]!);
    }

    /// <summary>A tenant access token of the demo app.</summary>
    public static async Task<string> TenantAsync(LarkEmulator emulator)
    {
        ArgumentNullException.ThrowIfNull(emulator);
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };
        using var answer = await http.PostAsync("open-apis/auth/v3/tenant_access_token/internal",
            new StringContent($$"""{"app_id":"{{DemoData.AppId}}","app_secret":"{{DemoData.AppSecret}}"}""", Encoding.UTF8, "application/json"));
        var json = (JsonObject)JsonNode.Parse(await answer.Content.ReadAsStringAsync())!;
        emulator.ClearRequests();
        return (string)json["tenant_access_token"]!;
    }
}
