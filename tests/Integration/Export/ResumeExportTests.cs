using Lark.Emulator.Content;
using Lark.Emulator.Faults;
using Lark.Emulator.Fixtures;
using Lark.Resources.Export.Rules;
using Lark.Resources.Export.Shell;
using Lark.Resources.Integration.Support;
using Lark.Resources.Shell.Batch;
using Lark.Resources.Rules.Batch;

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
        // The other resources come to under 1 MiB, so 3 MiB means the large file was on its way. The emulator records
        // a request when its answer ends, which for one the client walked away from can be a moment later.
        await Eventually.TrueAsync(() => ExportFiles.Requests(h.Emulator, DemoData.LargeFileKey).Count > 0, "the large file's first-run request");

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

    [Fact]
    public async Task A_large_export_cancelled_midway_fetches_nothing_twice_though_its_manifest_writes_are_batched()
    {
        // 300 resources: the manifest is written every 3 outcomes, so some saved ones are still pending in it.
        await using var h = await EngineHarness.StartAsync(SourceExportTests.SmallLargeChat(400, 300));
        var request = new ExportRequest { Source = new ExportSource.Chat(LargeChat.ChatId), Directory = h.Directory.File("export"), Zone = TimeZoneInfo.Utc };
        using var cancel = new CancellationTokenSource();
        var progress = new CancelAt(p => p.ResourcesDone >= 100, cancel);

        await Assert.ThrowsAnyAsync<OperationCanceledException>(() => h.Client.ExportAsync(request, progress, cancel.Token));

        var files = new ExportFiles(request.Directory);
        var ok = files.ManifestResources.Where(r => (string?)r["status"] == "ok").ToArray();
        foreach (var r in ok)
            Assert.Equal((string)r["sha256"]!, ExportFiles.Sha256(Path.Join(request.Directory, (string)r["path"]!)));
        Assert.True(ok.Length >= 90, $"{ok.Length} recorded ok");
        var saved = SavedResourceIndex.FromJson(File.ReadAllBytes(Path.Join(request.Directory, "resources", BatchOptions.DefaultIndexFileName)))
            .Entries.Select(e => e.FileKey).ToHashSet();
        Assert.Superset(ok.Select(r => (string)r["key"]!).ToHashSet(), saved);

        h.Emulator.ClearRequests();
        var result = await h.Client.ExportAsync(request);

        files.AssertConsistent();
        var asked = ExportFiles.ResourceRequests(h.Emulator).Select(r => r.Path[(r.Path.LastIndexOf('/') + 1)..]).ToHashSet();
        Assert.Empty(asked.Intersect(saved));
        Assert.Equal(saved.Count, result.Reused);
        Assert.Equal((result.ResourcesTotal, 0), (result.Reused + result.Downloaded, result.Failed));
    }

    [Fact]
    public async Task A_saved_file_whose_record_was_lost_is_downloaded_again_over_it_not_refused()
    {
        await using var h = await EngineHarness.StartAsync();
        var request = new ExportRequest { Source = new ExportSource.Chat(DemoData.ChatId), Directory = h.Directory.File("export"), Zone = TimeZoneInfo.Utc };
        await h.Client.ExportAsync(request);
        // As a failed write leaves it: the file is in resources/, but neither the index nor the manifest says so.
        var files = new ExportFiles(request.Directory);
        var manifest = files.Manifest;
        var entry = manifest["resources"]!.AsArray().OfType<System.Text.Json.Nodes.JsonObject>().First(r => (string?)r["key"] == DemoData.SmallFileKey);
        entry["status"] = "pending";
        entry.Remove("sha256");
        entry.Remove("size");
        File.WriteAllText(Path.Join(request.Directory, "manifest.json"), manifest.ToJsonString());
        File.Delete(Path.Join(request.Directory, "resources", BatchOptions.DefaultIndexFileName));
        h.Emulator.ClearRequests();

        var result = await h.Client.ExportAsync(request);

        files.AssertConsistent();
        Assert.NotEmpty(ExportFiles.Requests(h.Emulator, DemoData.SmallFileKey));
        Assert.Equal("ok", (string)files.Resource(DemoData.SmallFileKey)["status"]!);
        Assert.DoesNotContain(result.Failures, f => f.Key == DemoData.SmallFileKey);
    }

    [Fact]
    public async Task A_batch_that_cannot_start_stops_the_listing_and_is_the_error_reported()
    {
        await using var h = await EngineHarness.StartAsync(SourceExportTests.SmallLargeChat(400, 10));
        var request = new ExportRequest { Source = new ExportSource.Chat(LargeChat.ChatId), Directory = h.Directory.File("export"), Zone = TimeZoneInfo.Utc };
        Directory.CreateDirectory(request.Directory);
        File.WriteAllText(Path.Join(request.Directory, "resources"), "not a directory");

        var error = await Assert.ThrowsAsync<Lark.Resources.Shell.LarkException>(() => h.Client.ExportAsync(request));

        Assert.Equal(Lark.Resources.Rules.Errors.ErrorSubtype.FileIo, error.Subtype);
        // The listing stopped at once instead of reading all 8 pages for downloads that could not run.
        Assert.True(h.Emulator.Requests.Count(r => r.Path == "/open-apis/im/v1/messages") < 8, "the listing read on");
        Assert.Equal("not a directory", File.ReadAllText(Path.Join(request.Directory, "resources")));
    }

    [Fact]
    public async Task A_listing_that_fails_midway_keeps_what_was_saved_and_the_rerun_goes_on_from_there()
    {
        // 150 messages (141 top-level): three pages of 50. The second page fails however often it is asked for.
        await using var h = await EngineHarness.StartAsync(SourceExportTests.SmallLargeChat(150, 0));
        h.Emulator.Faults.Add(new FaultRule { Path = "/open-apis/im/v1/messages", Page = 2, Kind = FaultKind.Status, StatusCode = 500 });
        var request = new ExportRequest { Source = new ExportSource.Chat(LargeChat.ChatId), Directory = h.Directory.File("export"), Zone = TimeZoneInfo.Utc };

        await Assert.ThrowsAsync<Lark.Resources.Shell.LarkException>(() => h.Client.ExportAsync(request));

        var files = new ExportFiles(request.Directory);
        var saved = files.RawLines;
        Assert.Equal(50, saved.Length);
        Assert.Equal(50L, (long)files.Manifest["counts"]!["messages"]!);
        Assert.False((bool)files.Manifest["cursor"]!["complete"]!);

        h.Emulator.Faults.Clear();
        h.Emulator.ClearRequests();
        var result = await h.Client.ExportAsync(request);

        Assert.Equal((141L, 91L), (result.Messages, result.NewMessages));
        files.AssertConsistent();
        Assert.Equal(saved, files.RawLines[..50]);
        Assert.Equal(Enumerable.Range(0, 150).Where(i => i % 50 is not (11 or 12 or 13)).Select(LargeChat.MessageId), files.Lines.Select(l => (string)l["message_id"]!));
        // It listed from the second of the last saved message, not from the start.
        var first = h.Emulator.Requests.First(r => r.Path == "/open-apis/im/v1/messages" && r.QueryString.Contains("container_id_type=chat", StringComparison.Ordinal));
        var lastSaved = (long)files.Lines[49]["create_time_ms"]!;
        Assert.Contains($"start_time={lastSaved / 1000}", first.QueryString, StringComparison.Ordinal);
        Assert.True((bool)files.Manifest["cursor"]!["complete"]!);
    }

    [Fact]
    public async Task An_export_already_running_in_the_directory_is_refused_touching_nothing()
    {
        await using var h = await EngineHarness.StartAsync();
        var directory = h.Directory.File("export");
        Directory.CreateDirectory(directory);
        using (new FileStream(Path.Join(directory, ".lark-export.lock"), FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None))
        {
            var refused = await Assert.ThrowsAsync<Lark.Resources.Shell.LarkException>(() =>
                h.Client.ExportAsync(new ExportRequest { Source = new ExportSource.Chat(DemoData.ChatId), Directory = directory }));
            Assert.Equal(Lark.Resources.Rules.Errors.ErrorSubtype.FailedPrecondition, refused.Failure.Subtype);
        }

        Assert.Equal([".lark-export.lock"], Directory.EnumerateFileSystemEntries(directory).Select(Path.GetFileName));
        Assert.DoesNotContain(h.Emulator.Requests, r => r.Path.StartsWith("/open-apis/im/", StringComparison.Ordinal));
    }

    private static long Start(string? range) =>
        range is { } r && r.StartsWith("bytes=", StringComparison.Ordinal) && long.TryParse(r["bytes=".Length..r.IndexOf('-', StringComparison.Ordinal)], out var start) ? start : 0;

    [Fact]
    public async Task A_large_export_keeps_within_fifty_requests_a_second_in_the_emulators_own_count()
    {
        // The emulator refuses the 51st request of any second (and the 1,001st of a minute) with 429 and logs it.
        // (At the default 4 resources at a time. At 16, requests the client paced in one second sometimes reach the
        // emulator in the next, on the virtual clock: up to 40 + what was in flight, and a 429 appears.)
        var fixture = SourceExportTests.SmallLargeChat(400, 150);
        await using var h = await EngineHarness.StartAsync(fixture, o => o with { MaxRequestsPerSecond = new Lark.Resources.Shell.LarkClientOptions().MaxRequestsPerSecond, MaxRequestsPerMinute = new Lark.Resources.Shell.LarkClientOptions().MaxRequestsPerMinute }, rateLimit: true);
        var started = h.Clock.GetUtcNow();

        var result = await h.Client.ExportAsync(new ExportRequest { Source = new ExportSource.Chat(LargeChat.ChatId), Directory = h.Directory.File("large"), Zone = TimeZoneInfo.Utc });

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
