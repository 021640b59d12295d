using System.Text.Json.Nodes;
using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;

namespace Lark.Resources.Integration.Cli;

/// <summary><c>lark-cli im +messages-resources-list</c> against the emulator: the listing, merge-forwards, failures, dry run, help.</summary>
public sealed class ResourcesListCommandTests : IAsyncLifetime
{
    private const string Command = "+messages-resources-list";
    private CliHarness _h = null!;

    public async Task InitializeAsync()
    {
        _h = await CliHarness.StartAsync();
        _h.ConfigureDemoApp();
    }

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private Task<CliRun> List(string messageId, params string[] more) => _h.RunAsync(["im", Command, "--message-id", messageId, .. more]);

    private int MessageReads() => _h.Emulator.Requests.Count(r => r.Path.StartsWith("/open-apis/im/v1/messages/", StringComparison.Ordinal));

    private static string Rows(JsonNode data) => string.Join(';', data["resources"]!.AsArray().Select(r =>
        string.Join('|', (string)r!["message_id"]!, (string)r["file_key"]!, (string)r["type"]!, (string)r["kind"]!, (string?)r["file_name"], (string?)r["sub_message_id"])));

    [Fact]
    public async Task A_message_s_resources_print_in_the_success_envelope()
    {
        var run = (await List(DemoData.MediaMessageId)).Exits(0);

        var json = run.Json;
        Assert.True(json["ok"]!.GetValue<bool>());
        Assert.Equal("bot", (string)json["identity"]!);
        Assert.Equal(DemoData.MediaMessageId, (string)json["data"]!["message_id"]!);
        Assert.Equal(
            $"{DemoData.MediaMessageId}|{DemoData.MediaFileKey}|file|video|{DemoData.MediaFileName}|;{DemoData.MediaMessageId}|{DemoData.MediaCoverKey}|image|video_cover||",
            Rows(json["data"]!));
        Assert.Empty(json["data"]!["not_downloadable"]!.AsArray());
        Assert.Equal("", run.Error);
    }

    [Fact]
    public async Task A_merge_forward_lists_its_children_with_the_container_s_id()
    {
        var json = (await List(DemoData.MergeForwardMessageId)).Exits(0).Json;

        Assert.Equal(
            $"{DemoData.MergeForwardMessageId}|{DemoData.MergedImageKey}|image|image||{DemoData.MergedImageMessageId};" +
            $"{DemoData.MergeForwardMessageId}|{DemoData.MergedFileKey}|file|file|{DemoData.MergedFileName}|{DemoData.MergedFileMessageId}",
            Rows(json["data"]!));
    }

    [Fact]
    public async Task The_listed_ids_download_with_the_download_command()
    {
        var listed = (await List(DemoData.MergeForwardMessageId, "-q", ".data.resources[] | select(.type == \"file\") | .message_id, .file_key")).Exits(0);
        var lines = listed.Out.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');
        Assert.Equal([DemoData.MergeForwardMessageId, DemoData.MergedFileKey], lines);

        var download = (await _h.RunAsync("im", "+messages-resources-download", "--message-id", lines[0], "--file-key", lines[1], "--type", "file")).Exits(0);
        Assert.Equal(DemoData.MergedFileSize, download.Json["data"]!["size_bytes"]!.GetValue<long>());
    }

    [Fact]
    public async Task A_sticker_is_not_downloadable_and_says_why()
    {
        var json = (await List(DemoData.StickerMessageId)).Exits(0).Json;

        Assert.Empty(json["data"]!["resources"]!.AsArray());
        var entry = Assert.Single(json["data"]!["not_downloadable"]!.AsArray())!;
        Assert.Equal(("sticker", DemoData.StickerKey), ((string)entry["kind"]!, (string)entry["file_key"]!));
    }

    [Fact]
    public async Task An_unknown_message_fails_in_the_error_contract_with_exit_1()
    {
        var run = (await List("om_demo_no_such_message")).Exits(1);

        Assert.Equal("", run.Out);
        var envelope = run.ErrorJson;
        Assert.False(envelope["ok"]!.GetValue<bool>());
        Assert.Equal("bot", (string)envelope["identity"]!);
        var error = envelope["error"]!;
        // The emulator answers an unknown id as Lark's invalid parameter, not as a deleted message.
        Assert.Equal(("api", "invalid_parameters", 230001), ((string)error["type"]!, (string)error["subtype"]!, error["code"]!.GetValue<int>()));
        Assert.DoesNotContain("deleted", (string)error["message"]!, StringComparison.OrdinalIgnoreCase);
        Assert.False(string.IsNullOrEmpty((string?)error["log_id"]));
        Assert.False(string.IsNullOrEmpty((string?)error["hint"]));
    }

    [Fact]
    public async Task A_message_the_identity_cannot_read_exits_3()
    {
        var run = (await List(DemoData.NoBotMessageId)).Exits(3);

        Assert.Equal("authorization", (string)run.ErrorJson["error"]!["type"]!);
        Assert.NotNull(run.ErrorJson["error"]!["code"]);
    }

    [Fact]
    public async Task A_bad_message_id_is_refused_before_any_request_with_exit_2()
    {
        var run = (await List("oc_not_a_message")).Exits(2);

        var error = run.ErrorJson["error"]!;
        Assert.Equal("validation", (string)error["type"]!);
        Assert.Contains("--message-id", (string)error["message"]!, StringComparison.Ordinal);
        Assert.Equal(0, MessageReads());
    }

    [Fact]
    public async Task Dry_run_prints_the_get_it_would_send_needs_no_credentials_and_sends_nothing()
    {
        File.Delete(_h.ConfigPath);
        var run = (await List(DemoData.MergeForwardMessageId, "--dry-run", "--as", "user")).Exits(0);

        var json = run.Json;
        Assert.True(json["dry_run"]!.GetValue<bool>());
        Assert.Equal("user", (string)json["identity"]!);
        var api = Assert.Single(json["data"]!["api"]!.AsArray())!;
        Assert.Equal(("GET", $"/open-apis/im/v1/messages/{DemoData.MergeForwardMessageId}"), ((string)api["method"]!, (string)api["url"]!));
        Assert.Empty(_h.Emulator.Requests);
    }

    [Fact]
    public async Task Jq_filters_the_envelope()
    {
        var run = (await List(DemoData.PostMessageId, "--jq", ".data.resources[].kind")).Exits(0);

        Assert.Equal("post_image\npost_media\npost_media_cover\n", run.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Help_has_an_example_and_the_shared_options()
    {
        var run = (await _h.RunAsync("im", Command, "--help")).Exits(0);

        var usage = run.Out.IndexOf("Usage:", StringComparison.Ordinal);
        Assert.Contains("lark-cli im +messages-resources-list --message-id", run.Out[..usage], StringComparison.Ordinal);
        foreach (var option in new[] { "--message-id", "--dry-run", "--as", "--profile", "--jq" })
            Assert.Matches($@"(?m)^\s+(-\w, )?{option}\b", run.Out[usage..]);
        Assert.Contains(Command, (await _h.RunAsync("im", "--help")).Out, StringComparison.Ordinal);
    }
}
