using Lark.Emulator;
using Lark.Emulator.Fixtures;
using Lark.Resources.Rules.Ranges;
using Lark.Resources.Shell;

namespace Lark.Resources.Integration.Support;

/// <summary>An emulator on a free loopback port, a bot client pointed at it, virtual time shared by both, and a temp directory.</summary>
public sealed class EngineHarness : IAsyncDisposable
{
    private EngineHarness(LarkEmulator emulator, TestClock clock, TempDirectory directory, LarkClient client)
    {
        Emulator = emulator;
        Clock = clock;
        Directory = directory;
        Client = client;
    }

    public LarkEmulator Emulator { get; }

    public TestClock Clock { get; }

    public TempDirectory Directory { get; }

    public LarkClient Client { get; }

    public static async Task<EngineHarness> StartAsync(EmulatorFixture? fixture = null, Func<LarkClientOptions, LarkClientOptions>? configure = null, bool rateLimit = false)
    {
        var clock = new TestClock();
        var emulator = await LarkEmulator.StartAsync(new EmulatorOptions
        {
            Fixture = fixture ?? DemoData.Fixture,
            Time = clock,
            RateLimit = new Lark.Emulator.RateLimiting.RateLimitOptions { Enabled = rateLimit },
        });
        var options = new LarkClientOptions { OpenBaseUrl = emulator.BaseUrl, AccountsBaseUrl = emulator.BaseUrl, Time = clock, RandomDraw = () => 0.5, MaxRequestsPerSecond = 0 };
        var client = LarkClient.ForBot(configure?.Invoke(options) ?? options, DemoData.AppId, DemoData.AppSecret);
        return new EngineHarness(emulator, clock, new TempDirectory(), client);
    }

    /// <summary>A request as a person types it, checked as the library parses it (a refusal fails the test set-up).</summary>
    public DownloadRequest Request(string messageId, string fileKey, string type, string? output = null, bool overwrite = false, ChunkPlanOptions? plan = null) =>
        DownloadRequest.Parse(messageId, fileKey, type, output).Value with
        {
            Overwrite = overwrite,
            Directory = Directory.Path,
            Plan = plan ?? ChunkPlanOptions.Default,
        };

    /// <summary>The Range headers of the resource requests, in order ("" for none).</summary>
    public IReadOnlyList<string> ResourceRanges() =>
        Emulator.Requests.Where(r => r.Path.Contains("/resources/", StringComparison.Ordinal)).Select(r => r.Range ?? "").ToArray();

    public int ResourceRequests() => ResourceRanges().Count;

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await Emulator.DisposeAsync();
        Directory.Dispose();
    }
}
