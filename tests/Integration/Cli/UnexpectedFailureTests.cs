using System.Net.Sockets;
using Lark.Cli;
using Lark.Cli.Hosting;
using Lark.Cli.Output;
using Lark.Emulator.Fixtures;

namespace Lark.Resources.Integration.Cli;

/// <summary>Exceptions outside the download still end as the envelope with an exit code, never as a stack trace.</summary>
public sealed class UnexpectedFailureTests
{
    [Fact]
    public async Task A_config_dir_below_a_regular_file_is_a_file_failure_with_exit_5()
    {
        await using var h = await CliHarness.StartAsync();
        var blocker = h.Directory.File("blocker");
        await File.WriteAllTextAsync(blocker, "a regular file, not a directory");
        h.Environment["LARKSUITE_CLI_CONFIG_DIR"] = Path.Join(blocker, "config");

        var run = await h.RunAsync(["config", "init", "--app-id", DemoData.AppId, "--app-secret-stdin"], DemoData.AppSecret);

        Assert.Equal(5, run.ExitCode);
        Assert.Equal("", run.Out);
        var error = run.ErrorJson["error"]!;
        Assert.Equal("internal", (string)error["type"]!);
        Assert.Equal("file_io", (string)error["subtype"]!);
        Assert.Contains("LARKSUITE_CLI_CONFIG_DIR", (string)error["hint"]!, StringComparison.Ordinal);
        Assert.DoesNotContain("   at ", run.Error, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Anything_else_that_escapes_is_an_internal_failure_with_exit_5()
    {
        using var home = new Support.TempDirectory();
        using var error = new StringWriter();
        var host = new CliHost
        {
            Environment = new Dictionary<string, string> { ["HOME"] = home.Path, ["LARKSUITE_CLI_CONFIG_DIR"] = home.File("c"), ["LARKSUITE_CLI_DATA_DIR"] = home.File("d") },
            WorkingDirectory = home.Path,
            Out = new BrokenWriter(),
            Error = error,
            In = new StringReader(""),
        };

        var code = await CliApp.RunAsync(CliHarness.DryRun(), host);

        Assert.Equal(5, code);
        var json = System.Text.Json.Nodes.JsonNode.Parse(error.ToString())!;
        Assert.Equal("internal", (string)json["error"]!["type"]!);
        Assert.Contains(nameof(NotSupportedException), (string)json["error"]!["message"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("io", "internal", 5)]
    [InlineData("access", "internal", 5)]
    [InlineData("socket", "network", 4)]
    [InlineData("http", "network", 4)]
    [InlineData("other", "internal", 5)]
    public void Exceptions_are_classified(string which, string type, int exit)
    {
        Exception e = which switch
        {
            "io" => new IOException("disk full"),
            "access" => new UnauthorizedAccessException("denied"),
            "socket" => new IOException("reset", new SocketException((int)SocketError.ConnectionReset)),
            "http" => new HttpRequestException("refused"),
            _ => new InvalidOperationException("bug"),
        };

        var failure = UnexpectedFailure.From(e);

        Assert.Equal((type, exit), (failure.Type, failure.ExitCode));
        Assert.Contains(e.Message, failure.Message, StringComparison.Ordinal);
    }

    private sealed class BrokenWriter : StringWriter
    {
        public override void WriteLine(string? value) => throw new NotSupportedException("stdout is gone");
    }
}
