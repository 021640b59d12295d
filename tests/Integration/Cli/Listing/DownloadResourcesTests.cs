using System.Text.Json.Nodes;
using Lark.Emulator.Faults;
using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;
using static Lark.Resources.Integration.Cli.Listing.ListingHarness;

namespace Lark.Resources.Integration.Cli.Listing;

/// <summary>
/// --download-resources: every resource of the listed messages into ./lark-im-resources/&lt;key&gt;[.ext], each once,
/// verified; a failure is that resource's entry and one warning; a rerun reuses what is saved; a cut one resumes.
/// </summary>
public sealed class DownloadResourcesTests
{
    private static readonly string[] Ids =
    [
        DemoData.ImageMessageId, DemoData.NoAccessMessageId, DemoData.SmallFileMessageId, DemoData.MergeForwardMessageId,
        DemoData.PostMessageId, DemoData.StickerMessageId, DemoData.FolderMessageId, DemoData.CardMessageId, DemoData.MediaMessageId,
        DemoData.AudioMessageId,
    ];

    // What each message carries and where it lands: (message id of the entry, key, type, file name, size, sha256).
    private static readonly (string Message, string Key, string Type, string Name, long Size, string Sha)[] Saved =
    [
        (DemoData.ImageMessageId, DemoData.ImageKey, "image", DemoData.ImageKey + ".png", DemoData.GradientPng.Length, Expected.Sha(DemoData.GradientPng.Span)),
        (DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file", DemoData.SmallFileKey + ".pdf", DemoData.SmallFileSize, Expected.Sha(DemoData.SmallFileSeed, DemoData.SmallFileSize)),
        // A merge-forward's children download through the container's id.
        (DemoData.MergeForwardMessageId, DemoData.MergedImageKey, "image", DemoData.MergedImageKey + ".png", DemoData.GradientPng.Length, Expected.Sha(DemoData.GradientPng.Span)),
        (DemoData.MergeForwardMessageId, DemoData.MergedFileKey, "file", DemoData.MergedFileKey + ".txt", DemoData.MergedFileSize, Expected.Sha(DemoData.MergedFileSeed, DemoData.MergedFileSize)),
        (DemoData.PostMessageId, DemoData.PostImageKey, "image", DemoData.PostImageKey + ".png", DemoData.GradientPng.Length, Expected.Sha(DemoData.GradientPng.Span)),
        (DemoData.PostMessageId, DemoData.PostMediaKey, "file", DemoData.PostMediaKey + ".mp4", DemoData.PostMediaSize, Expected.Sha(DemoData.PostMediaSeed, DemoData.PostMediaSize)),
        (DemoData.MediaMessageId, DemoData.MediaFileKey, "file", DemoData.MediaFileKey + ".mp4", DemoData.MediaFileSize, Expected.Sha(DemoData.MediaFileSeed, DemoData.MediaFileSize)),
        (DemoData.AudioMessageId, DemoData.AudioKey, "file", DemoData.AudioKey + ".opus", DemoData.AudioSize, Expected.Sha(DemoData.AudioSeed, DemoData.AudioSize)),
    ];

    private static string[] Mget(params string[] more) =>
        ["im", "+messages-mget", "--message-ids", string.Join(',', Ids), "--no-reactions", "--download-resources", .. more];

    // Warning lines of stderr (a pipe also gets plain progress lines while the clock moves).
    private static string[] Warnings(CliRun run) =>
        [.. run.Error.ReplaceLineEndings("\n").Split('\n').Where(l => l.StartsWith("warning:", StringComparison.Ordinal))];

    private static JsonObject Counts(CliRun run) => run.Json["meta"]!["resources"]!.AsObject();

    private static JsonObject Entry(CliRun run, string messageId, string key) =>
        Message(run, messageId)["resources"]!.AsArray().OfType<JsonObject>().Single(e => (string)e["key"]! == key);

    [Fact]
    public async Task Every_resource_is_saved_under_its_key_and_listed_with_its_path_size_and_sha256()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync(Mget());

        run.Exits(0);
        foreach (var (message, key, type, name, size, sha) in Saved)
        {
            var entry = Entry(run, message, key);
            Assert.Equal(["key", "local_path", "message_id", "sha256", "size_bytes", "type"], entry.Select(p => p.Key));
            Assert.Equal(message, (string)entry["message_id"]!);
            Assert.Equal(type, (string)entry["type"]!);
            var path = Path.Join(h.ResourceDirectory, name);
            Assert.Equal(path, (string)entry["local_path"]!);
            Assert.Equal(size, (long)entry["size_bytes"]!);
            Assert.Equal(sha, (string)entry["sha256"]!);
            Assert.Equal(sha, Expected.FileSha(path));
            Assert.All(h.ResourceRequests(key), r =>
            {
                Assert.Equal($"{ListPath}/{message}/resources/{key}", r.Path);
                Assert.Equal("?type=" + type, r.QueryString);
                Assert.True(r.StatusCode is 200 or 206);
            });
        }

        Assert.Equal(Saved.Select(s => s.Name).Order(StringComparer.Ordinal), Directory.EnumerateFiles(h.ResourceDirectory).Select(Path.GetFileName).Where(n => !n!.StartsWith('.')).Order(StringComparer.Ordinal));
        Assert.Equal(Saved.Length, (int)Counts(run)["downloaded"]!);
        Assert.Equal(0, (int)Counts(run)["reused"]!);
    }

    [Fact]
    public async Task Stickers_folders_and_cards_carry_no_resources_and_nothing_is_asked_for_them()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync(Mget());

        run.Exits(0);
        foreach (var id in new[] { DemoData.StickerMessageId, DemoData.FolderMessageId, DemoData.CardMessageId })
            Assert.Null(Message(run, id)["resources"]);
        Assert.Empty(h.ResourceRequests(DemoData.StickerKey));
        Assert.Empty(h.ResourceRequests(DemoData.FolderKey));
        Assert.Empty(h.ResourceRequests(DemoData.CardImageKey));
    }

    [Fact]
    public async Task A_resource_lark_refuses_is_its_entry_s_error_and_one_warning_and_the_others_are_saved()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync(Mget());

        run.Exits(0);
        var failed = Entry(run, DemoData.NoAccessMessageId, DemoData.NoAccessKey);
        Assert.Equal(["error", "error_detail", "key", "message_id", "type"], failed.Select(p => p.Key));
        Assert.True((bool)failed["error"]!);
        var detail = failed["error_detail"]!;
        Assert.Equal(234002, (int)detail["code"]!);
        Assert.Equal("authorization", (string)detail["type"]!);
        Assert.False(string.IsNullOrEmpty((string?)detail["subtype"]));
        Assert.Contains("234002", (string)detail["message"]!, StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty((string?)detail["hint"]));
        var warning = Assert.Single(Warnings(run));
        Assert.StartsWith($"warning: resource_download_failed: {DemoData.NoAccessMessageId}/{DemoData.NoAccessKey}: ", warning, StringComparison.Ordinal);
        Assert.Contains("234002", warning, StringComparison.Ordinal);
        Assert.Equal(1, (int)Counts(run)["failed"]!);
        Assert.Equal(Saved.Length, (int)Counts(run)["downloaded"]!);
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(h.ResourceDirectory), p => Path.GetFileName(p).Contains(DemoData.NoAccessKey, StringComparison.Ordinal));
    }

    [Theory]
    [InlineData("json")]
    [InlineData("ndjson")]
    public async Task Keys_written_with_stray_spaces_download_once_and_every_entry_gets_the_outcome(string format)
    {
        await using var h = await ListingHarness.StartAsync(SpacedKeys.AddTo);

        // Waiting on a resource under a key the batch never reports would hang: the run must end by itself.
        var run = await h.RunAsync("im", "+messages-mget", "--message-ids", $"{SpacedKeys.PostId},{SpacedKeys.FileId}", "--no-reactions", "--download-resources", "--format", format)
            .WaitAsync(TimeSpan.FromMinutes(1));

        run.Exits(0);
        Assert.Empty(Warnings(run));
        Assert.Equal(2, h.ResourceRequests().Select(r => r.Path.Split('/')[^1]).Distinct().Count());
        var messages = format == "json"
            ? Messages(run).OfType<JsonObject>().ToArray()
            : [.. run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject())];
        var entries = messages.SelectMany(m => (m["resources"] as JsonArray ?? []).OfType<JsonObject>()).ToArray();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.Equal((string)e["sha256"]!, Expected.FileSha((string)e["local_path"]!)));
        Assert.Equal([SpacedKeys.ImageKey, SpacedKeys.FileKey], entries.Select(e => (string)e["key"]!));
    }

    [Fact]
    public async Task A_rerun_asks_nothing_for_the_saved_resources_and_reports_them_as_reused()
    {
        await using var h = await ListingHarness.StartAsync();
        var first = await h.RunAsync(Mget());
        h.Emulator.ClearRequests();

        var again = await h.RunAsync(Mget());

        again.Exits(0);
        // Only the refused one is asked for again.
        Assert.Equal([DemoData.NoAccessKey], h.ResourceRequests().Select(r => r.Path.Split('/')[^1]).Distinct());
        Assert.Equal(0, (int)Counts(again)["downloaded"]!);
        Assert.Equal(Saved.Length, (int)Counts(again)["reused"]!);
        Assert.Equal(1, (int)Counts(again)["failed"]!);
        foreach (var (message, key, _, _, _, _) in Saved)
            Assert.True(JsonNode.DeepEquals(Entry(first, message, key), Entry(again, message, key)), $"{key}'s entry changed on the rerun");
    }

    [Fact]
    public async Task A_saved_file_changed_on_disk_is_downloaded_again()
    {
        await using var h = await ListingHarness.StartAsync();
        (await h.RunAsync("im", "+messages-mget", "--message-ids", DemoData.SmallFileMessageId, "--download-resources")).Exits(0);
        var path = Path.Join(h.ResourceDirectory, DemoData.SmallFileKey + ".pdf");
        File.WriteAllText(path, "not the file");
        h.Emulator.ClearRequests();

        var again = await h.RunAsync("im", "+messages-mget", "--message-ids", DemoData.SmallFileMessageId, "--download-resources");

        again.Exits(0);
        Assert.NotEmpty(h.ResourceRequests(DemoData.SmallFileKey));
        Assert.Equal(Expected.Sha(DemoData.SmallFileSeed, DemoData.SmallFileSize), Expected.FileSha(path));
        Assert.Equal(1, (int)Counts(again)["downloaded"]!);
    }

    [Fact]
    public async Task A_half_downloaded_resource_resumes_from_its_verified_bytes()
    {
        await using var h = await ListingHarness.StartAsync();
        // The video's body is cut after 100 000 bytes, then every attempt fails: the first run gives up with a partial.
        h.Emulator.Faults.Add(new FaultRule { FileKey = DemoData.MediaFileKey, Kind = FaultKind.DropConnection, Bytes = 100_000, Count = 1 });
        h.Emulator.Faults.Add(new FaultRule { FileKey = DemoData.MediaFileKey, Kind = FaultKind.Status, StatusCode = 503 });
        var first = await h.RunAsync("im", "+messages-mget", "--message-ids", DemoData.MediaMessageId, "--download-resources", "--no-reactions");
        first.Exits(0);
        Assert.True((bool)Entry(first, DemoData.MediaMessageId, DemoData.MediaFileKey)["error"]!);
        Assert.Contains($"warning: resource_download_failed: {DemoData.MediaMessageId}/{DemoData.MediaFileKey}: ", first.Error, StringComparison.Ordinal);
        Assert.False(File.Exists(Path.Join(h.ResourceDirectory, DemoData.MediaFileKey + ".mp4")));
        h.Emulator.Faults.Clear();
        h.Emulator.ClearRequests();

        var second = await h.RunAsync("im", "+messages-mget", "--message-ids", DemoData.MediaMessageId, "--download-resources", "--no-reactions");

        second.Exits(0);
        var ranges = h.ResourceRequests(DemoData.MediaFileKey).Select(r => r.Range).ToList();
        Assert.StartsWith("bytes=100000-", ranges[0], StringComparison.Ordinal);
        var entry = Entry(second, DemoData.MediaMessageId, DemoData.MediaFileKey);
        Assert.Equal(Expected.Sha(DemoData.MediaFileSeed, DemoData.MediaFileSize), (string)entry["sha256"]!);
        Assert.Equal(Expected.Sha(DemoData.MediaFileSeed, DemoData.MediaFileSize), Expected.FileSha((string)entry["local_path"]!));
        Assert.Equal(1, (int)Counts(second)["downloaded"]!);
    }

    [Fact]
    public async Task A_resource_that_fails_transiently_is_retried_and_saved()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", "+messages-mget", "--message-ids", DemoData.TransientMessageId, "--download-resources", "--no-reactions");

        run.Exits(0);
        Assert.Empty(Warnings(run));
        Assert.Equal(Expected.Sha(DemoData.TransientSeed, DemoData.TransientSize), (string)Entry(run, DemoData.TransientMessageId, DemoData.TransientKey)["sha256"]!);
        Assert.Equal(DemoData.TransientFailures, h.ResourceRequests(DemoData.TransientKey).Count(r => r.StatusCode == 503));
    }

    [Fact]
    public async Task A_chat_listing_downloads_its_thread_replies_resources_too()
    {
        await using var h = await ListingHarness.StartAsync();

        // The minute of the thread root (03:48:40): the root alone at top level, its replies inline.
        var run = await h.RunAsync("im", "+chat-messages-list", "--chat-id", DemoData.ChatId, "--start", "1717300120", "--end", "1717300130", "--download-resources", "--no-reactions");

        run.Exits(0);
        var root = Message(run, DemoData.ThreadRootMessageId);
        Assert.Null(root["resources"]);
        var reply = root["thread_replies"]!.AsArray().OfType<JsonObject>().Single(r => (string)r["message_id"]! == DemoData.ThreadReply2MessageId);
        var entry = reply["resources"]!.AsArray().Single()!;
        Assert.Equal(DemoData.ThreadImageKey, (string)entry["key"]!);
        Assert.Equal(Path.Join(h.ResourceDirectory, DemoData.ThreadImageKey + ".png"), (string)entry["local_path"]!);
        Assert.Equal(Expected.Sha(DemoData.GradientPng.Span), Expected.FileSha((string)entry["local_path"]!));
        Assert.Equal(1, (int)Counts(run)["downloaded"]!);
    }

    [Fact]
    public async Task A_chat_read_page_by_page_saves_each_resource_once_and_ndjson_lists_the_same_entries()
    {
        await using var h = await ListingHarness.StartAsync();
        string[] chat = ["im", "+chat-messages-list", "--chat-id", DemoData.ChatId, "--page-size", "5", "--page-all", "--no-reactions", "--download-resources"];

        // Downloads run while later pages are read; the envelope waits for all of them.
        var json = await h.RunAsync(chat);
        var asked = h.ResourceRequests().Count;
        var ndjson = await h.RunAsync([.. chat, "--format", "ndjson"]);

        json.Exits(0);
        var entries = Messages(json).OfType<JsonObject>().SelectMany(AllOf).SelectMany(m => (m["resources"] as JsonArray ?? []).OfType<JsonObject>()).ToArray();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.True(e["local_path"] is not null || e["error"] is not null, $"{e["key"]} was neither saved nor failed"));
        foreach (var saved in entries.Where(e => e["local_path"] is not null))
            Assert.Equal((string)saved["sha256"]!, Expected.FileSha((string)saved["local_path"]!));
        var distinct = entries.Select(e => ((string)e["message_id"]!, (string)e["key"]!)).Distinct().Count();
        Assert.Equal(distinct, (int)Counts(json)["downloaded"]! + (int)Counts(json)["failed"]!);

        // The rerun, a page at a time, reuses every saved file and asks again only for those that failed.
        ndjson.Exits(0);
        var failed = entries.Where(e => e["error"] is not null).Select(e => (string)e["key"]!).ToHashSet();
        Assert.All(h.ResourceRequests().Skip(asked), r => Assert.Contains(r.Path.Split('/')[^1], failed));
        var lines = ndjson.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(Messages(json).Count, lines.Length);
        for (var i = 0; i < lines.Length; i++)
            Assert.True(JsonNode.DeepEquals(Messages(json)[i], JsonNode.Parse(lines[i])), $"line {i} differs from the JSON envelope's message");
    }

    [Fact]
    public async Task An_ndjson_listing_that_fails_later_has_printed_the_pages_before_it_with_their_resources()
    {
        await using var h = await ListingHarness.StartAsync();
        h.Emulator.Faults.Add(new FaultRule { Path = ListPath, Page = 3, Kind = FaultKind.Status, StatusCode = 503 });

        var run = await h.RunAsync("im", "+chat-messages-list", "--chat-id", DemoData.ChatId, "--page-size", "10", "--page-all", "--no-reactions", "--download-resources", "--format", "ndjson");

        run.Exits(4);
        var lines = run.Out.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(l => JsonNode.Parse(l)!.AsObject()).ToArray();
        Assert.Equal(20, lines.Length);
        var entries = lines.SelectMany(AllOf).SelectMany(m => (m["resources"] as JsonArray ?? []).OfType<JsonObject>()).ToArray();
        Assert.NotEmpty(entries);
        Assert.All(entries, e => Assert.True(e["local_path"] is not null || e["error"] is not null, $"{e["key"]} was printed before it was done"));
        Assert.Equal("network", (string)run.ErrorJson["error"]!["type"]!);
    }

    [Fact]
    public async Task A_resource_directory_that_is_a_file_fails_the_listing_and_the_file_is_left_alone()
    {
        await using var h = await ListingHarness.StartAsync();
        File.WriteAllText(h.ResourceDirectory, "not a directory");

        var run = await h.RunAsync(Mget());

        // Nothing can be saved there: the engine's local-file failure naming the directory, before any resource request.
        run.Exits(5);
        Assert.Equal("", run.Out);
        Assert.Equal("file_io", (string)run.ErrorJson["error"]!["subtype"]!);
        Assert.Contains(h.ResourceDirectory + " is not a directory", (string)run.ErrorJson["error"]!["message"]!, StringComparison.Ordinal);
        Assert.Equal("not a directory", File.ReadAllText(h.ResourceDirectory));
        Assert.Empty(h.ResourceRequests());
    }

    private static IEnumerable<JsonObject> AllOf(JsonObject message) =>
        [message, .. (message["thread_replies"] as JsonArray ?? []).OfType<JsonObject>().SelectMany(AllOf)];

    [Fact]
    public async Task Without_the_flag_nothing_is_downloaded_and_no_message_has_resources()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", "+messages-mget", "--message-ids", string.Join(',', Ids), "--no-reactions");

        run.Exits(0);
        Assert.DoesNotContain(Messages(run), m => m!["resources"] is not null);
        Assert.Empty(h.ResourceRequests());
        Assert.False(Directory.Exists(h.ResourceDirectory));
        Assert.Null(run.Json["meta"]);
    }
}
