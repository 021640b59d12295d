using System.Reactive.Linq;
using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;
using Lark.Resources.Rules.Batch;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Names;
using Lark.Resources.Shell;
using Lark.Resources.Shell.Batch;

namespace Lark.Resources.Integration.Shell;

/// <summary>Many resources into one directory: each once, N at a time, reused on a rerun, failures apart.</summary>
public sealed class DownloadBatchTests
{
    private static BatchItem Item(string messageId, string fileKey, string type, string? name = null) => new(
        MessageId.Parse(messageId).Value, FileKey.Parse(fileKey).Value, ResourceTypes.Parse(type).Value, OutputPath.Parse(name ?? fileKey).Value);

    private static BatchItem[] Mixed =>
    [
        Item(DemoData.ImageMessageId, DemoData.ImageKey, "image"),
        Item(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file"),
        Item(DemoData.NoAccessMessageId, DemoData.NoAccessKey, "file"),
        Item(DemoData.MergeForwardMessageId, DemoData.MergedFileKey, "file"),
    ];

    private static async IAsyncEnumerable<BatchItem> Stream(params BatchItem[] items)
    {
        foreach (var item in items)
        {
            await Task.Yield();
            yield return item;
        }
    }

    private static BatchOptions Options(EngineHarness h, int concurrency = 3) => new() { Directory = h.Directory.File("resources"), Concurrency = concurrency };

    [Fact]
    public async Task Every_item_is_saved_or_failed_in_order_and_a_failure_does_not_stop_the_others()
    {
        await using var h = await EngineHarness.StartAsync();

        var outcomes = await h.Client.DownloadBatchAsync(Stream(Mixed), Options(h));

        Assert.Equal(Mixed, outcomes.Select(o => o.Item));
        var saved = outcomes.OfType<BatchOutcome.Saved>().ToArray();
        Assert.Equal(3, saved.Length);
        Assert.All(saved, s => Assert.Equal(Expected.FileSha(s.SavedPath), s.Sha256));
        Assert.All(saved, s => Assert.False(s.Reused));
        Assert.Equal("img_v3_demo_gradient.png", saved[0].RelativePath);
        var failed = Assert.Single(outcomes.OfType<BatchOutcome.Failed>());
        Assert.Equal((ErrorCategory.Authorization, 234002), (failed.Failure.Category, failed.Failure.LarkCode));
        Assert.True(File.Exists(h.Directory.File("resources/" + BatchOptions.DefaultIndexFileName)));
    }

    [Fact]
    public async Task A_rerun_sends_no_request_for_what_is_saved_and_retries_what_failed()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.Client.DownloadBatchAsync(Stream(Mixed), Options(h));
        h.Emulator.ClearRequests();

        var again = await h.Client.DownloadBatchAsync(Stream(Mixed), Options(h));

        Assert.All(again.OfType<BatchOutcome.Saved>(), s => Assert.True(s.Reused));
        Assert.Equal(3, again.OfType<BatchOutcome.Saved>().Count());
        // Only the failed one is asked for again.
        var resourceRequests = h.Emulator.Requests.Where(r => r.Path.Contains("/resources/", StringComparison.Ordinal)).ToArray();
        Assert.NotEmpty(resourceRequests);
        Assert.All(resourceRequests, r => Assert.Contains(DemoData.NoAccessKey, r.Path, StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_batch_ends_with_its_index_whole_and_no_journal_beside_it()
    {
        await using var h = await EngineHarness.StartAsync();

        var outcomes = await h.Client.DownloadBatchAsync(Stream(Mixed), Options(h));

        var index = SavedResourceIndex.FromJson(File.ReadAllBytes(h.Directory.File("resources/" + BatchOptions.DefaultIndexFileName)));
        Assert.Equal(outcomes.OfType<BatchOutcome.Saved>().Select(s => s.Item.FileKey.Value).Order(), index.Entries.Select(e => e.FileKey).Order());
        Assert.False(File.Exists(h.Directory.File("resources/" + BatchOptions.DefaultIndexFileName + ".journal")));
    }

    [Fact]
    public async Task A_journal_left_by_a_run_that_did_not_end_is_trusted_up_to_its_last_whole_line_and_folded()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.Client.DownloadBatchAsync(Stream(Mixed), Options(h));
        var indexPath = h.Directory.File("resources/" + BatchOptions.DefaultIndexFileName);
        var saved = SavedResourceIndex.FromJson(File.ReadAllBytes(indexPath)).Entries.OrderBy(e => e.FileKey, StringComparer.Ordinal).ToArray();
        Assert.Equal(3, saved.Length);
        // As a crash leaves them: the snapshot knows the first, the journal the others and half a line.
        File.WriteAllBytes(indexPath, SavedResourceIndex.Empty.With(saved[0]).ToJson());
        File.WriteAllBytes(indexPath + ".journal", [.. saved.Skip(1).SelectMany(SavedResourceIndex.JournalLine), .. "{\"message_id\":\"om_"u8]);
        h.Emulator.ClearRequests();

        var again = await h.Client.DownloadBatchAsync(Stream(Mixed), Options(h));

        Assert.Equal(3, again.OfType<BatchOutcome.Saved>().Count(s => s.Reused));
        Assert.All(h.Emulator.Requests.Where(r => r.Path.Contains("/resources/", StringComparison.Ordinal)), r => Assert.Contains(DemoData.NoAccessKey, r.Path, StringComparison.Ordinal));
        Assert.Equal(saved, SavedResourceIndex.FromJson(File.ReadAllBytes(indexPath)).Entries.OrderBy(e => e.FileKey, StringComparer.Ordinal));
        Assert.False(File.Exists(indexPath + ".journal"));
    }

    [Fact]
    public async Task A_journal_that_cannot_be_read_is_left_alone_and_the_index_is_kept_whole_instead()
    {
        await using var h = await EngineHarness.StartAsync();
        var resources = h.Directory.File("resources");
        Directory.CreateDirectory(resources);
        var elsewhere = h.Directory.File("elsewhere.txt");
        File.WriteAllText(elsewhere, "not the journal");
        var journal = Path.Join(resources, BatchOptions.DefaultIndexFileName + ".journal");
        File.CreateSymbolicLink(journal, elsewhere);

        var outcomes = await h.Client.DownloadBatchAsync(Stream(Mixed), Options(h));

        // Nothing written through the link, nothing deleted; every saved resource is in the index all the same.
        Assert.Equal("not the journal", File.ReadAllText(elsewhere));
        Assert.NotNull(new FileInfo(journal).LinkTarget);
        var index = SavedResourceIndex.FromJson(File.ReadAllBytes(Path.Join(resources, BatchOptions.DefaultIndexFileName)));
        Assert.Equal(outcomes.OfType<BatchOutcome.Saved>().Select(o => o.Item.FileKey.Value).Order(), index.Entries.Select(e => e.FileKey).Order());
    }

    [Fact]
    public async Task A_saved_file_that_went_missing_or_changed_size_is_downloaded_again()
    {
        await using var h = await EngineHarness.StartAsync();
        var items = new[] { Item(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file"), Item(DemoData.ImageMessageId, DemoData.ImageKey, "image") };
        var first = await h.Client.DownloadBatchAsync(Stream(items), Options(h));
        var saved = first.Cast<BatchOutcome.Saved>().ToArray();
        File.Delete(saved[0].SavedPath);
        File.AppendAllText(saved[1].SavedPath, "tampered");
        h.Emulator.ClearRequests();

        var again = (await h.Client.DownloadBatchAsync(Stream(items), Options(h))).Cast<BatchOutcome.Saved>().ToArray();

        Assert.All(again, s => Assert.False(s.Reused));
        Assert.Equal(saved.Select(s => s.Sha256), again.Select(s => s.Sha256));
        Assert.All(again, s => Assert.Equal(s.Sha256, Expected.FileSha(s.SavedPath)));
    }

    [Fact]
    public async Task The_same_resource_listed_twice_is_downloaded_once()
    {
        await using var h = await EngineHarness.StartAsync();
        var twice = Item(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file");

        var outcomes = await h.Client.DownloadBatchAsync(Stream(twice, twice), Options(h));

        Assert.Equal(2, outcomes.Count);
        Assert.Same(outcomes[0], outcomes[1]);
        Assert.Equal(1, h.ResourceRequests());
    }

    [Fact]
    public async Task A_file_the_index_does_not_know_is_left_alone_unless_replacing_is_allowed()
    {
        await using var h = await EngineHarness.StartAsync();
        Directory.CreateDirectory(h.Directory.File("resources"));
        var name = h.Directory.File("resources/notes.pdf");
        File.WriteAllText(name, "mine");
        var item = Item(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file", "notes.pdf");

        var refused = Assert.IsType<BatchOutcome.Failed>(Assert.Single(await h.Client.DownloadBatchAsync(Stream(item), Options(h))));
        Assert.Equal((ErrorCategory.Validation, ErrorSubtype.FailedPrecondition), (refused.Failure.Category, refused.Failure.Subtype));
        Assert.Equal("mine", File.ReadAllText(name));

        var replaced = await h.Client.DownloadBatchAsync(Stream(item), Options(h) with { ReplaceUnknownFiles = true });
        Assert.IsType<BatchOutcome.Saved>(Assert.Single(replaced));
        Assert.NotEqual("mine", File.ReadAllText(name));
    }

    [Fact]
    public async Task The_observable_reports_each_outcome_and_completes_after_the_last()
    {
        await using var h = await EngineHarness.StartAsync();

        var snapshots = await h.Client.DownloadBatch(Stream(Mixed), Options(h, concurrency: 2)).ToList();

        var outcomes = snapshots.Where(s => s.Outcome is not null).ToArray();
        Assert.Equal(4, outcomes.Length);
        Assert.Equal([1, 2, 3, 4], outcomes.Select(s => s.Finished));
        Assert.Contains(snapshots, s => s.Download is { Stage: DownloadStage.Receiving or DownloadStage.Requesting });
    }

    [Theory]
    [InlineData(0)]
    [InlineData(17)]
    public async Task A_concurrency_outside_one_to_sixteen_is_refused_before_any_request(int concurrency)
    {
        await using var h = await EngineHarness.StartAsync();

        var error = await Assert.ThrowsAsync<LarkException>(() => h.Client.DownloadBatchAsync(Stream(Mixed), Options(h, concurrency)));

        Assert.Equal((ErrorCategory.Validation, InputField.ResourceConcurrency), (error.Category, error.Input));
        Assert.Empty(h.Emulator.Requests);
    }

    private sealed class ThrowingObserver : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value)
        {
            if (value.Outcome is not null)
                throw new InvalidOperationException("the observer broke");
        }
    }

    [Fact]
    public async Task An_observer_that_throws_fails_the_batch_even_while_items_are_still_coming()
    {
        await using var h = await EngineHarness.StartAsync();
        // Items that never end, as a listing still reading its pages: the batch must not wait for them.
        var items = System.Threading.Channels.Channel.CreateUnbounded<BatchItem>();
        items.Writer.TryWrite(Item(DemoData.ImageMessageId, DemoData.ImageKey, "image"));

        var run = h.Client.DownloadBatchAsync(items.Reader.ReadAllAsync(), Options(h, concurrency: 1), new ThrowingObserver());

        var error = await Assert.ThrowsAsync<InvalidOperationException>(() => run.WaitAsync(TimeSpan.FromMinutes(1)));
        Assert.Equal("the observer broke", error.Message);
    }
}
