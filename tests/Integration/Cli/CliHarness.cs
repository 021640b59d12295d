using System.Text.Json.Nodes;
using Lark.Cli.Hosting;
using Lark.Emulator;
using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;

namespace Lark.Resources.Integration.Cli;

/// <summary>
/// The CLI in-process against an in-process emulator on loopback, with HOME, config and data directories in a temp
/// directory and virtual time shared by both. Every run is checked for leaked secrets.
/// </summary>
public sealed class CliHarness : IAsyncDisposable
{
    private CliHarness(LarkEmulator emulator, TestClock clock, TempDirectory directory)
    {
        Emulator = emulator;
        Clock = clock;
        Directory = directory;
        Secrets.Add(DemoData.AppSecret);
        Environment = new Dictionary<string, string>(StringComparer.Ordinal)
        {
            ["HOME"] = directory.File("home"),
            ["LARKSUITE_CLI_CONFIG_DIR"] = ConfigDir,
            ["LARKSUITE_CLI_DATA_DIR"] = DataDir,
            ["LARKSUITE_CLI_OPEN_BASE_URL"] = emulator.BaseUrl.ToString(),
            ["LARKSUITE_CLI_ACCOUNTS_BASE_URL"] = emulator.BaseUrl.ToString(),
        };
        System.IO.Directory.CreateDirectory(WorkDir);
    }

    public LarkEmulator Emulator { get; }

    public TestClock Clock { get; }

    public TempDirectory Directory { get; }

    public Dictionary<string, string> Environment { get; }

    /// <summary>Strings that must never appear in any output.</summary>
    public List<string> Secrets { get; } = [];

    public string ConfigDir => Directory.File("config");

    public string DataDir => Directory.File("data");

    public string StoreDir => Path.Join(DataDir, "lark-cli");

    public string ConfigPath => Path.Join(ConfigDir, "config.json");

    public string WorkDir => Directory.File("work");

    public static async Task<CliHarness> StartAsync(int? autoApproveAfter = 2, int deviceInterval = 5)
    {
        var clock = new TestClock();
        var emulator = await LarkEmulator.StartAsync(new EmulatorOptions
        {
            Time = clock,
            AutoApproveDeviceAfterPolls = autoApproveAfter,
            DeviceIntervalSeconds = deviceInterval,
            RateLimit = new Lark.Emulator.RateLimiting.RateLimitOptions { Enabled = false },
        });
        return new CliHarness(emulator, clock, new TempDirectory());
    }

    public Task<CliRun> RunAsync(string[] args, string? stdin = null, HttpMessageHandler? handler = null, bool inputIsTerminal = false)
    {
        var host = new CliHost
        {
            Environment = new Dictionary<string, string>(Environment, StringComparer.Ordinal),
            WorkingDirectory = WorkDir,
            Out = new StringWriter(),
            Error = new StringWriter(),
            In = new StringReader(stdin ?? ""),
            InputIsTerminal = inputIsTerminal,
            Time = Clock,
            HttpHandler = handler,
        };
        return CliRun.RunWithoutLeaksAsync(host, Secrets, args);
    }

    public Task<CliRun> RunAsync(params string[] args) => RunAsync(args, null);

    /// <summary>An official config.json with the demo app, its secret in the store as the official CLI keeps it.</summary>
    public void ConfigureDemoApp(string extraAppFields = "", string extraTop = "", string users = "")
    {
        OfficialStore.Write(StoreDir, $"appsecret:{DemoData.AppId}", DemoData.AppSecret);
        WriteConfig($$"""
            {
              {{extraTop}}
              "currentApp": "demo",
              "apps": [
                {
                  "name": "demo",
                  "appId": "{{DemoData.AppId}}",
                  "appSecret": { "source": "keychain", "id": "appsecret:{{DemoData.AppId}}" },
                  "brand": "feishu",
                  {{extraAppFields}}
                  "users": [{{users}}]
                }
              ]
            }
            """);
    }

    public void WriteConfig(string json)
    {
        System.IO.Directory.CreateDirectory(ConfigDir);
        File.WriteAllText(ConfigPath, json);
    }

    public JsonObject ReadConfig() => (JsonObject)JsonNode.Parse(File.ReadAllText(ConfigPath))!;

    /// <summary>Real user tokens from the emulator (device flow approved at once), registered as secrets.</summary>
    public async Task<(string Access, string Refresh)> IssueUserTokensAsync()
    {
        var pair = await EmulatorTokens.UserAsync(Emulator);
        Secrets.Add(pair.Access);
        Secrets.Add(pair.Refresh);
        return pair;
    }

    /// <summary>The demo app configured with the demo user logged in; the access token expires after <paramref name="validFor"/>.</summary>
    public async Task<(string Access, string Refresh)> LogInDemoUserAsync(TimeSpan validFor, string extraAppFields = "")
    {
        var (access, refresh) = await IssueUserTokensAsync();
        var now = Clock.GetUtcNow();
        ConfigureDemoApp(extraAppFields, users: $$"""{ "userOpenId": "{{DemoData.UserOpenId}}", "userName": "{{DemoData.UserName}}" }""");
        OfficialStore.Write(StoreDir, $"{DemoData.AppId}:{DemoData.UserOpenId}",
            OfficialStore.Login(DemoData.AppId, DemoData.UserOpenId, access, refresh, now + validFor, now + TimeSpan.FromDays(7), "im:message:readonly offline_access", now - TimeSpan.FromHours(1)));
        return (access, refresh);
    }

    public static string[] DryRun(params string[] extra) =>
        ["im", "+messages-resources-download", "--message-id", DemoData.SmallFileMessageId, "--file-key", DemoData.SmallFileKey, "--type", "file", "--dry-run", .. extra];

    public static string[] Download(params string[] extra) =>
        ["im", "+messages-resources-download", "--message-id", DemoData.SmallFileMessageId, "--file-key", DemoData.SmallFileKey, "--type", "file", .. extra];

    public async ValueTask DisposeAsync()
    {
        await Emulator.DisposeAsync();
        Directory.Dispose();
    }
}
