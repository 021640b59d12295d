using Lark.Emulator.Faults;
using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Shell;
using Lark.Resources.Rules.Download;
using Lark.Resources.Shell.Storage;

namespace Lark.Resources.Integration.Shell;

public class DownloadStorageTests
{
    [Fact]
    public async Task Existing_file_is_refused_and_left_untouched()
    {
        await using var h = await EngineHarness.StartAsync();
        File.WriteAllText(h.Directory.File("notes.pdf"), "mine");

        var error = await Assert.ThrowsAsync<LarkException>(() => h.Client.DownloadAsync(h.Request(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file", output: "notes.pdf")));

        Assert.Equal(ErrorCategory.Validation, error.Category);
        Assert.Equal(ErrorSubtype.FailedPrecondition, error.Subtype);
        Assert.Contains("Overwrite = true", error.Hint, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(h.Directory.File("notes.pdf")));
        Assert.Equal(0, h.ResourceRequests());
    }

    [Fact]
    public async Task Existing_server_named_file_is_refused_before_the_body_and_left_untouched()
    {
        await using var h = await EngineHarness.StartAsync();
        File.WriteAllText(h.Directory.File(DemoData.LargeFileName), "mine");

        var error = await Assert.ThrowsAsync<LarkException>(() => h.Client.DownloadAsync(h.Request(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file")));

        Assert.Equal(ErrorCategory.Validation, error.Category);
        Assert.Equal("mine", File.ReadAllText(h.Directory.File(DemoData.LargeFileName)));
        // The probe's headers named the file; no chunk was asked for (the emulator logs the dropped probe when it notices).
        await Eventually.TrueAsync(() => h.ResourceRequests() == 1, "the probe in the request log");
        Assert.Equal(["bytes=0-131071"], h.ResourceRanges());
        Assert.Equal([DemoData.LargeFileName], h.Directory.Entries());
    }

    [Fact]
    public async Task File_that_appears_during_the_download_is_refused_at_the_commit_and_the_bytes_are_kept()
    {
        await using var h = await EngineHarness.StartAsync();
        var target = h.Directory.File(DemoData.LargeFileName);
        var progress = new SyncProgress(p =>
        {
            if (p.Stage == DownloadStage.Receiving && !File.Exists(target))
                File.WriteAllText(target, "mine");
        });

        var error = await Assert.ThrowsAsync<LarkException>(() => h.Client.DownloadAsync(h.Request(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file"), progress));
        Assert.Equal(ErrorCategory.Validation, error.Category);
        Assert.Equal("mine", File.ReadAllText(target));
        var requests = h.ResourceRequests();

        var result = await h.Client.DownloadAsync(h.Request(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file", overwrite: true));

        // The complete hidden partial is committed as it is, once Lark confirmed its last byte in this run.
        Assert.Equal(requests + 1, h.ResourceRequests());
        Assert.Equal($"bytes={DemoData.LargeFileSize - 1}-{DemoData.LargeFileSize - 1}", h.ResourceRanges()[^1]);
        Assert.Equal(Expected.Sha(DemoData.LargeFileSeed, DemoData.LargeFileSize), Expected.FileSha(target));
        Assert.Equal(DemoData.LargeFileSize, result.ResumedFrom);
        Assert.Equal([DemoData.LargeFileName], h.Directory.Entries());
    }

    [Fact]
    public async Task A_complete_hidden_partial_is_never_committed_without_an_answer_from_lark_in_the_same_run()
    {
        await using var h = await EngineHarness.StartAsync();
        var target = h.Directory.File(DemoData.LargeFileName);
        // A file that appears during the download makes the commit refuse: the complete partial stays hidden.
        var appear = new SyncProgress(p =>
        {
            if (p.Stage == DownloadStage.Receiving && !File.Exists(target))
                File.WriteAllText(target, "mine");
        });
        await Assert.ThrowsAsync<LarkException>(() => h.Client.DownloadAsync(h.Request(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file"), appear));
        var partial = h.Directory.File(PartialFile.NameFor(DemoData.LargeFileKey));
        Assert.Equal(DemoData.LargeFileSize, new FileInfo(partial).Length);
        File.Delete(target);
        h.Emulator.ClearRequests();
        using var wrongSecret = LarkClient.ForBot(h.Client.Options, DemoData.AppId, "not-the-secret");

        var error = await Assert.ThrowsAsync<LarkException>(() => wrongSecret.DownloadAsync(h.Request(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file")));

        Assert.Equal((ErrorCategory.Config, ErrorSubtype.InvalidClient), (error.Category, error.Subtype));
        Assert.False(File.Exists(target));
        Assert.Equal(0, h.ResourceRequests());
    }

    [Fact]
    public async Task Partial_file_that_is_a_symlink_is_refused_and_what_it_points_to_is_untouched()
    {
        await using var h = await EngineHarness.StartAsync();
        using var outside = new TempDirectory();
        File.WriteAllText(outside.File("victim.txt"), "precious");
        File.CreateSymbolicLink(h.Directory.File(PartialFile.NameFor(DemoData.SmallFileKey)), outside.File("victim.txt"));

        var error = await Assert.ThrowsAsync<LarkException>(() => h.Client.DownloadAsync(h.Request(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file")));

        Assert.Equal(ErrorCategory.Internal, error.Category);
        Assert.Contains("symbolic link", error.Message, StringComparison.Ordinal);
        Assert.Equal("precious", File.ReadAllText(outside.File("victim.txt")));
        Assert.Equal(0, h.ResourceRequests());
    }

    [Fact]
    public async Task Overwrite_replaces_an_existing_file()
    {
        await using var h = await EngineHarness.StartAsync();
        File.WriteAllText(h.Directory.File("notes.pdf"), "mine");

        var result = await h.Client.DownloadAsync(h.Request(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file", output: "notes.pdf", overwrite: true));

        Assert.Equal(Expected.Sha(DemoData.SmallFileSeed, DemoData.SmallFileSize), Expected.FileSha(result.SavedPath));
        Assert.Equal(["notes.pdf"], h.Directory.Entries());
    }

    [Fact]
    public async Task Cancellation_mid_chunk_leaves_nothing_under_the_target_name_and_keeps_the_hidden_partial()
    {
        await using var h = await EngineHarness.StartAsync();
        using var cancel = new CancellationTokenSource();
        var progress = new SyncProgress(p =>
        {
            if (p.BytesDone > 1_000_000)
                cancel.Cancel();
        });

        var error = await Assert.ThrowsAsync<DownloadCancelledException>(() => h.Client.DownloadAsync(h.Request(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file"), progress, cancel.Token));

        Assert.True(error.VerifiedBytesKept > 0, error.Message);
        Assert.Equal(cancel.Token, error.CancellationToken);
        Assert.Empty(h.Directory.Visible());
        Assert.Contains(h.Directory.Entries(), e => e.EndsWith(".lark-partial", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Resume_after_a_failure_asks_only_for_the_missing_bytes()
    {
        await using var h = await EngineHarness.StartAsync();
        var armed = false;
        var failing = new SyncProgress(p =>
        {
            if (!armed && p.BytesDone >= 131072)
            {
                armed = true;
                h.Emulator.Faults.Add(new FaultRule { FileKey = DemoData.LargeFileKey, Kind = FaultKind.DropConnection, Bytes = 3_500_000, Count = 1 });
                h.Emulator.Faults.Add(new FaultRule { FileKey = DemoData.LargeFileKey, Kind = FaultKind.Status, StatusCode = 503 });
            }
        });

        var first = await Assert.ThrowsAsync<LarkException>(() => h.Client.DownloadAsync(h.Request(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file"), failing));
        Assert.Contains("resume", first.Hint, StringComparison.Ordinal);
        Assert.Empty(h.Directory.Visible());

        h.Emulator.Faults.Clear();
        h.Emulator.ClearRequests();
        var result = await h.Client.DownloadAsync(h.Request(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file"));

        Assert.Equal(Expected.Sha(DemoData.LargeFileSeed, DemoData.LargeFileSize), result.Sha256);
        Assert.True(result.ResumedFrom > 131072);
        var firstRange = h.ResourceRanges()[0];
        Assert.StartsWith($"bytes={result.ResumedFrom}-", firstRange, StringComparison.Ordinal);
        Assert.Equal([DemoData.LargeFileName], h.Directory.Entries());
    }

    [Fact]
    public async Task Failure_before_any_byte_leaves_nothing_at_all()
    {
        await using var h = await EngineHarness.StartAsync();
        await Assert.ThrowsAsync<LarkException>(() => h.Client.DownloadAsync(h.Request(DemoData.NoAccessMessageId, DemoData.NoAccessKey, "file", output: "a/b.bin")));
        Assert.Empty(h.Directory.Entries());
    }

    [Fact]
    public async Task Output_through_a_symlink_leading_outside_is_refused_before_any_request()
    {
        await using var h = await EngineHarness.StartAsync();
        using var outside = new TempDirectory();
        Directory.CreateSymbolicLink(h.Directory.File("escape"), outside.Path);

        var error = await Assert.ThrowsAsync<LarkException>(() => h.Client.DownloadAsync(h.Request(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file", output: "escape/x.pdf")));

        Assert.Equal(ErrorCategory.Validation, error.Category);
        Assert.Contains("symbolic link", error.Message, StringComparison.Ordinal);
        Assert.Empty(outside.Entries());
        Assert.Equal(0, h.ResourceRequests());
    }

    [Fact]
    public async Task Output_through_a_link_whose_target_passes_another_link_outside_is_refused()
    {
        await using var h = await EngineHarness.StartAsync();
        using var outside = new TempDirectory();
        Directory.CreateDirectory(outside.File("sub"));
        Directory.CreateSymbolicLink(h.Directory.File("evil"), outside.Path);
        Directory.CreateSymbolicLink(h.Directory.File("x"), "evil/sub"); // relative, through the other link

        var error = await Assert.ThrowsAsync<LarkException>(() => h.Client.DownloadAsync(h.Request(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file", output: "x/y.pdf")));

        Assert.Equal(ErrorCategory.Validation, error.Category);
        Assert.Equal(["sub"], outside.Entries());
        Assert.Equal(0, h.ResourceRequests());
    }

    [Fact]
    public async Task Directory_swapped_for_a_link_during_the_download_is_refused_at_the_commit()
    {
        await using var h = await EngineHarness.StartAsync();
        using var outside = new TempDirectory();
        var swapped = false;
        var progress = new SyncProgress(p =>
        {
            if (p.Stage != DownloadStage.Receiving || swapped)
                return;
            swapped = true;
            Directory.Move(h.Directory.File("a"), h.Directory.File("moved"));
            Directory.CreateSymbolicLink(h.Directory.File("a"), outside.Path);
        });

        var error = await Assert.ThrowsAsync<LarkException>(() =>
            h.Client.DownloadAsync(h.Request(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file", output: "a/x.xlsx"), progress));

        Assert.Equal(ErrorCategory.Internal, error.Category);
        Assert.Empty(outside.Entries()); // nothing written, renamed or recorded through the link
        Assert.DoesNotContain(h.Directory.Entries(), e => e.EndsWith("x.xlsx", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Record_that_claims_more_than_the_partial_holds_is_ignored_and_the_download_starts_over()
    {
        await using var h = await EngineHarness.StartAsync();
        var partial = h.Directory.File(PartialFile.NameFor(DemoData.LargeFileKey));
        File.WriteAllBytes(partial, new byte[1000]);
        File.WriteAllBytes(partial + ".json", new ResumeRecord(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file", DemoData.LargeFileSize, 5000, null, null).ToJson());

        var result = await h.Client.DownloadAsync(h.Request(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file"));

        Assert.Equal(0, result.ResumedFrom);
        Assert.Equal("bytes=0-131071", h.ResourceRanges()[0]);
        Assert.Equal(Expected.Sha(DemoData.LargeFileSeed, DemoData.LargeFileSize), Expected.FileSha(result.SavedPath));
    }

    [Fact]
    public async Task Record_of_another_message_is_ignored_and_the_download_starts_over()
    {
        await using var h = await EngineHarness.StartAsync();
        var partial = h.Directory.File(PartialFile.NameFor(DemoData.LargeFileKey));
        File.WriteAllBytes(partial, new byte[300_000]);
        File.WriteAllBytes(partial + ".json", new ResumeRecord("om_other", DemoData.LargeFileKey, "file", DemoData.LargeFileSize, 300_000, null, null).ToJson());

        var result = await h.Client.DownloadAsync(h.Request(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file"));

        Assert.Equal(0, result.ResumedFrom);
        Assert.Equal(Expected.Sha(DemoData.LargeFileSeed, DemoData.LargeFileSize), Expected.FileSha(result.SavedPath));
    }

    [Fact]
    public async Task Partial_longer_than_its_record_resumes_from_the_record_and_drops_the_rest()
    {
        await using var h = await EngineHarness.StartAsync();
        var partial = h.Directory.File(PartialFile.NameFor(DemoData.LargeFileKey));
        var verified = Lark.Emulator.Content.ResourceBytes.Get(DemoData.LargeFileSeed, 0, 200_000);
        File.WriteAllBytes(partial, [.. verified, .. new byte[50_000]]); // bytes past the record are not proven
        File.WriteAllBytes(partial + ".json", new ResumeRecord(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file", DemoData.LargeFileSize, 200_000, null, null).ToJson());

        var result = await h.Client.DownloadAsync(h.Request(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file"));

        Assert.Equal(200_000, result.ResumedFrom);
        Assert.StartsWith("bytes=200000-", h.ResourceRanges()[0], StringComparison.Ordinal);
        Assert.Equal(Expected.Sha(DemoData.LargeFileSeed, DemoData.LargeFileSize), Expected.FileSha(result.SavedPath));
        Assert.Equal(Expected.Sha(DemoData.LargeFileSeed, DemoData.LargeFileSize), result.Sha256);
    }

    [Fact]
    public async Task Symlink_inside_the_directory_is_followed()
    {
        await using var h = await EngineHarness.StartAsync();
        Directory.CreateDirectory(h.Directory.File("real"));
        Directory.CreateSymbolicLink(h.Directory.File("link"), h.Directory.File("real"));

        var result = await h.Client.DownloadAsync(h.Request(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file", output: "link/x.pdf"));

        Assert.True(File.Exists(h.Directory.File("real/x.pdf")));
        Assert.Equal(Expected.Sha(DemoData.SmallFileSeed, DemoData.SmallFileSize), result.Sha256);
    }

    [Fact]
    public async Task Two_runs_racing_for_one_name_never_produce_a_mixed_file()
    {
        await using var h = await EngineHarness.StartAsync();
        var small = h.Client.DownloadAsync(h.Request(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file", output: "same.bin"));
        var other = h.Client.DownloadAsync(h.Request(DemoData.MediaMessageId, DemoData.MediaFileKey, "file", output: "same.bin"));
        var large = h.Client.DownloadAsync(h.Request(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file", output: "same.bin"));

        var outcomes = await Task.WhenAll(Settle(small), Settle(other), Settle(large));

        Assert.Single(outcomes, o => o is null);
        Assert.All(outcomes.OfType<LarkException>(), e => Assert.Equal(ErrorCategory.Validation, e.Category));
        var sha = Expected.FileSha(h.Directory.File("same.bin"));
        Assert.Contains(sha, new[]
        {
            Expected.Sha(DemoData.SmallFileSeed, DemoData.SmallFileSize),
            Expected.Sha(DemoData.MediaFileSeed, DemoData.MediaFileSize),
            Expected.Sha(DemoData.LargeFileSeed, DemoData.LargeFileSize),
        });
    }

    [Fact]
    public async Task Two_runs_of_one_resource_in_one_directory_do_not_share_the_partial()
    {
        await using var h = await EngineHarness.StartAsync();
        var first = h.Client.DownloadAsync(h.Request(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file", output: "a.xlsx"));
        var second = h.Client.DownloadAsync(h.Request(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file", output: "b.xlsx"));

        var outcomes = await Task.WhenAll(Settle(first), Settle(second));

        // Either both finish one after the other, or the second is refused while the first holds the partial.
        Assert.Contains(outcomes, o => o is null);
        Assert.All(outcomes.OfType<LarkException>(), e => Assert.Equal(ErrorCategory.Internal, e.Category));
        foreach (var name in h.Directory.Visible())
            Assert.Equal(Expected.Sha(DemoData.LargeFileSeed, DemoData.LargeFileSize), Expected.FileSha(h.Directory.File(name)));
    }

    private static async Task<Exception?> Settle(Task task)
    {
        try
        {
            await task;
            return null;
        }
        catch (LarkException e)
        {
            return e;
        }
    }
}
