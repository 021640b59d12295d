using Lark.Emulator.Content;
using Lark.Emulator.Fixtures;
using Lark.Resources.Export.Rules;
using Lark.Resources.Export.Shell;
using Lark.Resources.Integration.Support;

namespace Lark.Resources.Integration.Export;

/// <summary>An export cancelled in the middle of a resource, finished by a rerun; the request rate within Lark's limit.</summary>
public sealed class ResumeExportTests
{
    private sealed class CancelAt(Func<ExportProgress, bool> when, CancellationTokenSource cancel) : IProgress<ExportProgress>
    {
        public ExportProgress? Last { get; private set; }

        public void Report(ExportProgress value)
        {
            Last = value;
            if (when(value) && !cancel.IsCancellationRequested)
                _ = cancel.CancelAsync();
        }
    }

    [Fact]
    public async Task An_export_cancelled_mid_resource_is_finished_by_a_rerun_that_fetches_nothing_twice()
    {
        // Progress on every chunk, so the cancellation lands while the 20 MiB file is on its way.
        await using var h = await EngineHarness.StartAsync(configure: o => o with { ProgressInterval = TimeSpan.Zero });
        var request = new ExportRequest { Source = new ExportSource.Chat(DemoData.ChatId), Directory = h.Directory.File("export"), Zone = TimeZoneInfo.Utc };
        using var cancel = new CancellationTokenSource();
        var progress = new CancelAt(p => p.Bytes >= 3 * 1024 * 1024, cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.Client.ExportAsync(request, progress, cancel.Token));

        // The manifest is true: what it calls ok is there with its size and hash; the large file is not among them.
        var files = new ExportFiles(request.Directory);
        var before = files.ManifestResources;
        var done = before.Where(r => (string?)r["status"] == "ok").Select(r => (string)r["key"]!).ToHashSet();
        foreach (var r in before.Where(r => (string?)r["status"] == "ok"))
            Assert.Equal((string)r["sha256"]!, ExportFiles.Sha256(Path.Join(request.Directory, (string)r["path"]!)));
        Assert.DoesNotContain(DemoData.LargeFileKey, done);
        var firstRun = ExportFiles.Requests(h.Emulator, DemoData.LargeFileKey);
        Assert.NotEmpty(firstRun);

        h.Emulator.ClearRequests();
        var result = await h.Client.ExportAsync(request);

        files.AssertConsistent();
        // No resource saved by the first run is asked for again.
        var asked = ExportFiles.ResourceRequests(h.Emulator).Select(r => r.Path[(r.Path.LastIndexOf('/') + 1)..]).ToHashSet();
        Assert.Empty(asked.Intersect(done));
        Assert.Equal(done.Count, result.Reused);
        // The large file resumes from the bytes it had: the rerun never asks for its start again.
        var resumed = ExportFiles.Requests(h.Emulator, DemoData.LargeFileKey);
        Assert.NotEmpty(resumed);
        Assert.All(resumed, r => Assert.True(Start(r.Range) > 0, $"asked for {r.Range} again"));
        var large = files.Resource(DemoData.LargeFileKey);
        Assert.Equal("ok", (string)large["status"]!);
        Assert.Equal(Convert.ToHexStringLower(ResourceBytes.ComputeSha256(DemoData.LargeFileSeed, DemoData.LargeFileSize)), (string)large["sha256"]!);
        Assert.True(result.Bytes < DemoData.LargeFileSize + 1_000_000, $"the rerun downloaded {result.Bytes} bytes");
        Assert.Equal(34, result.Messages);
    }

    private static long Start(string? range) =>
        range is { } r && r.StartsWith("bytes=", StringComparison.Ordinal) && long.TryParse(r["bytes=".Length..r.IndexOf('-', StringComparison.Ordinal)], out var start) ? start : 0;

    [Fact]
    public async Task A_large_export_keeps_within_fifty_requests_a_second_in_the_emulators_own_count()
    {
        // The emulator refuses the 51st request of any second (and the 1,001st of a minute) with 429 and logs it.
        var fixture = SourceExportTests.SmallLargeChat(400, 150);
        await using var h = await EngineHarness.StartAsync(fixture, o => o with { MaxRequestsPerSecond = new Lark.Resources.Shell.LarkClientOptions().MaxRequestsPerSecond, MaxRequestsPerMinute = new Lark.Resources.Shell.LarkClientOptions().MaxRequestsPerMinute }, rateLimit: true);
        var started = h.Clock.GetUtcNow();

        var result = await h.Client.ExportAsync(new ExportRequest { Source = new ExportSource.Chat(LargeChat.ChatId), Directory = h.Directory.File("large"), Zone = TimeZoneInfo.Utc, ResourceConcurrency = 16 });

        Assert.True(result.ResourcesTotal > 100, $"{result.ResourcesTotal} resources");
        Assert.Equal((result.ResourcesTotal, 0), (result.Downloaded, result.Failed));
        new ExportFiles(result.Directory).AssertConsistent();
        var api = h.Emulator.Requests.Where(r => r.Path.StartsWith("/open-apis/im/", StringComparison.Ordinal)).ToArray();
        Assert.True(api.Length > 150, $"{api.Length} requests");
        Assert.DoesNotContain(api, r => r.StatusCode == 429);
        // Time moved only as the client waited for its turn: at least one second per fifty requests.
        Assert.True(h.Clock.GetUtcNow() - started >= TimeSpan.FromSeconds((api.Length / 50) - 1), $"{api.Length} requests in {h.Clock.GetUtcNow() - started}");
    }
}
