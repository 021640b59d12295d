using System.Diagnostics;
using System.Text;
using Lark.Emulator;
using Lark.Resources.Integration.Support;

namespace Lark.Resources.Integration.Demo;

/// <summary>
/// <c>demo/run.sh</c>, the README's first command, as a new user runs it: the case meant to fail says so, and the
/// temporary folder goes when the demo ends (on success and on SIGTERM), unless <c>--keep</c> asks to keep it, and
/// then the demo says where it is. The builds the tests already have stand in for the demo's own Release build.
/// </summary>
public sealed class DemoScriptTests : IDisposable
{
    // The demo's TMPDIR: whatever it leaves behind is in here.
    private readonly TempDirectory _tmp = new();

    public void Dispose() => _tmp.Dispose();

    private Process Start(params string[] args)
    {
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(Path.Join(RepositoryRoot(), "demo", "run.sh"));
        foreach (var a in args)
            info.ArgumentList.Add(a);
        info.Environment["TMPDIR"] = _tmp.Path;
        info.Environment["LARK_DEMO_EMULATOR"] = typeof(LarkEmulator).Assembly.Location;
        info.Environment["LARK_DEMO_CLI"] = Path.Join(AppContext.BaseDirectory, "lark-cli.dll");
        return Process.Start(info)!;
    }

    private async Task<(int ExitCode, string Out, string Error)> RunAsync(params string[] args)
    {
        using var process = Start(args);
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        await process.WaitForExitAsync(cts.Token);
        return (process.ExitCode, await output, await error);
    }

    [Fact]
    public async Task The_demo_marks_the_failure_it_means_and_removes_its_temporary_folder()
    {
        var (exitCode, output, error) = await RunAsync();

        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{error}");
        // The refusal is announced as expected right before its command, and its exit code is said to be expected after.
        var lines = output.ReplaceLineEndings("\n").Split('\n');
        var command = Array.FindIndex(lines, l => l.StartsWith("$ lark-cli", StringComparison.Ordinal) && l.Contains("om_demo_err_noaccess", StringComparison.Ordinal));
        Assert.True(command > 0, output);
        Assert.StartsWith("# expected failure: the bot has no access to this chat (Lark error 234002)", lines[command - 1], StringComparison.Ordinal);
        Assert.Contains("(exit 3, as expected: the demo is meant to fail here", output, StringComparison.Ordinal);
        Assert.Contains("\"code\": 234002", error, StringComparison.Ordinal);
        // Three single downloads, a chat's resources and its rerun; the export ends as the expected partial failure.
        Assert.Equal(5, CountOccurrences(output, "(exit 0)"));
        Assert.Contains("\"reused\": 14", output, StringComparison.Ordinal);
        Assert.Contains("# Demo chat", output, StringComparison.Ordinal);
        Assert.Contains("(exit 1, as expected", output, StringComparison.Ordinal);
        Assert.DoesNotContain("expected failure", string.Join('\n', lines[..(command - 1)]), StringComparison.Ordinal);
        Assert.Contains("removed when the demo ends", error, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(_tmp.Path));
    }

    [Fact]
    public async Task With_keep_the_demo_leaves_its_folder_and_says_where()
    {
        var (exitCode, output, error) = await RunAsync("--keep");

        Assert.True(exitCode == 0, $"exit {exitCode}\n{output}\n{error}");
        var kept = Assert.Single(Directory.EnumerateDirectories(_tmp.Path));
        Assert.Contains($"Kept {kept} (--keep)", error, StringComparison.Ordinal);
        Assert.True(File.Exists(Path.Join(kept, "downloads", "季度报告.xlsx")));
    }

    [Fact]
    public async Task Stopped_midway_the_demo_still_removes_its_folder_and_stops_the_emulator()
    {
        using var process = Start();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = new StringBuilder();
        using var cts = new CancellationTokenSource(TimeSpan.FromMinutes(3));
        while (await process.StandardError.ReadLineAsync(cts.Token) is { } line)
        {
            error.AppendLine(line);
            if (line.StartsWith("Emulator: ", StringComparison.Ordinal))
                break;
        }

        var folder = Assert.Single(Directory.EnumerateDirectories(_tmp.Path));
        var log = await File.ReadAllTextAsync(Path.Join(folder, "emulator.log"), cts.Token);
        using (var term = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            await term.WaitForExitAsync(cts.Token);
        var rest = process.StandardError.ReadToEndAsync(cts.Token);
        await process.WaitForExitAsync(cts.Token);

        Assert.True(process.ExitCode == 143, $"exit {process.ExitCode}\n{await output}\n{error}{await rest}");
        Assert.Empty(Directory.EnumerateFileSystemEntries(_tmp.Path));
        // The emulator the demo started is gone too: its port no longer answers.
        var port = int.Parse(System.Text.RegularExpressions.Regex.Match(log, @"127\.0\.0\.1:(\d+)").Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
        using var client = new System.Net.Sockets.TcpClient();
        await Assert.ThrowsAnyAsync<System.Net.Sockets.SocketException>(() => client.ConnectAsync(System.Net.IPAddress.Loopback, port, cts.Token).AsTask());
    }

    private static int CountOccurrences(string text, string value)
    {
        var count = 0;
        for (var at = text.IndexOf(value, StringComparison.Ordinal); at >= 0; at = text.IndexOf(value, at + value.Length, StringComparison.Ordinal))
            count++;
        return count;
    }

    private static string RepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Join(directory.FullName, "Lark.sln")))
                return directory.FullName;
        }

        throw new InvalidOperationException("Lark.sln not found above " + AppContext.BaseDirectory);
    }
}
