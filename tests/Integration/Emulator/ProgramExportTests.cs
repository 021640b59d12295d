using System.Globalization;
using Lark.Emulator.Fixtures;
using Lark.Emulator.Hosting;
using Lark.Resources.Integration.Support;

namespace Lark.Resources.Integration.Emulator;

/// <summary>
/// The emulator program prints the <c>export LARKSUITE_CLI_…=</c> lines a person pastes to point lark-cli at it,
/// with the port it really listens on (also when <c>--port 0</c> picked it), and those lines work.
/// </summary>
public sealed partial class ProgramTests
{
    private static async Task<List<string>> ReadExportsAsync(System.Diagnostics.Process process)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var exports = new List<string>();
        while (exports.Count < 4 && await process.StandardOutput.ReadLineAsync(cts.Token) is { } line)
        {
            if (line.StartsWith("export ", StringComparison.Ordinal))
                exports.Add(line);
        }

        return exports;
    }

    [Fact]
    public async Task Program_prints_the_export_lines_to_paste_with_its_actual_port()
    {
        await using var running = new RunningProgram(Start("--port", "0", "--no-rate-limit"));
        var process = running.Process;
        var port = await ReadPortAsync(process);
        Assert.NotEqual(0, port);

        var exports = await ReadExportsAsync(process);

        var url = string.Create(CultureInfo.InvariantCulture, $"http://127.0.0.1:{port}");
        Assert.Equal(
            [
                $"export LARKSUITE_CLI_APP_ID={DemoData.AppId}",
                $"export LARKSUITE_CLI_APP_SECRET={DemoData.AppSecret}",
                $"export LARKSUITE_CLI_OPEN_BASE_URL={url}",
                $"export LARKSUITE_CLI_ACCOUNTS_BASE_URL={url}",
            ],
            exports);

        // Pasted as they are, they work: the real CLI downloads with exactly that environment.
        using var home = new TempDirectory();
        var env = exports.Select(l => l["export ".Length..].Split('=', 2)).ToDictionary(p => p[0], p => p[1], StringComparer.Ordinal);
        env["HOME"] = home.Path;
        env["LARKSUITE_CLI_CONFIG_DIR"] = home.File("config");
        env["LARKSUITE_CLI_DATA_DIR"] = home.File("data");
        var run = await CliRun.RunAsync(CliRun.Host(home.Path, env),
            "im", "+messages-resources-download", "--message-id", DemoData.SmallFileMessageId, "--file-key", DemoData.SmallFileKey, "--type", "file");
        run.Exits(0);
        Assert.Equal(DemoData.SmallFileSize, (long)run.Json["data"]!["size_bytes"]!);
    }

    [Theory]
    [InlineData("demo-secret-0123456789abcdef", "demo-secret-0123456789abcdef")]
    [InlineData("a b", "'a b'")]
    [InlineData("it's $HOME", "'it'\\''s $HOME'")]
    [InlineData("", "''")]
    public void A_value_that_a_shell_would_change_is_single_quoted(string value, string word) =>
        Assert.Equal(word, ShellExports.Quote(value));
}
