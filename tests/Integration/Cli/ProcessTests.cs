using System.Diagnostics;
using Lark.Emulator;
using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;

namespace Lark.Resources.Integration.Cli;

/// <summary>The real <c>lark-cli</c> executable as a process: signals, streams and exit codes as a shell sees them.</summary>
public sealed class ProcessTests : IAsyncLifetime
{
    private readonly TempDirectory _cwd = new();
    private readonly TempDirectory _home = new();
    private LarkEmulator _emulator = null!;

    public async Task InitializeAsync() =>
        _emulator = await LarkEmulator.StartAsync(new EmulatorOptions { RateLimit = new() { Enabled = false } });

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        _cwd.Dispose();
        _home.Dispose();
    }

    private Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = _cwd.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        info.ArgumentList.Add(Path.Join(AppContext.BaseDirectory, "lark-cli.dll"));
        foreach (var arg in args)
            info.ArgumentList.Add(arg);
        info.Environment["HOME"] = _home.Path;
        info.Environment["LARKSUITE_CLI_CONFIG_DIR"] = Path.Join(_home.Path, ".lark-cli");
        info.Environment["LARKSUITE_CLI_DATA_DIR"] = Path.Join(_home.Path, "data");
        info.Environment["LARKSUITE_CLI_APP_ID"] = DemoData.AppId;
        info.Environment["LARKSUITE_CLI_APP_SECRET"] = DemoData.AppSecret;
        info.Environment["LARKSUITE_CLI_OPEN_BASE_URL"] = _emulator.BaseUrl.ToString();
        return Process.Start(info)!;
    }

    [Fact]
    public async Task Ctrl_c_mid_download_exits_130_and_leaves_nothing_under_the_target_name()
    {
        _emulator.Faults.BandwidthBytesPerSecond = 2_000_000;
        using var process = Start("im", "+messages-resources-download", "--message-id", DemoData.LargeFileMessageId, "--file-key", DemoData.LargeFileKey, "--type", "file");
        var stderr = process.StandardError.ReadToEndAsync();
        // Past the probe: bytes of the second range are on disk, so the probe's bytes are verified.
        var partial = Path.Join(_cwd.Path, "." + DemoData.LargeFileKey + ".lark-partial");
        await Eventually.TrueAsync(() => File.Exists(partial) && new FileInfo(partial).Length > 131072, "bytes past the probe");

        using (var kill = Process.Start("kill", ["-INT", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await kill.WaitForExitAsync();
        await process.WaitForExitAsync();

        Assert.Equal(130, process.ExitCode);
        Assert.Contains("lark-cli: cancelled:", await stderr, StringComparison.Ordinal);
        Assert.Contains("verified bytes are kept hidden; run the same command again to resume", await stderr, StringComparison.Ordinal);
        Assert.Empty(_cwd.Visible());
        Assert.Contains(_cwd.Entries(), e => e.EndsWith(".lark-partial.json", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Stdout_carries_only_the_json_result()
    {
        using var process = Start("im", "+messages-resources-download", "--message-id", DemoData.SmallFileMessageId, "--file-key", DemoData.SmallFileKey, "--type", "file", "-q", ".data.size_bytes");
        var stdout = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(0, process.ExitCode);
        Assert.Equal(DemoData.SmallFileSize.ToString(System.Globalization.CultureInfo.InvariantCulture), stdout.Trim());
    }
}
