using System.Text.Json.Nodes;
using Lark.Emulator;
using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;

namespace Lark.Resources.Integration.Cli;

/// <summary><c>lark-cli im +messages-export</c> in-process against the emulator: its envelopes, exit codes and checks.</summary>
public sealed class ExportCommandTests : IAsyncLifetime
{
    private const string Command = "+messages-export";
    private readonly TestClock _clock = new();
    private readonly TempDirectory _root = new();
    private LarkEmulator _emulator = null!;

    private string Cwd => _root.File("cwd");

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Cwd);
        _emulator = await LarkEmulator.StartAsync(new EmulatorOptions { Time = _clock, RateLimit = new() { Enabled = false } });
    }

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        _root.Dispose();
    }

    private Dictionary<string, string> Env(bool credentials = true)
    {
        var env = new Dictionary<string, string>
        {
            ["HOME"] = _root.File("home"),
            ["LARKSUITE_CLI_CONFIG_DIR"] = _root.File("home/.lark-cli"),
            ["LARKSUITE_CLI_DATA_DIR"] = _root.File("home/.local/share"),
            ["LARKSUITE_CLI_OPEN_BASE_URL"] = _emulator.BaseUrl.ToString(),
            ["LARKSUITE_CLI_ACCOUNTS_BASE_URL"] = _emulator.BaseUrl.ToString(),
        };
        if (credentials)
        {
            env["LARKSUITE_CLI_APP_ID"] = DemoData.AppId;
            env["LARKSUITE_CLI_APP_SECRET"] = DemoData.AppSecret;
        }

        return env;
    }

    private Task<CliRun> Run(params string[] args) => CliRun.RunAsync(CliRun.Host(Cwd, Env(), _clock), ["im", Command, .. args]);

    private bool AnyImRequest() => _emulator.Requests.Any(r => r.Path.StartsWith("/open-apis/im/", StringComparison.Ordinal));

    [Fact]
    public async Task Success_prints_the_envelope_with_the_export_files_and_counts()
    {
        var run = await Run("--thread", DemoData.ThreadId, "--output-dir", "exports/thread");

        run.Exits(0);
        var json = run.Json;
        Assert.True((bool)json["ok"]!);
        Assert.Equal("bot", (string)json["identity"]!);
        var data = json["data"]!;
        var directory = Path.Join(Cwd, "exports", "thread");
        Assert.Equal(directory, (string)data["directory"]!);
        Assert.Equal(Path.Join(directory, "transcript.md"), (string)data["transcript"]!);
        Assert.Equal(Path.Join(directory, "manifest.json"), (string)data["manifest"]!);
        Assert.Equal((4L, 4L), ((long)data["messages"]!, (long)data["new_messages"]!));
        Assert.Equal("""{"total":1,"downloaded":1,"reused":0,"failed":0}""", data["resources"]!.ToJsonString());
        Assert.True((long)data["bytes"]! > 0);
        Assert.Null(data["failures"]);
        Assert.True(File.Exists((string)data["transcript"]!));
        Assert.Equal(4, File.ReadAllLines(Path.Join(directory, "messages.jsonl")).Length);

        // Again: nothing new, the image reused, no resource asked for.
        _emulator.ClearRequests();
        var again = await Run("--thread", DemoData.ThreadId, "--output-dir", "exports/thread", "-q", ".data.resources.reused");
        again.Exits(0);
        Assert.Equal("1", again.Out.Trim());
        Assert.DoesNotContain(_emulator.Requests, r => r.Path.Contains("/resources/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Without_an_output_dir_the_export_goes_under_lark_export_by_source()
    {
        var run = await Run("--message-ids", $"{DemoData.ImageMessageId}, {DemoData.SmallFileMessageId}", "--no-resources");

        run.Exits(0);
        Assert.Equal(Path.Join(Cwd, "lark-export", "messages"), (string)run.Json["data"]!["directory"]!);
        Assert.Equal(2L, (long)run.Json["data"]!["messages"]!);
        Assert.Equal("""{"total":2,"downloaded":0,"reused":0,"failed":0}""", run.Json["data"]!["resources"]!.ToJsonString());
        Assert.DoesNotContain(_emulator.Requests, r => r.Path.Contains("/resources/", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Some_resources_failing_is_a_partial_failure_on_stdout_with_exit_1_and_everything_else_saved()
    {
        var run = await Run("--chat-id", DemoData.ChatId, "--output-dir", "chat");

        run.Exits(1);
        var json = run.Json;
        Assert.False((bool)json["ok"]!);
        Assert.Equal("bot", (string)json["identity"]!);
        var data = json["data"]!;
        Assert.Equal(34L, (long)data["messages"]!);
        Assert.Equal(3, (int)data["resources"]!["failed"]!);
        var failures = data["failures"]!.AsArray().Select(f => f!.AsObject()).OrderBy(f => (string)f["key"]!, StringComparer.Ordinal).ToArray();
        Assert.Equal(["file_v3_demo_invisible", "file_v3_demo_noaccess", "file_v3_demo_toobig"], failures.Select(f => (string)f["key"]!));
        var noAccess = failures[1];
        Assert.Equal(("om_demo_err_noaccess", "file"), ((string)noAccess["message_id"]!, (string)noAccess["type"]!));
        Assert.Equal(("authorization", "permission_denied", 234002), ((string)noAccess["error"]!["type"]!, (string)noAccess["error"]!["subtype"]!, (int)noAccess["error"]!["code"]!));
        Assert.False(string.IsNullOrEmpty((string?)noAccess["error"]!["message"]));
        // The error envelope is not on stderr: the result is the answer.
        Assert.DoesNotContain("\"ok\"", run.Error, StringComparison.Ordinal);
        var saved = (int)data["resources"]!["downloaded"]!;
        Assert.Equal((int)data["resources"]!["total"]! - 3, saved);
        Assert.Equal(saved, Directory.GetFiles(Path.Join(Cwd, "chat", "resources")).Count(f => !Path.GetFileName(f).StartsWith('.')));
    }

    [Theory]
    [InlineData(new string[0], "--chat-id")]
    [InlineData(new[] { "--chat-id", DemoData.ChatId, "--thread", DemoData.ThreadId }, null)]
    [InlineData(new[] { "--thread", DemoData.ThreadId, "--message-ids", DemoData.ImageMessageId }, null)]
    [InlineData(new[] { "--thread", DemoData.ThreadId, "--start", "2024-06-01" }, "--start")]
    [InlineData(new[] { "--message-ids", DemoData.ImageMessageId, "--end", "2024-06-01" }, "--start")]
    [InlineData(new[] { "--chat-id", DemoData.ChatId, "--start", "2024-06-02", "--end", "2024-06-01" }, null)]
    [InlineData(new[] { "--chat-id", DemoData.ChatId, "--start", "yesterday-ish" }, null)]
    [InlineData(new[] { "--chat-id", "not-a-chat" }, null)]
    [InlineData(new[] { "--thread", "x_1" }, null)]
    [InlineData(new[] { "--message-ids", "om_a,,bogus" }, null)]
    [InlineData(new[] { "--chat-id", DemoData.ChatId, "--output-dir", "/tmp/lark-export-absolute" }, null)]
    [InlineData(new[] { "--chat-id", DemoData.ChatId, "--output-dir", "../outside" }, null)]
    [InlineData(new[] { "--chat-id", DemoData.ChatId, "--output-dir", "a/../../outside" }, null)]
    [InlineData(new[] { "--chat-id", DemoData.ChatId, "--output-dir", "bad\u202Ename" }, null)]
    [InlineData(new[] { "--chat-id", DemoData.ChatId, "--resource-concurrency", "0" }, null)]
    [InlineData(new[] { "--chat-id", DemoData.ChatId, "--resource-concurrency", "17" }, null)]
    [InlineData(new[] { "--thread", DemoData.ThreadId, "--refresh-threads" }, "--refresh-threads")]
    [InlineData(new[] { "--message-ids", DemoData.ImageMessageId, "--refresh-threads" }, "--refresh-threads")]
    public async Task Bad_input_is_a_validation_error_before_anything_is_sent_or_written(string[] args, string? param)
    {
        var run = await Run(args);

        run.Exits(2);
        var error = run.ErrorJson["error"]!;
        Assert.Equal("validation", (string)error["type"]!);
        if (param is not null)
            Assert.Equal(param, (string?)error["param"]);
        Assert.Equal("", run.Out);
        Assert.False(AnyImRequest());
        Assert.Empty(Directory.EnumerateFileSystemEntries(Cwd));
        Assert.False(Directory.Exists("/tmp/lark-export-absolute"));
        Assert.False(Directory.Exists(_root.File("outside")));
    }

    [Fact]
    public async Task A_dry_run_says_what_it_would_read_and_write_and_sends_and_writes_nothing()
    {
        var run = await CliRun.RunAsync(CliRun.Host(Cwd, Env(credentials: false), _clock), ["im", Command, "--chat-id", DemoData.ChatId, "--dry-run"]);

        run.Exits(0);
        var json = run.Json;
        Assert.True((bool)json["dry_run"]!);
        var data = json["data"]!;
        Assert.Equal(Path.Join(Cwd, "lark-export", DemoData.ChatId), (string)data["directory"]!);
        var urls = data["api"]!.AsArray().Select(a => (string)a!["url"]!).ToArray();
        Assert.Contains($"/open-apis/im/v1/chats/{DemoData.ChatId}", urls);
        Assert.Contains(urls, u => u.StartsWith("/open-apis/im/v1/messages?container_id_type=chat", StringComparison.Ordinal));
        Assert.Contains(urls, u => u.Contains("/resources/", StringComparison.Ordinal));
        Assert.Empty(_emulator.Requests);
        Assert.Empty(Directory.EnumerateFileSystemEntries(Cwd));
    }

    [Fact]
    public async Task A_chat_rerun_that_leaves_saved_threads_unread_says_so_and_how_to_read_them()
    {
        var first = await Run("--chat-id", DemoData.ChatId, "--no-resources");
        var again = await Run("--chat-id", DemoData.ChatId, "--no-resources");
        var refreshed = await Run("--chat-id", DemoData.ChatId, "--no-resources", "--refresh-threads");

        first.Exits(0);
        Assert.DoesNotContain("--refresh-threads", first.Error, StringComparison.Ordinal);
        again.Exits(0);
        Assert.Contains("thread(s) saved by earlier runs were not read again for new replies; add --refresh-threads to read them", again.Error, StringComparison.Ordinal);
        refreshed.Exits(0);
        Assert.DoesNotContain("--refresh-threads", refreshed.Error, StringComparison.Ordinal);
        Assert.Contains(_emulator.Requests, r => r.QueryString.Contains("container_id_type=thread", StringComparison.Ordinal));
        Assert.DoesNotContain("thread(s)", refreshed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_dry_run_with_refresh_threads_names_the_thread_reads_it_would_add()
    {
        var plain = await CliRun.RunAsync(CliRun.Host(Cwd, Env(credentials: false), _clock), ["im", Command, "--chat-id", DemoData.ChatId, "--dry-run"]);
        var refresh = await CliRun.RunAsync(CliRun.Host(Cwd, Env(credentials: false), _clock), ["im", Command, "--chat-id", DemoData.ChatId, "--refresh-threads", "--dry-run"]);

        refresh.Exits(0);
        static string[] Urls(CliRun run) => [.. run.Json["data"]!["api"]!.AsArray().Select(a => (string)a!["url"]!)];
        Assert.DoesNotContain(Urls(plain), u => u.Contains("container_id_type=thread", StringComparison.Ordinal));
        Assert.Contains(Urls(refresh), u => u.Contains("container_id_type=thread", StringComparison.Ordinal));
        Assert.Empty(_emulator.Requests);
    }

    [Fact]
    public async Task Another_source_into_an_export_directory_is_refused_and_it_is_left_as_it_was()
    {
        (await Run("--thread", DemoData.ThreadId, "--output-dir", "same")).Exits(0);
        var before = Directory.EnumerateFiles(Path.Join(Cwd, "same"), "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        _emulator.ClearRequests();

        var run = await Run("--chat-id", DemoData.ChatId, "--output-dir", "same");

        run.Exits(2);
        Assert.Equal("failed_precondition", (string)run.ErrorJson["error"]!["subtype"]!);
        Assert.Equal("", run.Out);
        Assert.False(AnyImRequest());
        var after = Directory.EnumerateFiles(Path.Join(Cwd, "same"), "*", SearchOption.AllDirectories).ToDictionary(f => f, File.ReadAllBytes);
        Assert.Equal(before.Keys.Order(StringComparer.Ordinal), after.Keys.Order(StringComparer.Ordinal));
        Assert.All(before, kv => Assert.Equal(kv.Value, after[kv.Key]));
    }

    [Fact]
    public async Task Ctrl_c_mid_resource_exits_130_with_a_true_manifest_and_the_rerun_finishes()
    {
        // The large file's first answer stalls after its headers: the export is mid-resource when Ctrl-C comes.
        _emulator.Faults.Add(new Lark.Emulator.Faults.FaultRule { FileKey = DemoData.LargeFileKey, Kind = Lark.Emulator.Faults.FaultKind.Stall, Count = 1 });
        using var ctrlC = new CancellationTokenSource();
        var host = CliRun.Host(Cwd, Env(), _clock);
        var running = Lark.Cli.CliApp.RunAsync(["im", Command, "--chat-id", DemoData.ChatId, "--output-dir", "chat"], host, ctrlC.Token);
        // Every other resource is done (13 saved, 3 refused): the large file is the one on its way.
        await Eventually.TrueAsync(() => Statuses(Path.Join(Cwd, "chat", "manifest.json")) is { Ok: 13, Failed: 3 }, "all but the large file are done");
        await ctrlC.CancelAsync();

        var run = new CliRun(await running, host.Out.ToString()!, host.Error.ToString()!);

        run.Exits(130);
        Assert.Contains("cancelled", run.Error, StringComparison.Ordinal);
        Assert.Equal("", run.Out);
        var manifest = JsonNode.Parse(File.ReadAllText(Path.Join(Cwd, "chat", "manifest.json")))!;
        foreach (var r in manifest["resources"]!.AsArray().Where(r => (string?)r!["status"] == "ok"))
            Assert.Equal((long)r!["size"]!, new FileInfo(Path.Join(Cwd, "chat", (string)r["path"]!)).Length);
        Assert.NotEqual("ok", (string?)manifest["resources"]!.AsArray().Single(r => (string?)r!["key"] == DemoData.LargeFileKey)!["status"]);

        var rerun = await Run("--chat-id", DemoData.ChatId, "--output-dir", "chat");

        rerun.Exits(1); // the three resources Lark refuses
        Assert.Equal(3, (int)rerun.Json["data"]!["resources"]!["failed"]!);
        Assert.Equal(Expected.Sha(DemoData.LargeFileSeed, DemoData.LargeFileSize), Expected.FileSha(Path.Join(Cwd, "chat", "resources", DemoData.LargeFileName)));
    }

    private static (int Ok, int Failed) Statuses(string manifest)
    {
        try
        {
            var resources = JsonNode.Parse(File.ReadAllBytes(manifest))!["resources"]!.AsArray();
            return (resources.Count(r => (string?)r!["status"] == "ok"), resources.Count(r => (string?)r!["status"] == "failed"));
        }
        catch (Exception e) when (e is IOException or System.Text.Json.JsonException)
        {
            return (0, 0);
        }
    }

    [Fact]
    public async Task An_output_dir_that_is_a_file_is_refused_and_the_file_left_alone()
    {
        File.WriteAllText(Path.Join(Cwd, "notes"), "mine");

        var run = await Run("--thread", DemoData.ThreadId, "--output-dir", "notes");

        run.Exits(2);
        Assert.Equal("validation", (string)run.ErrorJson["error"]!["type"]!);
        Assert.Equal("mine", File.ReadAllText(Path.Join(Cwd, "notes")));
        Assert.False(AnyImRequest());
    }

    [Fact]
    public async Task A_chat_the_bot_cannot_read_is_an_error_envelope_with_its_category()
    {
        var run = await Run("--chat-id", DemoData.NoBotChatId, "--output-dir", "nobot");

        Assert.NotEqual(0, run.ExitCode);
        Assert.NotEqual(1, run.ExitCode);
        var error = run.ErrorJson;
        Assert.False((bool)error["ok"]!);
        Assert.Equal(230002, (int)error["error"]!["code"]!);
        Assert.Equal("", run.Out);
    }
}
