using System.Text.Json.Nodes;
using Lark.Emulator.Content;
using Lark.Emulator.Fixtures;
using Lark.Resources.Export.Rules;
using Lark.Resources.Export.Shell;
using Lark.Resources.Integration.Support;
using Lark.Resources.Shell;

namespace Lark.Resources.Integration.Export;

/// <summary>Exporting the demo chat, which holds every message type, against the emulator.</summary>
public sealed class ChatExportTests
{
    private static ExportRequest Chat(EngineHarness h, string chatId = DemoData.ChatId, bool resources = true) =>
        new() { Source = new ExportSource.Chat(chatId), Directory = h.Directory.File("export"), Zone = TimeZoneInfo.Utc, Resources = resources };

    [Fact]
    public async Task A_chat_with_every_message_type_exports_a_transcript_whose_links_resolve_and_a_true_manifest()
    {
        await using var h = await EngineHarness.StartAsync();

        var result = await h.Client.ExportAsync(Chat(h));

        var files = new ExportFiles(result.Directory);
        files.AssertConsistent();
        // Every top-level message of the chat, once, oldest first; thread replies under their root.
        var fixture = DemoData.Fixture;
        var expected = fixture.Messages.Where(m => m.ChatId == DemoData.ChatId && m.UpperMessageId is null && !(m.ThreadId is not null && m.RootId is not null))
            .OrderBy(m => m.CreateTime).Select(m => m.MessageId).ToArray();
        Assert.Equal(expected, files.Lines.Select(l => (string)l["message_id"]!));
        Assert.Equal(expected.Length, result.Messages);
        Assert.Equal(expected.Length, result.NewMessages);
        var root = files.Lines.Single(l => (string?)l["message_id"] == DemoData.ThreadRootMessageId);
        Assert.Equal([DemoData.ThreadReply1MessageId, DemoData.ThreadReply2MessageId, DemoData.ThreadReply3MessageId],
            root["thread_replies"]!.AsArray().Select(r => (string)r!["message_id"]!).Where(id => id != DemoData.ThreadRootMessageId));
        Assert.Superset(
            new HashSet<string>(["text", "post", "image", "file", "audio", "media", "sticker", "interactive", "merge_forward", "folder", "share_chat", "share_user",
                "location", "system", "todo", "vote", "share_calendar_event", "calendar", "video_chat", "hongbao"]),
            files.AllMessages().Select(m => (string)m["msg_type"]!).ToHashSet());

        // Each resource once: downloaded ok, or failed with its Lark code; the result says the same.
        var manifest = files.ManifestResources;
        Assert.Equal(result.ResourcesTotal, manifest.Length);
        Assert.Equal(manifest.Length, manifest.Select(r => ((string)r["message_id"]!, (string)r["key"]!)).Distinct().Count());
        Assert.Equal(
            new Dictionary<string, int> { ["file_v3_demo_noaccess"] = 234002, ["file_v3_demo_toobig"] = 234037, ["file_v3_demo_invisible"] = 234040 },
            manifest.Where(r => (string?)r["status"] == "failed").ToDictionary(r => (string)r["key"]!, r => (int)r["error"]!["code"]!));
        Assert.Equal(manifest.Length - 3, result.Downloaded);
        Assert.Equal(3, result.Failed);
        Assert.Equal(["file_v3_demo_invisible", "file_v3_demo_noaccess", "file_v3_demo_toobig"], result.Failures.Select(f => f.Key).Order(StringComparer.Ordinal));
        // Each is asked for from its start once, a whole 8 MiB chunk first (the transient one answers 503 twice first).
        Assert.All(manifest.Where(r => (string?)r["status"] == "ok" && (string?)r["key"] != "file_v3_demo_transient"),
            r => Assert.Single(ExportFiles.Requests(h.Emulator, (string)r["key"]!), q => q.Range is null or "bytes=0-8388607"));
        // The bytes are the emulator's, by an independent oracle.
        var large = files.Resource(DemoData.LargeFileKey);
        Assert.Equal("resources/" + DemoData.LargeFileName, (string)large["path"]!);
        Assert.Equal(Convert.ToHexStringLower(ResourceBytes.ComputeSha256(DemoData.LargeFileSeed, DemoData.LargeFileSize)), (string)large["sha256"]!);
        Assert.Equal(result.Bytes, manifest.Where(r => (string?)r["status"] == "ok").Sum(r => (long)r["size"]!));

        // A reader's transcript: the chat's name, day headings, senders, images inline, files with sizes, failures named.
        var transcript = files.Transcript;
        Assert.StartsWith($"# {DemoData.ChatName}\n", transcript, StringComparison.Ordinal);
        Assert.Contains("\n## 2024-06-02\n", transcript, StringComparison.Ordinal);
        Assert.Contains(files.Links(), l => l.Image && l.Url == (string)files.Resource(DemoData.ImageKey)["path"]!);
        Assert.Contains($"[{DemoData.LargeFileName}](<resources/{DemoData.LargeFileName}>) (20 MB)", transcript, StringComparison.Ordinal);
        Assert.Contains("file\\_v3\\_demo\\_noaccess could not be downloaded: Lark error 234002", transcript, StringComparison.Ordinal);
        Assert.Contains("@Alice 王芳", transcript, StringComparison.Ordinal);
        Assert.Contains("*deleted*", transcript, StringComparison.Ordinal);
        Assert.Contains("*edited 2024-06-02 03:57*", transcript, StringComparison.Ordinal);
        Assert.Contains("↪ in reply to **Carol 李娜**", transcript, StringComparison.Ordinal);
        Assert.Contains("> **Alice 王芳** · 03:49", transcript, StringComparison.Ordinal);
        var manifestJson = files.Manifest;
        Assert.Equal("chat", (string)manifestJson["source"]!["kind"]!);
        Assert.Equal(DemoData.ChatName, (string)manifestJson["title"]!);
        Assert.True((bool)manifestJson["cursor"]!["complete"]!);
    }

    [Fact]
    public async Task A_failing_resource_amid_others_is_a_partial_result_and_the_rerun_asks_for_it_alone()
    {
        const string chat = "oc_exportfail00001";
        var t = DemoData.ConversationStart;
        var fixture = ExportFiles.WithChat(chat,
        [
            ExportFiles.FileMessage(chat, "om_fail_a", "file_v3_fail_a", "a.pdf", 3_000, t),
            ExportFiles.FileMessage(chat, "om_fail_b", "file_v3_fail_b", "b.pdf", 4_000, t + 1_000, errorCode: 234002),
            ExportFiles.FileMessage(chat, "om_fail_c", "file_v3_fail_c", "c.pdf", 5_000, t + 2_000),
            ExportFiles.FileMessage(chat, "om_fail_d", "file_v3_fail_d", "d.pdf", 300_000, t + 3_000),
        ]);
        await using var h = await EngineHarness.StartAsync(fixture);

        var first = await h.Client.ExportAsync(Chat(h, chat));

        Assert.Equal(1, first.Failed);
        Assert.Equal(3, first.Downloaded);
        var failure = Assert.Single(first.Failures);
        Assert.Equal(("om_fail_b", "file_v3_fail_b", "file"), (failure.MessageId, failure.Key, failure.Type));
        Assert.Equal(234002, failure.Failure.LarkCode);
        var files = new ExportFiles(first.Directory);
        files.AssertConsistent();
        Assert.Equal(234002, (int)files.Resource("file_v3_fail_b")["error"]!["code"]!);
        Assert.Contains("could not be downloaded", files.Transcript, StringComparison.Ordinal);

        h.Emulator.ClearRequests();
        var second = await h.Client.ExportAsync(Chat(h, chat));

        // Only the failed resource is asked for again; the others are reused, untouched.
        Assert.Equal(["file_v3_fail_b"], ExportFiles.ResourceRequests(h.Emulator).Select(r => r.Path[(r.Path.LastIndexOf('/') + 1)..]).Distinct());
        Assert.Equal((0, 3, 1, 0L), (second.Downloaded, second.Reused, second.Failed, second.NewMessages));
        Assert.Equal(234002, Assert.Single(second.Failures).Failure.LarkCode);
        new ExportFiles(second.Directory).AssertConsistent();
    }

    [Fact]
    public async Task Hostile_file_names_are_saved_safely_inside_resources_under_distinct_names()
    {
        const string chat = "oc_exporthostile01";
        var t = DemoData.ConversationStart;
        string[] names = ["../x", "../../escape.txt", "con", "CON.txt", "bell\u0007\u001b[31m.txt", "invoice\u202Efdp.exe", "..", "", "/etc/passwd", "a\\..\\..\\b.txt", "X", "x", ".lark-resources.json", "manifest.json", new string('长', 200) + ".pdf", new string('长', 200) + ".pdf"];
        var fixture = ExportFiles.WithChat(chat, names.Select((n, i) => ExportFiles.FileMessage(chat, $"om_hostile_{i:D2}", $"file_v3_hostile_{i:D2}", n, 100 + i, t + (i * 1000))));
        await using var h = await EngineHarness.StartAsync(fixture);
        var outside = System.IO.Directory.EnumerateFileSystemEntries(h.Directory.Path).ToArray();

        var result = await h.Client.ExportAsync(Chat(h, chat));

        Assert.True(result.Failed == 0, string.Join("\n", result.Failures.Select(f => $"{f.Key}: {f.Failure.Message.Render(Lark.Resources.Rules.Errors.PlainVocabulary.Instance)}")));
        Assert.Equal(names.Length, result.Downloaded);
        var files = new ExportFiles(result.Directory);
        files.AssertConsistent();
        var saved = System.IO.Directory.GetFiles(Path.Join(result.Directory, "resources")).Select(Path.GetFileName).Where(n => n != ".lark-resources.json").ToArray();
        Assert.Equal(names.Length, saved.Length);
        Assert.Equal(saved.Length, saved.Select(n => n!.ToUpperInvariant()).Distinct().Count());
        Assert.All(saved, n => Assert.True(Lark.Resources.Rules.Names.SafeFileName.From(n).Value == n, $"unsafe name {n}"));
        Assert.Contains("_con", saved);
        Assert.Contains("x", saved);
        Assert.Contains("invoicefdp.exe", saved);
        Assert.DoesNotContain(saved, n => n!.Any(char.IsControl));
        // Nothing beside the export directory, and the index is still the batch's own.
        Assert.Equal([.. outside, result.Directory], System.IO.Directory.EnumerateFileSystemEntries(h.Directory.Path).Order(StringComparer.Ordinal));
        Assert.True(JsonNode.Parse(File.ReadAllText(Path.Join(result.Directory, "resources", ".lark-resources.json"))) is JsonObject);
    }

    [Fact]
    public async Task Without_resources_the_transcript_names_them_and_a_later_run_downloads_them()
    {
        await using var h = await EngineHarness.StartAsync();

        var first = await h.Client.ExportAsync(Chat(h, DemoData.ChatId, resources: false));

        Assert.Empty(ExportFiles.ResourceRequests(h.Emulator));
        Assert.False(System.IO.Directory.Exists(Path.Join(first.Directory, "resources")) && System.IO.Directory.EnumerateFiles(Path.Join(first.Directory, "resources")).Any());
        var files = new ExportFiles(first.Directory);
        files.AssertConsistent(resourcesDownloaded: false);
        Assert.All(files.ManifestResources, r => Assert.Equal("pending", (string)r["status"]!));
        Assert.Equal((0, 0, first.ResourcesTotal), (first.Downloaded, first.Failed, files.ManifestResources.Length));
        Assert.DoesNotContain(files.Links(), l => !l.Url.StartsWith("http", StringComparison.Ordinal));
        Assert.Contains("img\\_v3\\_demo\\_gradient (not downloaded)", files.Transcript, StringComparison.Ordinal);

        var second = await h.Client.ExportAsync(Chat(h));

        Assert.Equal((0L, first.ResourcesTotal - 3, 3), (second.NewMessages, second.Downloaded, second.Failed));
        new ExportFiles(second.Directory).AssertConsistent();
    }

    [Fact]
    public async Task Another_source_into_the_same_directory_is_refused_touching_nothing()
    {
        await using var h = await EngineHarness.StartAsync();
        var first = await h.Client.ExportAsync(new ExportRequest { Source = new ExportSource.Thread(DemoData.ThreadId), Directory = h.Directory.File("export"), Zone = TimeZoneInfo.Utc });
        var before = Snapshot(first.Directory);
        h.Emulator.ClearRequests();

        var refused = await Assert.ThrowsAsync<LarkException>(() => h.Client.ExportAsync(Chat(h)));

        Assert.Equal(Lark.Resources.Rules.Errors.ErrorSubtype.FailedPrecondition, refused.Failure.Subtype);
        Assert.Contains("holds an export of thread", refused.Failure.Message.Render(Lark.Resources.Rules.Errors.PlainVocabulary.Instance), StringComparison.Ordinal);
        Assert.Equal(before, Snapshot(first.Directory));
        Assert.DoesNotContain(h.Emulator.Requests, r => r.Path.StartsWith("/open-apis/im/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_directory_with_export_files_but_no_readable_manifest_is_refused_touching_nothing()
    {
        await using var h = await EngineHarness.StartAsync();
        var directory = h.Directory.File("export");
        System.IO.Directory.CreateDirectory(directory);
        File.WriteAllText(Path.Join(directory, "transcript.md"), "my notes");
        File.WriteAllText(Path.Join(directory, "manifest.json"), "{ not json");
        var before = Snapshot(directory);

        await Assert.ThrowsAsync<LarkException>(() => h.Client.ExportAsync(Chat(h)));

        Assert.Equal(before, Snapshot(directory));
    }

    // A chat with one thread (a root and a reply, each with a file) and, later, two more replies with files.
    private static (FixtureMessage Message, FixtureResource Resource) InThread(string chat, string id, string key, string name, long time, bool root, bool visible = true)
    {
        var (message, resource) = ExportFiles.FileMessage(chat, id, key, name, 1_500, time);
        return (new FixtureMessage
        {
            MessageId = message.MessageId, ChatId = message.ChatId, MsgType = message.MsgType, SenderId = message.SenderId, CreateTime = message.CreateTime,
            Content = message.Content, ThreadId = "omt_export_refresh_1", RootId = root ? null : "om_refresh_root", ParentId = root ? null : "om_refresh_root",
            Visible = visible,
        }, resource);
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public async Task Replies_added_later_to_a_saved_thread_join_its_root_when_threads_are_refreshed(bool refresh)
    {
        const string chat = "oc_exportthread001";
        var t = DemoData.ConversationStart;
        (FixtureMessage, FixtureResource)[] before =
        [
            InThread(chat, "om_refresh_root", "file_v3_refresh_root", "root.pdf", t, root: true),
            InThread(chat, "om_refresh_r1", "file_v3_refresh_r1", "r1.pdf", t + 60_000, root: false),
        ];
        (FixtureMessage, FixtureResource)[] after =
        [
            InThread(chat, "om_refresh_r2", "file_v3_refresh_r2", "r2.pdf", t + 3_600_000, root: false),
            InThread(chat, "om_refresh_r3", "file_v3_refresh_r3", "r1.pdf", t + 7_200_000, root: false),
        ];
        var directory = new TempDirectory();
        await using (var h = await EngineHarness.StartAsync(ExportFiles.WithChat(chat, before)))
            await h.Client.ExportAsync(new ExportRequest { Source = new ExportSource.Chat(chat), Directory = directory.Path, Zone = TimeZoneInfo.Utc });
        var firstLine = new ExportFiles(directory.Path).RawLines.Single();

        await using var later = await EngineHarness.StartAsync(ExportFiles.WithChat(chat, [.. before, .. after]));
        var second = await later.Client.ExportAsync(new ExportRequest { Source = new ExportSource.Chat(chat), Directory = directory.Path, Zone = TimeZoneInfo.Utc, RefreshThreads = refresh });

        var files = new ExportFiles(directory.Path);
        files.AssertConsistent();
        var root = files.Lines.Single();
        var replies = root["thread_replies"]!.AsArray().Select(r => (string)r!["message_id"]!).Where(id => id != "om_refresh_root").ToArray();
        var asked = ExportFiles.ResourceRequests(later.Emulator).Select(r => r.Path[(r.Path.LastIndexOf('/') + 1)..]).Distinct().Order(StringComparer.Ordinal).ToArray();
        if (!refresh)
        {
            // Without it a rerun reads on from the newest saved message: the thread is not read again.
            Assert.Equal(firstLine, files.RawLines.Single());
            Assert.Equal(["om_refresh_r1"], replies);
            Assert.Empty(asked);
            Assert.Equal((0L, 1), (second.NewMessages, second.ThreadsNotRefreshed));
            return;
        }

        // The saved reply stays, the new ones follow it, their files are downloaded once under names of their own.
        Assert.Equal(["om_refresh_r1", "om_refresh_r2", "om_refresh_r3"], replies);
        Assert.Equal(["file_v3_refresh_r2", "file_v3_refresh_r3"], asked);
        Assert.Equal((2L, 2, 2, 0), (second.NewMessages, second.Downloaded, second.Reused, second.ThreadsNotRefreshed));
        Assert.Equal("resources/r1 (2).pdf", (string)files.Resource("file_v3_refresh_r3")["path"]!);
        Assert.Contains("r2.pdf", files.Transcript, StringComparison.Ordinal);
        // A further rerun finds nothing new and changes no line.
        var lines = files.RawLines;
        later.Emulator.ClearRequests();
        var third = await later.Client.ExportAsync(new ExportRequest { Source = new ExportSource.Chat(chat), Directory = directory.Path, Zone = TimeZoneInfo.Utc, RefreshThreads = true });
        Assert.Equal((0L, 0), (third.NewMessages, third.Downloaded));
        Assert.Equal(lines, files.RawLines);
        Assert.Empty(ExportFiles.ResourceRequests(later.Emulator));
        // A thread with nothing new costs its page alone: no mget, no reactions for replies already saved.
        Assert.Single(later.Emulator.Requests, r => r.QueryString.Contains("container_id_type=thread", StringComparison.Ordinal));
        Assert.DoesNotContain(later.Emulator.Requests, r => r.Path.EndsWith("/mget", StringComparison.Ordinal) || r.Path.Contains("reactions", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_saved_thread_that_cannot_be_read_again_is_counted_and_the_export_goes_on()
    {
        const string chat = "oc_exportthread003";
        var t = DemoData.ConversationStart;
        (FixtureMessage, FixtureResource)[] messages =
        [
            InThread(chat, "om_refresh_root", "file_v3_refresh_root", "root.pdf", t, root: true),
            InThread(chat, "om_refresh_r1", "file_v3_refresh_r1", "r1.pdf", t + 60_000, root: false),
        ];
        var directory = new TempDirectory();
        await using (var h = await EngineHarness.StartAsync(ExportFiles.WithChat(chat, messages)))
            await h.Client.ExportAsync(new ExportRequest { Source = new ExportSource.Chat(chat), Directory = directory.Path, Zone = TimeZoneInfo.Utc });
        var lines = new ExportFiles(directory.Path).RawLines;

        // Later the root is hidden from this identity: Lark answers 230073 for its thread.
        var hidden = InThread(chat, "om_refresh_root", "file_v3_refresh_root", "root.pdf", t, root: true, visible: false);
        await using var later = await EngineHarness.StartAsync(ExportFiles.WithChat(chat, [hidden, messages[1]]));
        var result = await later.Client.ExportAsync(new ExportRequest { Source = new ExportSource.Chat(chat), Directory = directory.Path, Zone = TimeZoneInfo.Utc, RefreshThreads = true });

        Assert.Equal((0L, 1), (result.NewMessages, result.ThreadsNotRefreshed));
        Assert.Contains(later.Emulator.Requests, r => r.QueryString.Contains("container_id_type=thread", StringComparison.Ordinal) && r.StatusCode >= 400);
        Assert.Equal(lines, new ExportFiles(directory.Path).RawLines);
    }

    [Fact]
    public async Task A_thread_whose_replies_could_not_be_read_before_is_filled_in_and_its_mark_removed()
    {
        const string chat = "oc_exportthread002";
        var t = DemoData.ConversationStart;
        (FixtureMessage, FixtureResource)[] messages =
        [
            InThread(chat, "om_refresh_root", "file_v3_refresh_root", "root.pdf", t, root: true),
            InThread(chat, "om_refresh_r1", "file_v3_refresh_r1", "r1.pdf", t + 60_000, root: false),
        ];
        await using var h = await EngineHarness.StartAsync(ExportFiles.WithChat(chat, messages));
        var request = new ExportRequest { Source = new ExportSource.Chat(chat), Directory = h.Directory.File("export"), Zone = TimeZoneInfo.Utc };
        await h.Client.ExportAsync(request);
        // As a first run whose read of the thread failed leaves the line: no replies, and the mark.
        var path = Path.Join(request.Directory, "messages.jsonl");
        var line = System.Text.Json.Nodes.JsonNode.Parse(File.ReadAllLines(path).Single())!.AsObject();
        line.Remove("thread_replies");
        line["thread_replies_error"] = true;
        File.WriteAllText(path, line.ToJsonString() + "\n");

        var result = await h.Client.ExportAsync(request with { RefreshThreads = true });

        var files = new ExportFiles(request.Directory);
        files.AssertConsistent();
        var root = files.Lines.Single();
        Assert.Null(root["thread_replies_error"]);
        Assert.Equal(["om_refresh_r1"], root["thread_replies"]!.AsArray().Select(r => (string)r!["message_id"]!));
        Assert.DoesNotContain("could not be read", files.Transcript, StringComparison.Ordinal);
        Assert.Equal((1L, 0), (result.NewMessages, result.ThreadsNotRefreshed));
    }

    [Fact]
    public async Task Messages_sent_since_the_last_export_are_appended_and_earlier_lines_stay_as_they_were()
    {
        const string chat = "oc_exportgrow00001";
        var t = DemoData.ConversationStart;
        (FixtureMessage, FixtureResource)[] before =
        [
            ExportFiles.FileMessage(chat, "om_grow_1", "file_v3_grow_1", "one.pdf", 1_000, t),
            ExportFiles.FileMessage(chat, "om_grow_2", "file_v3_grow_2", "two.pdf", 2_000, t + 60_000),
            // Two messages in the last second of the first export: the rerun lists from that second and must not repeat them.
            ExportFiles.FileMessage(chat, "om_grow_3", "file_v3_grow_3", "three.pdf", 3_000, t + 120_000),
            ExportFiles.FileMessage(chat, "om_grow_4", "file_v3_grow_4", "four.pdf", 4_000, t + 120_000),
        ];
        (FixtureMessage, FixtureResource)[] after =
        [
            // Sent in the same second as the last exported ones, and later.
            ExportFiles.FileMessage(chat, "om_grow_5", "file_v3_grow_5", "two.pdf", 5_000, t + 120_500),
            ExportFiles.FileMessage(chat, "om_grow_6", "file_v3_grow_6", null, 6_000, t + 180_000),
            ExportFiles.FileMessage(chat, "om_grow_7", "file_v3_grow_7", "seven.txt", 7_000, t + 240_000),
        ];
        var directory = new TempDirectory();
        string[] oldLines;
        ExportResult first;
        await using (var h = await EngineHarness.StartAsync(ExportFiles.WithChat(chat, before)))
        {
            first = await h.Client.ExportAsync(new ExportRequest { Source = new ExportSource.Chat(chat), Directory = directory.Path, Zone = TimeZoneInfo.Utc });
            oldLines = new ExportFiles(directory.Path).RawLines;
        }

        // The same chat later, on another emulator: three more messages.
        await using var later = await EngineHarness.StartAsync(ExportFiles.WithChat(chat, [.. before, .. after]));
        var second = await later.Client.ExportAsync(new ExportRequest { Source = new ExportSource.Chat(chat), Directory = directory.Path, Zone = TimeZoneInfo.Utc });

        Assert.Equal((4L, 4L), (first.Messages, first.NewMessages));
        Assert.Equal((7L, 3L), (second.Messages, second.NewMessages));
        var files = new ExportFiles(directory.Path);
        files.AssertConsistent();
        Assert.Equal(oldLines, files.RawLines[..4]);
        Assert.Equal(["om_grow_5", "om_grow_6", "om_grow_7"], files.Lines[4..].Select(l => (string)l["message_id"]!));
        // Only the new resources were downloaded, and the new "two.pdf" did not take the old one's name.
        Assert.Equal(["file_v3_grow_5", "file_v3_grow_6", "file_v3_grow_7"], ExportFiles.ResourceRequests(later.Emulator).Select(r => r.Path[(r.Path.LastIndexOf('/') + 1)..]).Distinct().Order(StringComparer.Ordinal));
        Assert.Equal((3, 4), (second.Downloaded, second.Reused));
        Assert.Equal("resources/two.pdf", (string)files.Resource("file_v3_grow_2")["path"]!);
        Assert.Equal("resources/two (2).pdf", (string)files.Resource("file_v3_grow_5")["path"]!);
        // The listing resumed from the last saved second, not from the start.
        var listing = Assert.Single(later.Emulator.Requests, r => r.Path == "/open-apis/im/v1/messages");
        Assert.Contains($"start_time={(t + 120_000) / 1000}", listing.QueryString, StringComparison.Ordinal);
        // The transcript is rendered again from all seven lines.
        Assert.Contains("7 messages", files.Transcript, StringComparison.Ordinal);
        directory.Dispose();
    }

    private static Dictionary<string, (long, DateTime, string)> Snapshot(string directory) =>
        System.IO.Directory.EnumerateFiles(directory, "*", SearchOption.AllDirectories)
            .ToDictionary(f => f, f => (new FileInfo(f).Length, File.GetLastWriteTimeUtc(f), ExportFiles.Sha256(f)));
}
