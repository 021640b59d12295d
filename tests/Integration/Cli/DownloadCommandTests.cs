using Lark.Emulator;
using Lark.Emulator.Faults;
using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;

namespace Lark.Resources.Integration.Cli;

public sealed class DownloadCommandTests : IAsyncLifetime
{
    private const string Command = "+messages-resources-download";
    private readonly TestClock _clock = new();
    private readonly TempDirectory _cwd = new();
    private readonly TempDirectory _home = new();
    private LarkEmulator _emulator = null!;

    public async Task InitializeAsync() =>
        _emulator = await LarkEmulator.StartAsync(new EmulatorOptions { Time = _clock, RateLimit = new() { Enabled = false } });

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        _cwd.Dispose();
        _home.Dispose();
    }

    private Dictionary<string, string> Env(bool credentials = true)
    {
        var env = new Dictionary<string, string>
        {
            ["HOME"] = _home.Path,
            ["LARKSUITE_CLI_CONFIG_DIR"] = Path.Join(_home.Path, ".lark-cli"),
            ["LARKSUITE_CLI_DATA_DIR"] = Path.Join(_home.Path, ".local/share"),
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

    private Task<CliRun> Run(params string[] args) => Run(Env(), args);

    private Task<CliRun> Run(Dictionary<string, string> env, params string[] args) =>
        CliRun.RunAsync(CliRun.Host(_cwd.Path, env, _clock), args);

    private static string[] Download(string messageId, string fileKey, string type, params string[] more) =>
        ["im", Command, "--message-id", messageId, "--file-key", fileKey, "--type", type, .. more];

    private int ResourceRequests() => _emulator.Requests.Count(r => r.Path.Contains("/resources/", StringComparison.Ordinal));

    [Fact]
    public async Task Success_prints_the_official_envelope_with_the_absolute_saved_path()
    {
        var run = await Run(Download(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file"));

        run.Exits(0);
        var json = run.Json;
        Assert.True(json["ok"]!.GetValue<bool>());
        Assert.Equal("bot", json["identity"]!.GetValue<string>());
        Assert.Equal(_cwd.File(DemoData.LargeFileName), json["data"]!["saved_path"]!.GetValue<string>());
        Assert.Equal(DemoData.LargeFileSize, json["data"]!["size_bytes"]!.GetValue<long>());
        Assert.Equal(Expected.Sha(DemoData.LargeFileSeed, DemoData.LargeFileSize), json["data"]!["sha256"]!.GetValue<string>());
        Assert.Equal("content_disposition", json["data"]!["file_name_source"]!.GetValue<string>());
        Assert.Equal(Expected.Sha(DemoData.LargeFileSeed, DemoData.LargeFileSize), Expected.FileSha(_cwd.File(DemoData.LargeFileName)));
    }

    [Fact]
    public async Task Jq_prints_the_saved_path_raw()
    {
        var run = await Run(Download(DemoData.ImageMessageId, DemoData.ImageKey, "image", "-q", ".data.saved_path"));

        run.Exits(0);
        Assert.Equal(_cwd.File(DemoData.ImageKey + ".png") + "\n", run.Out.ReplaceLineEndings("\n"));
    }

    [Fact]
    public async Task Jq_outside_the_subset_is_refused_before_any_request()
    {
        var run = await Run(Download(DemoData.ImageMessageId, DemoData.ImageKey, "image", "--jq", ".data | map(.x)"));

        run.Exits(2);
        Assert.Contains("supported", run.ErrorJson["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(_emulator.Requests);
    }

    [Fact]
    public async Task Jq_failing_on_the_result_says_the_file_was_saved_and_where()
    {
        var run = await Run(Download(DemoData.ImageMessageId, DemoData.ImageKey, "image", "-q", ".data.saved_path | keys"));

        run.Exits(2);
        Assert.Equal("", run.Out);
        var saved = _cwd.File(DemoData.ImageKey + ".png");
        Assert.Equal(Expected.Sha(DemoData.GradientPng.Span), Expected.FileSha(saved));
        var json = run.ErrorJson;
        Assert.Equal("bot", json["identity"]!.GetValue<string>());
        var error = json["error"]!;
        Assert.Equal("validation", error["type"]!.GetValue<string>());
        Assert.Contains("download succeeded", error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("saved_path " + saved, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("The file was saved at " + saved, error["hint"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Contains("fix the --jq expression", error["hint"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("oc_wrong", "file_x", "file", null, "om_")]
    [InlineData("om_x", "../x", "file", null, "'/'")]
    [InlineData("om_x", "file_x", "video", null, "image")]
    [InlineData("om_x", "file_x", "file", "/etc/passwd", "absolute")]
    [InlineData("om_x", "file_x", "file", "../x.bin", "leaves the working directory")]
    [InlineData("om_x", "file_x", "file", "a\u202Eb.txt", "invisible")]
    public async Task Invalid_input_exits_2_before_any_request(string messageId, string fileKey, string type, string? output, string reason)
    {
        string[] extra = output is null ? [] : ["--output", output];
        var run = await Run(Download(messageId, fileKey, type, extra));

        run.Exits(2);
        Assert.Equal("", run.Out);
        var error = run.ErrorJson["error"]!;
        Assert.Equal("validation", error["type"]!.GetValue<string>());
        Assert.Contains(reason, error["message"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(_emulator.Requests);
        // Nothing was resolved and there is no Lark code: left out, as the official CLI's omitempty does.
        Assert.False(run.ErrorJson.ContainsKey("identity"));
        Assert.False(error.AsObject().ContainsKey("code"));
    }

    [Fact]
    public async Task Missing_required_flags_exit_2_with_the_envelope()
    {
        var run = await Run("im", Command, "--type", "file");
        run.Exits(2);
        Assert.Contains("--message-id", run.ErrorJson["error"]!["message"]!.GetValue<string>(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Output_through_a_symlink_leading_outside_exits_2_before_any_request()
    {
        using var outside = new TempDirectory();
        Directory.CreateSymbolicLink(_cwd.File("out"), outside.Path);

        var run = await Run(Download(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file", "--output", "out/x.pdf"));

        run.Exits(2);
        Assert.Equal(0, ResourceRequests());
        Assert.Empty(outside.Entries());
    }

    [Fact]
    public async Task No_access_exits_3_authorization_permission_denied_with_code_hint_and_log_id_on_stderr()
    {
        var run = await Run(Download(DemoData.NoAccessMessageId, DemoData.NoAccessKey, "file"));

        run.Exits(3);
        Assert.Equal("", run.Out);
        var json = run.ErrorJson;
        Assert.False(json["ok"]!.GetValue<bool>());
        Assert.Equal("bot", json["identity"]!.GetValue<string>());
        Assert.Equal("authorization", json["error"]!["type"]!.GetValue<string>());
        Assert.Equal("permission_denied", json["error"]!["subtype"]!.GetValue<string>());
        Assert.Null(json["error"]!["retryable"]);
        Assert.Equal(234002, json["error"]!["code"]!.GetValue<int>());
        Assert.Contains("do not retry", json["error"]!["hint"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal(_emulator.Requests[^1].LogId, json["error"]!["log_id"]!.GetValue<string>());
        Assert.Equal(1, ResourceRequests());
    }

    [Fact]
    public async Task Persistent_network_failure_exits_4()
    {
        _emulator.Faults.Add(new FaultRule { FileKey = DemoData.SmallFileKey, Kind = FaultKind.DropConnection, Bytes = 0 });

        var run = await Run(Download(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file"));

        run.Exits(4);
        Assert.Equal("network", run.ErrorJson["error"]!["type"]!.GetValue<string>());
        Assert.Empty(_cwd.Entries());
    }

    [Fact]
    public async Task Not_configured_exits_3_with_the_config_init_hint()
    {
        var run = await Run(Env(credentials: false), Download(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file"));

        run.Exits(3);
        Assert.Equal("config", run.ErrorJson["error"]!["type"]!.GetValue<string>());
        Assert.Equal("not_configured", run.ErrorJson["error"]!["subtype"]!.GetValue<string>());
        Assert.Contains("config init", run.ErrorJson["error"]!["hint"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Empty(_emulator.Requests);
    }

    [Fact]
    public async Task Wrong_secret_exits_3_and_never_prints_the_secret()
    {
        var env = Env();
        env["LARKSUITE_CLI_APP_SECRET"] = "s3cr3t-value-not-to-print";

        var run = await Run(env, Download(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file"));

        run.Exits(3);
        Assert.Equal("config", run.ErrorJson["error"]!["type"]!.GetValue<string>());
        Assert.Equal("invalid_client", run.ErrorJson["error"]!["subtype"]!.GetValue<string>());
        Assert.DoesNotContain("s3cr3t", run.Out + run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Dry_run_prints_the_official_request_and_sends_nothing_without_credentials()
    {
        var run = await Run(Env(credentials: false), Download("om_abc", "file_v3_x", "file", "--dry-run", "--output", "a.bin"));

        run.Exits(0);
        var json = run.Json;
        Assert.Equal("GET", json["api"]![0]!["method"]!.GetValue<string>());
        Assert.Equal("/open-apis/im/v1/messages/om_abc/resources/file_v3_x", json["api"]![0]!["url"]!.GetValue<string>());
        Assert.Equal("file", json["api"]![0]!["params"]!["type"]!.GetValue<string>());
        Assert.Equal("om_abc", json["message_id"]!.GetValue<string>());
        Assert.Equal("a.bin", json["output"]!.GetValue<string>());
        Assert.Equal("bytes=0-131071", json["range"]!.GetValue<string>());
        Assert.Empty(_emulator.Requests);
        Assert.Empty(_cwd.Entries());
    }

    [Fact]
    public async Task Existing_file_is_refused_with_exit_2_and_the_overwrite_hint_then_replaced_with_overwrite()
    {
        File.WriteAllText(_cwd.File("notes.pdf"), "mine");

        var refused = await Run(Download(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file", "--output", "notes.pdf"));
        refused.Exits(2);
        Assert.Contains("--overwrite", refused.ErrorJson["error"]!["hint"]!.GetValue<string>(), StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(_cwd.File("notes.pdf")));

        var replaced = await Run(Download(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file", "--output", "notes.pdf", "--overwrite"));
        replaced.Exits(0);
        Assert.Equal(Expected.Sha(DemoData.SmallFileSeed, DemoData.SmallFileSize), Expected.FileSha(_cwd.File("notes.pdf")));
    }

    [Fact]
    public async Task Existing_server_named_target_is_refused_before_the_body_is_downloaded()
    {
        File.WriteAllText(_cwd.File(DemoData.LargeFileName), "mine");
        var refused = await Run(Download(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file"));

        refused.Exits(2);
        Assert.Contains("--overwrite", refused.Error, StringComparison.Ordinal);
        // The probe named the file; no chunk was asked for (the emulator logs the dropped probe when it notices).
        await Eventually.TrueAsync(() => ResourceRequests() == 1, "the probe in the request log");
        Assert.DoesNotContain(_emulator.Requests, r => r.Range is { } range && range != "bytes=0-131071");
        Assert.Equal([DemoData.LargeFileName], _cwd.Entries()); // nothing hidden left behind either
        Assert.Equal("mine", File.ReadAllText(_cwd.File(DemoData.LargeFileName)));

        var replaced = await Run(Download(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file", "--overwrite"));

        replaced.Exits(0);
        Assert.Equal([DemoData.LargeFileName], _cwd.Entries());
        Assert.Equal(Expected.Sha(DemoData.LargeFileSeed, DemoData.LargeFileSize), Expected.FileSha(_cwd.File(DemoData.LargeFileName)));
    }

    [Fact]
    public async Task Progress_on_a_pipe_is_plain_lines_not_animation()
    {
        var run = await Run(Download(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file"));
        Assert.DoesNotContain("\r", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Help_explains_the_flags_and_gives_an_example()
    {
        var run = await Run("im", Command, "--help");
        run.Exits(0);
        foreach (var flag in new[] { "--message-id", "--file-key", "--type", "--output", "--as", "--dry-run", "--overwrite", "--profile", "--jq", "Example" })
            Assert.Contains(flag, run.Out, StringComparison.Ordinal);
    }
}
