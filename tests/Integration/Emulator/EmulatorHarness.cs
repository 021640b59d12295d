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

    /// <summary>GETs an Open API path and reads its JSON answer, whatever the status.</summary>
    public async Task<(int Status, JsonObject Body)> GetJsonAsync(string path, string token)
    {
        using var response = await GetAsync(path, token);
        return ((int)response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    /// <summary>POSTs JSON to an Open API path with a bearer token and reads the JSON answer, whatever the status.</summary>
    public async Task<(int Status, JsonObject Body)> PostJsonAsync(string path, JsonNode body, string token)
    {
        using var request = new HttpRequestMessage(HttpMethod.Post, path) { Content = JsonContent.Create(body) };
        request.Headers.Authorization = new AuthenticationHeaderValue("Bearer", token);
        using var response = await Client.SendAsync(request);
        return ((int)response.StatusCode, (await response.Content.ReadFromJsonAsync<JsonObject>())!);
    }

    /// <summary>The <c>data</c> of a successful answer (code 0, HTTP 200).</summary>
    public async Task<JsonObject> DataAsync(string path, string token)
    {
        var (status, body) = await GetJsonAsync(path, token);
        Assert.True(status == 200 && (int)body["code"]! == 0, $"{path}: HTTP {status} {body.ToJsonString()}");
        return body["data"]!.AsObject();
    }

    /// <summary>Lists a container to the end, following page tokens; returns every item and the number of pages.</summary>
    public async Task<(List<JsonObject> Items, int Pages)> ListAllAsync(string query, string token)
    {
        var items = new List<JsonObject>();
        var pages = 0;
        string? pageToken = null;
        do
        {
            var data = await DataAsync($"open-apis/im/v1/messages?{query}" + (pageToken is null ? "" : $"&page_token={Uri.EscapeDataString(pageToken)}"), token);
            items.AddRange(data["items"]!.AsArray().Select(i => i!.AsObject()));
            pages++;
            var more = (bool)data["has_more"]!;
            Assert.Equal(more, data.ContainsKey("page_token"));
            pageToken = more ? (string)data["page_token"]! : null;
        }
        while (pageToken is not null);

        return (items, pages);
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
