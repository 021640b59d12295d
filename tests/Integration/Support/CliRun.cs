using System.Text.Json.Nodes;
using Lark.Cli;
using Lark.Cli.Hosting;

namespace Lark.Resources.Integration.Support;

/// <summary>One run of the real <c>lark-cli</c> entry point, in-process, with captured output.</summary>
public sealed record CliRun(int ExitCode, string Out, string Error)
{
    /// <summary>Standard output as JSON.</summary>
    public JsonObject Json => JsonNode.Parse(Out) as JsonObject ?? throw new InvalidOperationException("no JSON object on stdout");

    /// <summary>Standard error's JSON document (the failure envelope), after any progress lines.</summary>
    public JsonObject ErrorJson => JsonNode.Parse(Error[Error.IndexOf('{', StringComparison.Ordinal)..]) as JsonObject ?? throw new InvalidOperationException("no JSON object on stderr");

    /// <summary>Asserts the exit code, showing stderr when it differs.</summary>
    public CliRun Exits(int expected)
    {
        Assert.True(ExitCode == expected, $"exit {ExitCode}, expected {expected}; stderr:\n{Error}");
        return this;
    }

    public static async Task<CliRun> RunAsync(CliHost host, params string[] args)
    {
        var code = await CliApp.RunAsync(args, host);
        return new CliRun(code, host.Out.ToString()!, host.Error.ToString()!);
    }

    /// <summary>Runs as <see cref="RunAsync"/>, then asserts that none of <paramref name="secrets"/> appears in either stream.</summary>
    public static async Task<CliRun> RunWithoutLeaksAsync(CliHost host, IEnumerable<string> secrets, params string[] args)
    {
        var run = await RunAsync(host, args);
        foreach (var secret in secrets)
        {
            Assert.DoesNotContain(secret, run.Out, StringComparison.Ordinal);
            Assert.DoesNotContain(secret, run.Error, StringComparison.Ordinal);
        }

        return run;
    }

    /// <summary>A host over a working directory, with the given environment and fresh captured streams.</summary>
    public static CliHost Host(string workingDirectory, IReadOnlyDictionary<string, string> environment, TimeProvider? time = null, string input = "") => new()
    {
        Environment = environment,
        WorkingDirectory = workingDirectory,
        Out = new StringWriter(),
        Error = new StringWriter(),
        In = new StringReader(input),
        Time = time ?? TimeProvider.System,
    };
}
