using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;
using Lark.Resources.Rules.Names;

namespace Lark.Resources.Integration.Shell;

public class DownloadPlanTests
{
    [Fact]
    public async Task Large_file_follows_the_official_plan_and_keeps_its_chinese_name()
    {
        await using var h = await EngineHarness.StartAsync();
        var result = await h.Client.DownloadAsync(h.Request(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file"));

        Assert.Equal(["bytes=0-131071", "bytes=131072-8519679", "bytes=8519680-16908287", "bytes=16908288-20983864"], h.ResourceRanges());
        Assert.Equal(h.Directory.File(DemoData.LargeFileName), result.SavedPath);
        Assert.Equal(DemoData.LargeFileSize, result.SizeBytes);
        Assert.Equal(Expected.Sha(DemoData.LargeFileSeed, DemoData.LargeFileSize), result.Sha256);
        Assert.Equal(result.Sha256, Expected.FileSha(result.SavedPath));
        Assert.Equal(NameSource.ContentDisposition, result.NameSource);
        Assert.Equal([DemoData.LargeFileName], h.Directory.Entries());
    }

    [Fact]
    public async Task Small_file_is_one_probe()
    {
        await using var h = await EngineHarness.StartAsync();
        var result = await h.Client.DownloadAsync(h.Request(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file"));

        Assert.Equal(["bytes=0-131071"], h.ResourceRanges());
        Assert.Equal(DemoData.SmallFileName, Path.GetFileName(result.SavedPath));
        Assert.Equal(Expected.Sha(DemoData.SmallFileSeed, DemoData.SmallFileSize), result.Sha256);
    }

    [Fact]
    public async Task Image_is_one_plain_request_named_after_its_key_with_an_extension_from_its_type()
    {
        await using var h = await EngineHarness.StartAsync();
        var result = await h.Client.DownloadAsync(h.Request(DemoData.ImageMessageId, DemoData.ImageKey, "image"));

        Assert.Equal([""], h.ResourceRanges());
        Assert.Equal(DemoData.ImageKey + ".png", Path.GetFileName(result.SavedPath));
        Assert.Equal(NameSource.FileKey, result.NameSource);
        Assert.Equal(Expected.Sha(DemoData.GradientPng.Span), result.Sha256);
        Assert.Equal("image/png", result.ContentType);
    }

    [Fact]
    public async Task Requests_carry_identity_encoding_and_the_bot_token()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.Client.DownloadAsync(h.Request(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file"));

        var request = h.Emulator.Requests.Single(r => r.Path.Contains("/resources/", StringComparison.Ordinal));
        Assert.Equal("identity", request.Headers["Accept-Encoding"]);
        Assert.StartsWith("Bearer t-", request.Authorization, StringComparison.Ordinal);
        Assert.Equal("?type=file", request.QueryString);
    }

    [Fact]
    public async Task One_kept_alive_connection_carries_the_token_request_and_every_range()
    {
        await using var h = await EngineHarness.StartAsync();
        await h.Client.DownloadAsync(h.Request(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file"));

        Assert.Equal(5, h.Emulator.Requests.Count); // the tenant token, then the probe and three chunks
        Assert.Single(h.Emulator.Requests.Select(r => r.ConnectionId).Distinct());
        Assert.All(h.Emulator.Requests, r => Assert.False(string.IsNullOrEmpty(r.ConnectionId)));
    }

    [Fact]
    public async Task Empty_file_is_saved_empty()
    {
        await using var h = await EngineHarness.StartAsync();
        var result = await h.Client.DownloadAsync(h.Request(DemoData.EmptyFileMessageId, DemoData.EmptyFileKey, "file"));

        Assert.Equal(0, result.SizeBytes);
        Assert.Equal(0, new FileInfo(result.SavedPath).Length);
        Assert.Equal(Expected.Sha([]), result.Sha256);
    }

    [Fact]
    public async Task Output_path_is_used_and_parent_directories_are_created()
    {
        await using var h = await EngineHarness.StartAsync();
        var result = await h.Client.DownloadAsync(h.Request(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file", output: "out/sub/notes.pdf"));

        Assert.Equal(h.Directory.File("out/sub/notes.pdf"), result.SavedPath);
        Assert.Equal(NameSource.Output, result.NameSource);
        Assert.Equal(Expected.Sha(DemoData.SmallFileSeed, DemoData.SmallFileSize), Expected.FileSha(result.SavedPath));
    }

    [Fact]
    public async Task File_without_a_server_name_is_named_after_its_key()
    {
        await using var h = await EngineHarness.StartAsync();
        var result = await h.Client.DownloadAsync(h.Request(DemoData.NoNameFileMessageId, DemoData.NoNameFileKey, "file"));

        Assert.StartsWith(DemoData.NoNameFileKey, Path.GetFileName(result.SavedPath), StringComparison.Ordinal);
        Assert.Equal(NameSource.FileKey, result.NameSource);
    }

    [Fact]
    public async Task Hostile_server_name_stays_one_safe_name_in_the_target_directory()
    {
        var fixture = DemoData.Fixture;
        fixture.Messages.Add(new FixtureMessage { MessageId = "om_hostile_name", ChatId = DemoData.ChatId, MsgType = "file", Content = new() { ["file_key"] = "file_hostile", ["file_name"] = "x" } });
        fixture.Resources.Add(new FixtureResource { MessageId = "om_hostile_name", FileKey = "file_hostile", FileName = "../../.ssh/evil\u202Etxt.exe", Seed = 5, Size = 100 });
        await using var h = await EngineHarness.StartAsync(fixture);

        var result = await h.Client.DownloadAsync(h.Request("om_hostile_name", "file_hostile", "file"));

        Assert.Equal(h.Directory.File("eviltxt.exe"), result.SavedPath);
        Assert.Equal(["eviltxt.exe"], h.Directory.Entries());
    }
}
