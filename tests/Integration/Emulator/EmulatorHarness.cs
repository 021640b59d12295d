using System.Net.Http.Headers;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Lark.Emulator;
using Lark.Emulator.Fixtures;

namespace Lark.Resources.Integration.Emulator;

/// <summary>An in-process emulator on a free loopback port plus an HttpClient that never decompresses.</summary>
internal sealed class EmulatorHarness : IAsyncDisposable
{
    private EmulatorHarness(LarkEmulator emulator)
    {
        Emulator = emulator;
        Client = new HttpClient(new SocketsHttpHandler { AutomaticDecompression = System.Net.DecompressionMethods.None, UseProxy = false })
        {
            BaseAddress = emulator.BaseUrl,
            Timeout = TimeSpan.FromSeconds(30),
        };
    }

    public LarkEmulator Emulator { get; }

    public HttpClient Client { get; }

    public static async Task<EmulatorHarness> StartAsync(EmulatorOptions? options = null) =>
        new(await LarkEmulator.StartAsync(options ?? new EmulatorOptions()));

    public async Task<string> TenantTokenAsync(string appId = DemoData.AppId, string secret = DemoData.AppSecret)
    {
        var body = await PostJsonAsync("open-apis/auth/v3/tenant_access_token/internal", new JsonObject { ["app_id"] = appId, ["app_secret"] = secret });
        Assert.Equal(0, (int)body["code"]!);
        return (string)body["tenant_access_token"]!;
    }

    public async Task<JsonObject> PostJsonAsync(string path, JsonObject body)
    {
        using var response = await Client.PostAsJsonAsync(path, body);
        return (await response.Content.ReadFromJsonAsync<JsonObject>())!;
    }

    public async Task<(int Status, JsonObject Body)> PostFormAsync(string path, IDictionary<string, string> form, AuthenticationHeaderValue? auth = null)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = new FormUrlEncodedContent(form) };
        request.Headers.Authorization = auth;
        using var response = await Client.SendAsync(request);
        return ((int)response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    public Task<HttpResponseMessage> GetAsync(string path, string? token, string? range = null, HttpCompletionOption completion = HttpCompletionOption.ResponseContentRead, CancellationToken ct = default)
    {
        var request = new HttpRequestMessage(HttpMethod.Get, path);
        if (token is not null)
        {
            request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        }

        if (range is not null)
        {
            request.Headers.TryAddWithoutValidation("Range", range);
        }

        return Client.SendAsync(request, completion, ct);
    }

    public static string ResourcePath(string messageId, string key, string type) =>
        $"open-apis/im/v1/messages/{messageId}/resources/{key}?type={type}";

    public Task<HttpResponseMessage> GetResourceAsync(string token, string messageId, string key, string type = "file", string? range = null) =>
        GetAsync(ResourcePath(messageId, key, type), token, range);

    /// <summary>Reads a Lark error answer and checks the shape every error shares.</summary>
    public static async Task<JsonObject> ReadErrorAsync(HttpResponseMessage response, int code, int status)
    {
        Assert.Equal(status, (int)response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(code, (int)body["code"]!);
        Assert.False(string.IsNullOrEmpty((string?)body["msg"]));
        var logId = Assert.Single(response.Headers.GetValues("X-Tt-Logid"));
        Assert.Equal(logId, (string)body["error"]!["log_id"]!);
        Assert.False(string.IsNullOrEmpty((string?)body["error"]!["troubleshooter"]));
        return body;
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Emulator.DisposeAsync();
    }
}
