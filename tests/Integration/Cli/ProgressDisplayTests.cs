using System.Text.RegularExpressions;
using Lark.Cli;
using Lark.Cli.Hosting;
using Lark.Cli.Output;
using Lark.Emulator;
using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;

namespace Lark.Resources.Integration.Cli;

/// <summary>
/// Progress as a person sees it: a live bar on a terminal (captured from the host's stderr writer, at a width forced
/// with COLUMNS) and plain lines on a pipe, against the emulator on virtual time, where the emulator's bandwidth and
/// latency move the clock.
/// </summary>
public sealed class ProgressDisplayTests : IAsyncLifetime
{
    private const string HideCursor = "\u001b[?25l";
    private const string ShowCursor = "\u001b[?25h";
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

    private string Server => _emulator.BaseUrl.Authority;

    private async Task<CliRun> Run(bool terminal, int? columns, string messageId, string fileKey, TimeProvider? time = null, CancellationToken cancellationToken = default)
    {
        var env = new Dictionary<string, string>
        {
            ["HOME"] = _home.Path,
            ["LARKSUITE_CLI_CONFIG_DIR"] = Path.Join(_home.Path, ".lark-cli"),
            ["LARKSUITE_CLI_DATA_DIR"] = Path.Join(_home.Path, ".local/share"),
            ["LARKSUITE_CLI_OPEN_BASE_URL"] = _emulator.BaseUrl.ToString(),
            ["LARKSUITE_CLI_ACCOUNTS_BASE_URL"] = _emulator.BaseUrl.ToString(),
            ["LARKSUITE_CLI_APP_ID"] = DemoData.AppId,
            ["LARKSUITE_CLI_APP_SECRET"] = DemoData.AppSecret,
        };
        if (columns is { } c)
            env["COLUMNS"] = c.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var host = new CliHost
        {
            Environment = env,
            WorkingDirectory = _cwd.Path,
            Out = new StringWriter(),
            Error = new StringWriter(),
            In = new StringReader(""),
            ErrorIsTerminal = terminal,
            Time = time ?? _clock,
        };
        var code = await CliApp.RunAsync(["im", "+messages-resources-download", "--message-id", messageId, "--file-key", fileKey, "--type", "file"], host, cancellationToken);
        return new CliRun(code, host.Out.ToString()!, host.Error.ToString()!);
    }

    [Theory]
    [InlineData(80)]
    [InlineData(40)]
    public async Task On_a_terminal_every_redraw_is_one_line_within_the_width_and_the_last_names_the_file_at_100_percent(int columns)
    {
        _emulator.Faults.BandwidthBytesPerSecond = 4 << 20;

        var run = await Run(terminal: true, columns, DemoData.LargeFileMessageId, DemoData.LargeFileKey);

        run.Exits(0);
        var screen = new TerminalFrames(run.Error);
        Assert.Equal(0, screen.CursorUps);
        Assert.All(screen.Frames, f => Assert.True(TerminalFrames.Cells(f) < columns, $"{TerminalFrames.Cells(f)} cells at {columns} columns: '{f}'"));
        // Redrawn in place while bytes came in: several frames, named by the server's name from the first answer on.
        Assert.True(screen.Frames.Count >= 5, string.Join("\n", screen.Frames));
        Assert.All(screen.Frames, f => Assert.StartsWith(DemoData.LargeFileName, f, StringComparison.Ordinal));
        Assert.Contains(screen.Frames, f => Regex.IsMatch(f, @"\b[1-9]\d?%"));
        var last = screen.Frames[^1];
        Assert.StartsWith(DemoData.LargeFileName, last, StringComparison.Ordinal);
        Assert.Contains("100%", last, StringComparison.Ordinal);
        // The display ends its line and gives the cursor back, and nothing follows on stderr.
        Assert.Equal(1, Regex.Count(run.Error, Regex.Escape(HideCursor)));
        Assert.EndsWith("\n" + ShowCursor, run.Error, StringComparison.Ordinal);
        Assert.True(run.Json["ok"]!.GetValue<bool>());
    }

    [Fact]
    public async Task At_80_columns_the_line_shows_bytes_rate_and_time_left()
    {
        _emulator.Faults.BandwidthBytesPerSecond = 4 << 20;

        var run = await Run(terminal: true, 80, DemoData.LargeFileMessageId, DemoData.LargeFileKey);

        run.Exits(0);
        var frames = new TerminalFrames(run.Error).Frames;
        Assert.Contains(frames, f => Regex.IsMatch(f, @"^季度报告\.xlsx +━+ +\d+% \d+\.\d/20\.0 MiB  \d+(\.\d)? (B|[KM]iB)/s  0:\d\d *$"));
        Assert.Matches(@"^季度报告\.xlsx +━+ 100% 20\.0 MiB  \d+(\.\d)? (B|[KMG]iB)/s *$", frames[^1]);
    }

    [Fact]
    public async Task On_a_terminal_a_retry_is_said_on_its_own_line_above_the_bar()
    {
        var run = await Run(terminal: true, 80, DemoData.TransientMessageId, DemoData.TransientKey);

        run.Exits(0);
        var lines = new TerminalFrames(run.Error).Plain.Split('\n').Select(l => l.Split('\r')[^1]).ToList();
        var retries = lines.Where(l => l.Contains("retrying", StringComparison.Ordinal)).ToList();
        Assert.Equal(DemoData.TransientFailures, retries.Count);
        Assert.All(retries, l => Assert.Matches(@"^file_v3_demo_transient: retrying in \d+\.\d s: server error \(HTTP 503\)$", l));
        Assert.StartsWith(DemoData.TransientFileName, new TerminalFrames(run.Error).Frames[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_terminal_a_failure_before_any_frame_leaves_only_the_envelope()
    {
        var run = await Run(terminal: true, 80, DemoData.NoAccessMessageId, DemoData.NoAccessKey);

        run.Exits(3);
        Assert.StartsWith("{", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("\u001b", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task On_a_pipe_progress_is_plain_periodic_lines_without_escape_sequences()
    {
        _emulator.Faults.BandwidthBytesPerSecond = 2 << 20;

        var run = await Run(terminal: false, null, DemoData.LargeFileMessageId, DemoData.LargeFileKey);

        run.Exits(0);
        Assert.DoesNotContain("\u001b", run.Error, StringComparison.Ordinal);
        Assert.DoesNotContain("\r", run.Error, StringComparison.Ordinal);
        // The emulator runs ahead of the client by what the socket buffers hold, and moves the virtual clock as it
        // goes: the client may see a silence of a second, and say so. Those lines aside:
        var lines = run.Error.Split('\n', StringSplitOptions.RemoveEmptyEntries)
            .Where(l => !Regex.IsMatch(l, $@"^(file_v3_demo_large|季度报告\.xlsx): waiting for {Regex.Escape(Server)}… \d+ s$")).ToList();
        // Ten seconds of virtual transfer: a line every five seconds, each with bytes, total, rate and time left.
        Assert.InRange(lines.Count, 1, 3);
        const string size = @"\d+(\.\d)? (B|[KMG]iB)";
        Assert.All(lines, l => Assert.Matches($@"^季度报告\.xlsx +\d+%  {size} / 20\.0 MiB  {size}/s  \d+:\d\d left$", l));
    }

    [Fact]
    public async Task On_a_pipe_a_silence_over_a_second_says_what_it_waits_for()
    {
        _emulator.Faults.LatencyPerRequest = TimeSpan.FromSeconds(3);

        var run = await Run(terminal: false, null, DemoData.SmallFileMessageId, DemoData.SmallFileKey);

        run.Exits(0);
        // Once for the silence (the virtual clock jumps the whole latency at once, so the seconds are 1 to 3).
        var line = Assert.Single(run.Error.Split('\n'), l => l.Contains("waiting", StringComparison.Ordinal));
        Assert.Matches($@"^file_v3_demo_small: waiting for {Regex.Escape(Server)}… [1-3] s$", line);
    }

    [Fact]
    public async Task On_a_terminal_a_silence_over_a_second_shows_in_the_line_with_the_seconds_waited()
    {
        _emulator.Faults.LatencyPerRequest = TimeSpan.FromSeconds(3);

        var run = await Run(terminal: true, 80, DemoData.SmallFileMessageId, DemoData.SmallFileKey);

        run.Exits(0);
        var frames = new TerminalFrames(run.Error).Frames;
        Assert.Contains(frames, f => Regex.IsMatch(f, $@"^file_v3_demo_small waiting for {Regex.Escape(Server)}… [1-3] s *$"));
        Assert.StartsWith(DemoData.SmallFileName, frames[^1], StringComparison.Ordinal);
        Assert.DoesNotContain("waiting", frames[^1], StringComparison.Ordinal);
    }

    [Fact]
    public async Task Cancelling_mid_download_on_a_terminal_ends_the_line_shows_the_cursor_and_exits_130()
    {
        // Real time here: the cancellation must land while bytes flow.
        await using var emulator = await LarkEmulator.StartAsync(new EmulatorOptions { RateLimit = new() { Enabled = false } });
        emulator.Faults.BandwidthBytesPerSecond = 2_000_000;
        var previous = _emulator;
        _emulator = emulator;
        using var cancel = new CancellationTokenSource();
        var partial = Path.Join(_cwd.Path, "." + DemoData.LargeFileKey + ".lark-partial");
        var running = Run(terminal: true, 80, DemoData.LargeFileMessageId, DemoData.LargeFileKey, TimeProvider.System, cancel.Token);
        await Eventually.TrueAsync(() => File.Exists(partial) && new FileInfo(partial).Length > 131072, "bytes past the probe");
        await cancel.CancelAsync();
        var run = await running;
        _emulator = previous;

        run.Exits(130);
        Assert.Equal("", run.Out);
        var cancelled = run.Error.IndexOf("lark-cli: cancelled:", StringComparison.Ordinal);
        Assert.True(cancelled > 0, run.Error);
        // The bar stopped where it was, its line ended, the cursor shown again, and only then the cancelled line.
        var before = run.Error[..cancelled];
        Assert.EndsWith("\n" + ShowCursor, before, StringComparison.Ordinal);
        Assert.True(before.LastIndexOf(ShowCursor, StringComparison.Ordinal) > before.LastIndexOf(HideCursor, StringComparison.Ordinal));
        Assert.Contains("verified bytes are kept hidden", run.Error[cancelled..], StringComparison.Ordinal);
        Assert.Contains(_cwd.Entries(), e => e.EndsWith(".lark-partial", StringComparison.Ordinal));
    }

    [Fact]
    public void The_layout_never_fills_the_last_column_from_20_columns_up()
    {
        for (var columns = 20; columns <= 240; columns++)
        {
            for (var name = 0; name <= 120; name += 3)
            {
                var layout = ProgressLayout.For(columns, name);
                Assert.True(layout.Line <= columns - 1, $"{columns} columns, name {name}: {layout}");
                Assert.True(layout is { Name: >= 1, Bar: >= 8 }, $"{columns} columns, name {name}: {layout}");
            }
        }

        Assert.Equal(0, ProgressLayout.For(60, 18).Detail);
        Assert.True(ProgressLayout.For(80, 18).Detail > 0);
    }
}
