using Lark.Resources.Rules.Errors;
using Lark.Emulator.Faults;
using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;
using Lark.Resources.Shell;

namespace Lark.Resources.Integration.Shell;

public class DownloadFaultTests
{
    private static readonly string LargeSha = Expected.Sha(DemoData.LargeFileSeed, DemoData.LargeFileSize);

    private static async Task<DownloadResult> Large(EngineHarness h, IProgress<DownloadProgress>? progress = null) =>
        await h.Client.DownloadAsync(h.Request(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file"), progress);

    [Fact]
    public async Task Dropped_connection_mid_chunk_resumes_from_the_last_verified_byte()
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

        var result = await Large(h, progress);

        var ranges = h.ResourceRanges();
        Assert.Equal(LargeSha, result.Sha256);
        Assert.Equal("bytes=131072-8519679", ranges[1]);
        var resumedAt = long.Parse(ranges[2]["bytes=".Length..ranges[2].IndexOf('-', StringComparison.Ordinal)], System.Globalization.CultureInfo.InvariantCulture);
        Assert.Equal(131072 + 3_500_000, resumedAt); // every byte that arrived before the drop was kept
        Assert.EndsWith("-8519679", ranges[2], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dropped_connection_mid_image_retries_the_image()
    {
        await using var h = await EngineHarness.StartAsync();
        h.Emulator.Faults.Add(new FaultRule { FileKey = DemoData.ImageKey, Kind = FaultKind.DropConnection, Bytes = 100, Count = 1 });

        var result = await h.Client.DownloadAsync(h.Request(DemoData.ImageMessageId, DemoData.ImageKey, "image"));

        Assert.Equal(Expected.Sha(DemoData.GradientPng.Span), result.Sha256);
        Assert.Equal(2, h.ResourceRequests());
    }

    [Fact]
    public async Task Server_error_then_success()
    {
        await using var h = await EngineHarness.StartAsync();
        h.Emulator.Faults.Add(new FaultRule { FileKey = DemoData.SmallFileKey, Kind = FaultKind.Status, StatusCode = 500, Count = 1 });

        var result = await h.Client.DownloadAsync(h.Request(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file"));

        Assert.Equal(Expected.Sha(DemoData.SmallFileSeed, DemoData.SmallFileSize), result.Sha256);
        Assert.Equal(2, h.ResourceRequests());
        Assert.Single(h.Clock.Delays, d => d >= TimeSpan.FromMilliseconds(250) && d <= TimeSpan.FromMilliseconds(500));
    }

    [Fact]
    public async Task Rate_limit_waits_for_the_servers_reset()
    {
        await using var h = await EngineHarness.StartAsync(rateLimit: true);
        h.Emulator.SetRateLimit(new Lark.Emulator.RateLimiting.RateLimitOptions { Enabled = true, PerSecond = 2, PerMinute = 1000 });

        var result = await Large(h);

        Assert.Equal(LargeSha, result.Sha256);
        Assert.Contains(h.Emulator.Requests, r => r.StatusCode == 429);
        // x-ogw-ratelimit-reset: 1 (the virtual clock starts on a whole second) plus the fixed jitter of draw 0.5;
        // plain backoff with that draw would wait 375 ms.
        Assert.Contains(TimeSpan.FromMilliseconds(1125), h.Clock.Delays);
    }

    [Fact]
    public async Task Idle_timeout_is_not_a_deadline_on_the_whole_body()
    {
        await using var h = await EngineHarness.StartAsync(configure: o => o with { IdleTimeout = TimeSpan.FromSeconds(2) });
        h.Emulator.Faults.BandwidthBytesPerSecond = 2_000_000;
        var started = h.Clock.GetUtcNow();

        var result = await Large(h);

        Assert.Equal(LargeSha, result.Sha256);
        Assert.True(h.Clock.GetUtcNow() - started > TimeSpan.FromSeconds(8), "the body took far longer than the idle timeout");
        Assert.Equal(4, h.ResourceRequests()); // no timeout, no retry
    }

    [Fact]
    public async Task Ignored_range_restarts_at_zero_and_says_so()
    {
        await using var h = await EngineHarness.StartAsync();
        var stages = new List<DownloadStage>();
        var armed = false;
        var progress = new SyncProgress(p =>
        {
            stages.Add(p.Stage);
            if (!armed && p.BytesDone >= 131072)
            {
                armed = true;
                h.Emulator.Faults.Add(new FaultRule { FileKey = DemoData.LargeFileKey, Kind = FaultKind.IgnoreRange, Count = 1 });
            }
        });

        var result = await Large(h, progress);

        Assert.Equal(LargeSha, result.Sha256);
        Assert.Contains(DownloadStage.Restarted, stages);
        Assert.Equal(["bytes=0-131071", "bytes=131072-8519679"], h.ResourceRanges());
        Assert.Equal(200, h.Emulator.Requests.Last(r => r.Path.Contains("/resources/", StringComparison.Ordinal)).StatusCode);
    }

    [Fact]
    public async Task Wrong_start_is_refused_and_asked_again()
    {
        await using var h = await EngineHarness.StartAsync();
        h.Emulator.Faults.Add(new FaultRule { FileKey = DemoData.LargeFileKey, Kind = FaultKind.ShiftRange, Bytes = 100, Count = 1 });

        var result = await Large(h);

        Assert.Equal(LargeSha, result.Sha256);
        Assert.Equal(["bytes=0-131071", "bytes=0-131071"], h.ResourceRanges().Take(2));
    }

    [Fact]
    public async Task Short_answer_is_completed_by_asking_for_the_rest()
    {
        await using var h = await EngineHarness.StartAsync();
        h.Emulator.Faults.Add(new FaultRule { FileKey = DemoData.LargeFileKey, Kind = FaultKind.ShortRange, Bytes = 31072, Count = 1 });

        var result = await Large(h);

        Assert.Equal(LargeSha, result.Sha256);
        Assert.Equal(["bytes=0-131071", "bytes=100000-131071", "bytes=131072-8519679"], h.ResourceRanges().Take(3));
    }

    [Fact]
    public async Task Body_longer_than_its_range_is_dropped_and_asked_again()
    {
        await using var h = await EngineHarness.StartAsync();
        h.Emulator.Faults.Add(new FaultRule { FileKey = DemoData.LargeFileKey, Kind = FaultKind.LongBody, Bytes = 10, Count = 1 });

        var result = await Large(h);

        Assert.Equal(LargeSha, result.Sha256);
        Assert.Equal(["bytes=0-131071", "bytes=0-131071"], h.ResourceRanges().Take(2));
    }

    [Fact]
    public async Task Changed_total_starts_over_and_ends_with_the_right_file()
    {
        await using var h = await EngineHarness.StartAsync();
        h.Emulator.Faults.Add(new FaultRule { FileKey = DemoData.LargeFileKey, Kind = FaultKind.WrongTotal, Bytes = 7, Count = 1 });

        var result = await Large(h);

        Assert.Equal(LargeSha, result.Sha256);
        Assert.Equal(DemoData.LargeFileSize, new FileInfo(result.SavedPath).Length);
    }

    [Fact]
    public async Task Encoded_body_is_refused_and_asked_again()
    {
        await using var h = await EngineHarness.StartAsync();
        h.Emulator.Faults.Add(new FaultRule { FileKey = DemoData.LargeFileKey, Kind = FaultKind.EncodedBody, Count = 1 });

        var result = await Large(h);

        Assert.Equal(LargeSha, result.Sha256);
        Assert.Equal(["bytes=0-131071", "bytes=0-131071"], h.ResourceRanges().Take(2));
    }

    [Fact]
    public async Task Stalled_answer_hits_the_idle_timeout_and_is_retried()
    {
        await using var h = await EngineHarness.StartAsync(configure: o => o with { IdleTimeout = TimeSpan.FromSeconds(30) });
        h.Emulator.Faults.Add(new FaultRule { FileKey = DemoData.SmallFileKey, Kind = FaultKind.Stall, Count = 1 });

        var download = h.Client.DownloadAsync(h.Request(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file"));
        // The emulator logs a stalled request once the client drops it: move virtual time until that happens.
        while (!download.IsCompleted && h.ResourceRequests() == 0)
        {
            h.Clock.Advance(TimeSpan.FromSeconds(31));
            await Task.WhenAny(download, Task.Delay(20));
        }

        var result = await download;
        Assert.Equal(Expected.Sha(DemoData.SmallFileSeed, DemoData.SmallFileSize), result.Sha256);
        Assert.Equal(2, h.ResourceRequests());
    }

    [Fact]
    public async Task Persistent_server_errors_end_in_a_classified_error_after_a_bounded_number_of_requests()
    {
        await using var h = await EngineHarness.StartAsync();
        h.Emulator.Faults.Add(new FaultRule { FileKey = DemoData.SmallFileKey, Kind = FaultKind.Status, StatusCode = 503 });

        var error = await Assert.ThrowsAsync<LarkException>(() => h.Client.DownloadAsync(h.Request(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file")));

        Assert.Equal((ErrorCategory.Network, ErrorSubtype.ServerError, true), (error.Category, error.Subtype, error.Retryable));
        Assert.Equal(7, h.ResourceRequests());
        Assert.Empty(h.Directory.Entries());
    }
}
