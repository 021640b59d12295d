using Lark.Emulator.Fixtures;
using Lark.Resources.Export.Rules;
using Lark.Resources.Export.Shell;
using Lark.Resources.Integration.Support;

namespace Lark.Resources.Integration.Export;

/// <summary>Exports of a thread (by its id or a message in it) and of messages by id.</summary>
public sealed class SourceExportTests
{
    /// <summary>The large chat with its resources cut to 200 KB at most (its videos run to 40 MB).</summary>
    internal static EmulatorFixture SmallLargeChat(int messages, int resources)
    {
        var fixture = DemoData.Fixture;
        LargeChat.AddTo(fixture, new LargeChatSpec(messages, resources));
        for (var i = 0; i < fixture.Resources.Count; i++)
        {
            var r = fixture.Resources[i];
            if (r.Seed is not null && r.Size > 200_000)
            {
                fixture.Resources[i] = new FixtureResource
                {
                    MessageId = r.MessageId, FileKey = r.FileKey, Type = r.Type, ContentType = r.ContentType, FileName = r.FileName, Seed = r.Seed, Size = 200_000,
                };
            }
        }

        return fixture;
    }

    [Theory]
    [InlineData(DemoData.ThreadId)]
    [InlineData(DemoData.ThreadReply1MessageId)]
    public async Task A_thread_exports_its_root_and_replies_by_its_id_or_a_message_in_it(string thread)
    {
        await using var h = await EngineHarness.StartAsync();

        var result = await h.Client.ExportAsync(new ExportRequest { Source = new ExportSource.Thread(thread), Directory = h.Directory.File("t"), Zone = TimeZoneInfo.Utc });

        var files = new ExportFiles(result.Directory);
        files.AssertConsistent();
        Assert.Equal([DemoData.ThreadRootMessageId, DemoData.ThreadReply1MessageId, DemoData.ThreadReply2MessageId, DemoData.ThreadReply3MessageId],
            files.Lines.Select(l => (string)l["message_id"]!));
        Assert.Equal((4L, 1, 0), (result.Messages, result.Downloaded, result.Failed));
        Assert.Equal(DemoData.ThreadImageKey, (string)Assert.Single(files.ManifestResources)["key"]!);
        // The thread is listed by its omt_ id, whichever id was given.
        Assert.Contains(h.Emulator.Requests, r => r.Path == "/open-apis/im/v1/messages" && r.QueryString.Contains($"container_id={DemoData.ThreadId}", StringComparison.Ordinal)
            && r.QueryString.Contains("container_id_type=thread", StringComparison.Ordinal));
        Assert.StartsWith("# Thread omt\\_demo\\_thread\\_01\n", files.Transcript, StringComparison.Ordinal);
        Assert.Contains("只剩导出的问题 Only the export bug", files.Transcript, StringComparison.Ordinal);
        Assert.Contains(files.Links(), l => l.Image && l.Url.StartsWith("resources/img_v3_demo_thread", StringComparison.Ordinal));
        Assert.Equal("thread", (string)files.Manifest["source"]!["kind"]!);
        Assert.Equal(thread, (string)files.Manifest["source"]!["thread_id"]!);

        // Run again: nothing new, nothing downloaded.
        h.Emulator.ClearRequests();
        var again = await h.Client.ExportAsync(new ExportRequest { Source = new ExportSource.Thread(thread), Directory = h.Directory.File("t"), Zone = TimeZoneInfo.Utc });
        Assert.Equal((0L, 0, 1), (again.NewMessages, again.Downloaded, again.Reused));
        Assert.Empty(ExportFiles.ResourceRequests(h.Emulator));
        Assert.Equal(4, new ExportFiles(again.Directory).Lines.Length);
    }

    [Fact]
    public async Task Messages_by_id_are_read_fifty_at_a_time_each_saved_once_in_time_order()
    {
        await using var h = await EngineHarness.StartAsync(SmallLargeChat(150, 15));
        // 120 ids, given newest first, one of them twice.
        var ids = Enumerable.Range(0, 120).Select(LargeChat.MessageId).Reverse().ToList();
        ids.Add(LargeChat.MessageId(7));

        var result = await h.Client.ExportAsync(new ExportRequest { Source = new ExportSource.Messages(ids), Directory = h.Directory.File("m"), Zone = TimeZoneInfo.Utc });

        var files = new ExportFiles(result.Directory);
        files.AssertConsistent();
        var mget = h.Emulator.Requests.Where(r => r.Path == "/open-apis/im/v1/messages/mget").ToArray();
        Assert.Equal(3, mget.Length);
        Assert.All(mget, r => Assert.InRange(r.QueryString.Split("message_ids=").Length - 1, 1, 50));
        Assert.Equal(120, result.Messages);
        Assert.Equal(120, files.Lines.Length);
        Assert.Equal(Enumerable.Range(0, 120).Select(LargeChat.MessageId).ToHashSet(), files.Lines.Select(l => (string)l["message_id"]!).ToHashSet());
        Assert.True(result.ResourcesTotal > 5, $"{result.ResourcesTotal} resources");
        Assert.Equal((result.ResourcesTotal, 0), (result.Downloaded, result.Failed));
        // The transcript is in time order whatever order the ids came in.
        var transcript = files.Transcript;
        var headings = transcript.Split('\n').Where(l => l.StartsWith("**", StringComparison.Ordinal) && l.Contains(" · ", StringComparison.Ordinal)).ToArray();
        Assert.Equal(120, headings.Length);
        Assert.Equal(headings.Select(l => l[(l.IndexOf(" · ", StringComparison.Ordinal) + 3)..]).Order(StringComparer.Ordinal), headings.Select(l => l[(l.IndexOf(" · ", StringComparison.Ordinal) + 3)..]));
        Assert.Equal("messages", (string)files.Manifest["source"]!["kind"]!);

        // The rerun asks for no message and no resource again.
        h.Emulator.ClearRequests();
        var again = await h.Client.ExportAsync(new ExportRequest { Source = new ExportSource.Messages(ids), Directory = h.Directory.File("m"), Zone = TimeZoneInfo.Utc });
        Assert.Equal((0L, 0), (again.NewMessages, again.Downloaded));
        Assert.DoesNotContain(h.Emulator.Requests, r => r.Path.StartsWith("/open-apis/im/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Keys_written_with_stray_spaces_are_saved_once_and_recorded_ok()
    {
        var fixture = DemoData.Fixture;
        SpacedKeys.AddTo(fixture);
        await using var h = await EngineHarness.StartAsync(fixture);
        var request = new ExportRequest { Source = new ExportSource.Messages([SpacedKeys.PostId, SpacedKeys.FileId]), Directory = h.Directory.File("spaced"), Zone = TimeZoneInfo.Utc };

        var result = await h.Client.ExportAsync(request);

        var files = new ExportFiles(result.Directory);
        files.AssertConsistent();
        Assert.Equal((2, 2, 0), (result.ResourcesTotal, result.Downloaded, result.Failed));
        Assert.Equal([SpacedKeys.FileKey, SpacedKeys.ImageKey], files.ManifestResources.Select(r => (string)r["key"]!).Order(StringComparer.Ordinal));
        Assert.All(files.ManifestResources, r => Assert.Equal("ok", (string)r["status"]!));
        // Recorded ok, so the rerun asks for nothing again.
        h.Emulator.ClearRequests();
        var again = await h.Client.ExportAsync(request);
        Assert.Equal((0, 2), (again.Downloaded, again.Reused));
        Assert.Empty(ExportFiles.ResourceRequests(h.Emulator));
    }
}
