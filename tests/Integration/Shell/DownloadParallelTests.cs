using Lark.Emulator.Faults;
using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Ranges;
using Lark.Resources.Shell;

namespace Lark.Resources.Integration.Shell;

public class DownloadParallelTests
{
    private static readonly string LargeSha = Expected.Sha(DemoData.LargeFileSeed, DemoData.LargeFileSize);
    private static readonly ChunkPlanOptions SmallChunks = new() { ProbeSize = 128 * 1024, ChunkSize = 1024 * 1024 };

    private static DownloadRequest Large(EngineHarness h, int concurrency, ChunkPlanOptions? plan = null) =>
        h.Request(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file", plan: plan) with { Concurrency = concurrency };

    [Fact]
    public async Task Four_segments_fetch_the_same_ranges_as_the_sequential_plan_and_the_right_bytes()
    {
        await using var h = await EngineHarness.StartAsync();
        var result = await h.Client.DownloadAsync(Large(h, 4));

        Assert.Equal(LargeSha, result.Sha256);
        Assert.Equal(LargeSha, Expected.FileSha(result.SavedPath));
        var ranges = h.ResourceRanges();
        Assert.Equal("bytes=0-131071", ranges[0]);
        Assert.Equal(new[] { "bytes=131072-8519679", "bytes=8519680-16908287", "bytes=16908288-20983864" }.Order(StringComparer.Ordinal), ranges.Skip(1).Order(StringComparer.Ordinal));
        Assert.Equal([DemoData.LargeFileName], h.Directory.Entries());
    }

    [Fact]
    public async Task Segments_run_at_the_same_time()
    {
        await using var h = await EngineHarness.StartAsync(configure: o => o with { IdleTimeout = TimeSpan.FromSeconds(30) });
        var armed = 0;
        var progress = new SyncProgress(p =>
        {
            if (p.BytesDone >= 131072 && Interlocked.Exchange(ref armed, 1) == 0)
                h.Emulator.Faults.Add(new FaultRule { FileKey = DemoData.LargeFileKey, Kind = FaultKind.Stall, Count = 1 });
        });

        var download = h.Client.DownloadAsync(Large(h, 4, SmallChunks), progress);
        // One segment stalls after its headers (the emulator logs it only once dropped). Sequentially nothing else
        // could happen until the idle timeout; in parallel the probe and the other 19 segments finish meanwhile.
        await Eventually.TrueAsync(() => h.ResourceRequests() == 20, "the probe and the 19 segments that did not stall");
        h.Clock.Advance(TimeSpan.FromSeconds(31));
        var result = await download;

        Assert.Equal(LargeSha, result.Sha256);
        // The stalled one, dropped, then asked again (22). The emulator logs an answer once it is written, which can be
        // before the client has read it; jumping the clock past the idle timeout may then also time out such a read,
        // which is asked again too. What matters here happened before the jump: 20 answers while one segment stalled.
        Assert.InRange(h.ResourceRequests(), 22, 22 + 19);
        Assert.True(h.Emulator.Requests.Select(r => r.ConnectionId).Distinct().Count() > 1, "segments used more than one connection");
    }

    [Fact]
    public async Task A_dropped_segment_resumes_from_its_last_verified_byte()
    {
        await using var h = await EngineHarness.StartAsync();
        var armed = false;
        var progress = new SyncProgress(p =>
        {
            if (!armed && p.BytesDone >= 131072)
            {
                armed = true;
                h.Emulator.Faults.Add(new FaultRule { FileKey = DemoData.LargeFileKey, Kind = FaultKind.DropConnection, Bytes = 3_500_000, Count = 1 });
            }
        });

        var result = await h.Client.DownloadAsync(Large(h, 3), progress);

        Assert.Equal(LargeSha, result.Sha256);
        var ranges = h.ResourceRanges();
        Assert.Equal(5, ranges.Count);
        Assert.Contains(ranges, r => !r.StartsWith("bytes=0-", StringComparison.Ordinal) && !r.EndsWith("-8519679", StringComparison.Ordinal) is false && r != "bytes=131072-8519679"
            || (r.StartsWith("bytes=", StringComparison.Ordinal) && r.Split('-')[0] is var first && first is not ("bytes=0" or "bytes=131072" or "bytes=8519680" or "bytes=16908288")));
    }

    [Fact]
    public async Task A_business_error_in_one_segment_stops_all_and_keeps_the_verified_prefix()
    {
        await using var h = await EngineHarness.StartAsync();
        var armed = false;
        var progress = new SyncProgress(p =>
        {
            if (!armed && p.BytesDone >= 131072)
            {
                armed = true;
                h.Emulator.Faults.Add(new FaultRule { FileKey = DemoData.LargeFileKey, Kind = FaultKind.Status, StatusCode = 401, LarkCode = 234002 });
            }
        });

        var error = await Assert.ThrowsAsync<LarkException>(() => h.Client.DownloadAsync(Large(h, 4), progress));

        Assert.Equal(234002, error.LarkCode);
        Assert.Equal(ErrorCategory.Authorization, error.Category);
        Assert.True(h.ResourceRequests() <= 4, $"{h.ResourceRequests()} requests: a business error must not be retried");
        Assert.Empty(h.Directory.Visible());

        h.Emulator.Faults.Clear();
        h.Emulator.ClearRequests();
        var result = await h.Client.DownloadAsync(Large(h, 4));
        Assert.Equal(LargeSha, result.Sha256);
        Assert.Equal(131072, result.ResumedFrom);
    }

    [Fact]
    public async Task Concurrency_stays_inside_the_apps_rate_limit()
    {
        // Real time here: the emulator counts requests per wall-clock second, and a virtual clock that jumps while
        // requests are in flight would move them between its windows.
        await using var emulator = await Lark.Emulator.LarkEmulator.StartAsync(new Lark.Emulator.EmulatorOptions
        {
            RateLimit = new Lark.Emulator.RateLimiting.RateLimitOptions { Enabled = true, PerSecond = 10, PerMinute = 1000 },
        });
        using var directory = new TempDirectory();
        using var client = LarkClient.ForBot(new LarkClientOptions { OpenBaseUrl = emulator.BaseUrl, MaxRequestsPerSecond = 8 }, DemoData.AppId, DemoData.AppSecret);

        var result = await client.DownloadAsync(DownloadRequest.Parse(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file").Value with
        {
            Directory = directory.Path,
            Concurrency = 8,
            Plan = new ChunkPlanOptions { ChunkSize = 2 * 1024 * 1024 },
        });

        Assert.Equal(LargeSha, result.Sha256);
        Assert.Equal(11, emulator.Requests.Count(r => r.Path.Contains("/resources/", StringComparison.Ordinal)));
        Assert.DoesNotContain(emulator.Requests, r => r.StatusCode == 429);
    }
}
