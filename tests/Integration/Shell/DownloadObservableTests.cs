using System.Reactive.Linq;
using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Shell;

namespace Lark.Resources.Integration.Shell;

public class DownloadObservableTests
{
    [Fact]
    public async Task Subscribing_runs_the_download_and_the_last_snapshot_carries_the_result()
    {
        await using var h = await EngineHarness.StartAsync();
        var observable = h.Client.Download(h.Request(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file"));
        Assert.Empty(h.Emulator.Requests);

        var snapshots = await observable.ToList();

        var last = snapshots[^1];
        Assert.Equal(DownloadStage.Completed, last.Stage);
        Assert.Equal(Expected.Sha(DemoData.LargeFileSeed, DemoData.LargeFileSize), last.Result!.Sha256);
        Assert.Equal(DemoData.LargeFileSize, last.TotalBytes);
        Assert.Equal(1.0, last.Fraction);
        Assert.True(snapshots.Zip(snapshots.Skip(1)).All(p => p.Second.BytesDone >= p.First.BytesDone || p.Second.Stage == DownloadStage.Restarted));
        // Bounded rate: the virtual clock does not move while bytes stream, so byte counts are not reported per read.
        Assert.True(snapshots.Count(s => s.Stage == DownloadStage.Receiving) <= 8, $"{snapshots.Count} snapshots");
    }

    [Fact]
    public async Task Errors_arrive_as_typed_exceptions()
    {
        await using var h = await EngineHarness.StartAsync();
        var error = await Assert.ThrowsAsync<LarkException>(async () => await h.Client.Download(h.Request(DemoData.NoAccessMessageId, DemoData.NoAccessKey, "file")).LastAsync());
        Assert.Equal(234002, error.LarkCode);
        Assert.Equal(ErrorCategory.Authorization, error.Category);
    }

    [Fact]
    public async Task Disposing_the_subscription_cancels_and_leaves_nothing_visible()
    {
        await using var h = await EngineHarness.StartAsync();
        var done = new TaskCompletionSource();
        IDisposable? subscription = null;
        subscription = h.Client.Download(h.Request(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file")).Subscribe(
            p =>
            {
                if (p.BytesDone > 1_000_000)
                {
                    subscription?.Dispose();
                    done.TrySetResult();
                }
            },
            e => done.TrySetResult(),
            () => done.TrySetResult());

        await done.Task;
        // Cancellation keeps the verified bytes hidden, with their record, for a resume.
        await Eventually.TrueAsync(() => h.Directory.Entries().Any(e => e.EndsWith(".lark-partial.json", StringComparison.Ordinal)), "the cancelled run to keep its record");
        Assert.Empty(h.Directory.Visible());
    }
}
