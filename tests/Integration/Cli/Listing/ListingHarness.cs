using System.Text.Json.Nodes;
using Lark.Emulator;
using Lark.Emulator.Fixtures;
using Lark.Emulator.RateLimiting;
using Lark.Resources.Integration.Support;

namespace Lark.Resources.Integration.Cli.Listing;

/// <summary>
/// The CLI in process against an emulator on 127.0.0.1, for the listing commands: the demo data (or a changed copy),
/// virtual time shared by both (<see cref="TestClock"/>: waits take no real time), a working directory and a home of
/// its own, the demo app's credentials in the environment (bot), and helpers to read the emulator's request log.
/// Every run is checked for leaked secrets.
/// </summary>
public sealed class ListingHarness : IAsyncDisposable
{
    public const string ListPath = "/open-apis/im/v1/messages";

    private ListingHarness(LarkEmulator emulator, TestClock clock)
    {
        Emulator = emulator;
        Clock = clock;
        Secrets.Add(DemoData.AppSecret);
        Environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["HOME"] = Home.Path,
            ["LARKSUITE_CLI_CONFIG_DIR"] = Home.File("config"),
            ["LARKSUITE_CLI_DATA_DIR"] = Home.File("data"),
            ["LARKSUITE_CLI_OPEN_BASE_URL"] = emulator.BaseUrl.ToString(),
            ["LARKSUITE_CLI_ACCOUNTS_BASE_URL"] = emulator.BaseUrl.ToString(),
            ["LARKSUITE_CLI_APP_ID"] = DemoData.AppId,
            ["LARKSUITE_CLI_APP_SECRET"] = DemoData.AppSecret,
        };
    }

    public LarkEmulator Emulator { get; }

    public TestClock Clock { get; }

    /// <summary>The working directory of every run (where <c>lark-im-resources/</c> goes).</summary>
    public TempDirectory Work { get; } = new();

    public TempDirectory Home { get; } = new();

    public Dictionary<string, string> Environment { get; }

    public List<string> Secrets { get; } = [];

    public string ResourceDirectory => Work.File("lark-im-resources");

    /// <summary>Starts an emulator with the demo data, changed by <paramref name="change"/>; the rate limit is off unless asked for.</summary>
    public static async Task<ListingHarness> StartAsync(Action<EmulatorFixture>? change = null, bool rateLimit = false)
    {
        var clock = new TestClock();
        var fixture = DemoData.Fixture;
        change?.Invoke(fixture);
        var emulator = await LarkEmulator.StartAsync(new EmulatorOptions
        {
            Time = clock,
            Fixture = fixture,
            RateLimit = new RateLimitOptions { Enabled = rateLimit },
        });
        return new ListingHarness(emulator, clock);
    }

    /// <summary>No app and no token anywhere: a machine where nothing is configured.</summary>
    public void Unconfigure()
    {
        Environment.Remove("LARKSUITE_CLI_APP_ID");
        Environment.Remove("LARKSUITE_CLI_APP_SECRET");
    }

    /// <summary>The demo user's token in <c>LARKSUITE_CLI_USER_ACCESS_TOKEN</c> (so the identity is user), from a real device flow.</summary>
    public async Task UseDemoUserAsync()
    {
        var (access, refresh) = await EmulatorTokens.UserAsync(Emulator);
        Secrets.Add(access);
        Secrets.Add(refresh);
        Environment["LARKSUITE_CLI_USER_ACCESS_TOKEN"] = access;
    }

    public Task<CliRun> RunAsync(params string[] args) =>
        CliRun.RunWithoutLeaksAsync(CliRun.Host(Work.Path, new Dictionary<string, string>(Environment, StringComparer.Ordinal), Clock), Secrets, args);

    /// <summary>Requests the emulator answered, without the token requests.</summary>
    public IReadOnlyList<RecordedRequest> ApiRequests() =>
        [.. Emulator.Requests.Where(r => r.Path.StartsWith("/open-apis/im/", StringComparison.Ordinal))];

    /// <summary>Listing requests of a container type (<c>chat</c> or <c>thread</c>).</summary>
    public IReadOnlyList<RecordedRequest> Listings(string containerType) =>
        [.. Emulator.Requests.Where(r => r.Path == ListPath && Param(r, "container_id_type") == containerType)];

    public IReadOnlyList<RecordedRequest> ReactionRequests() =>
        [.. Emulator.Requests.Where(r => r.Path == "/open-apis/im/v1/messages/reactions/batch_query")];

    public IReadOnlyList<RecordedRequest> ResourceRequests(string? key = null) =>
        [.. Emulator.Requests.Where(r => r.Path.Contains("/resources/", StringComparison.Ordinal) && (key is null || r.Path.EndsWith("/" + key, StringComparison.Ordinal)))];

    /// <summary>A request's query parameters, each with every value it was given.</summary>
    public static IReadOnlyDictionary<string, IReadOnlyList<string>> Query(RecordedRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        var values = new Dictionary<string, List<string>>(StringComparer.Ordinal);
        foreach (var pair in request.QueryString.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var at = pair.IndexOf('=', StringComparison.Ordinal);
            var key = Unescape(at < 0 ? pair : pair[..at]);
            var value = at < 0 ? "" : Unescape(pair[(at + 1)..]);
            if (!values.TryGetValue(key, out var list))
                values[key] = list = [];
            list.Add(value);
        }

        return values.ToDictionary(p => p.Key, p => (IReadOnlyList<string>)p.Value, StringComparer.Ordinal);
    }

    /// <summary>The single value of a query parameter, or null.</summary>
    public static string? Param(RecordedRequest request, string name) =>
        Query(request).TryGetValue(name, out var values) && values.Count > 0 ? values[0] : null;

    public static JsonArray Messages(CliRun run) => run.Json["data"]!["messages"]!.AsArray();

    public static JsonObject Message(CliRun run, string messageId) =>
        Messages(run).OfType<JsonObject>().Single(m => (string?)m["message_id"] == messageId);

    public static IReadOnlyList<string> MessageIds(CliRun run) =>
        [.. Messages(run).Select(m => (string)m!["message_id"]!)];

    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync();
        Work.Dispose();
        Home.Dispose();
    }

    private static string Unescape(string text) => Uri.UnescapeDataString(text.Replace('+', ' '));
}
