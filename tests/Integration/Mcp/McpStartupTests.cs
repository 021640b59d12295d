using System.Diagnostics;
using System.Text.Json.Nodes;
using Lark.Resources.Integration.Support;

namespace Lark.Resources.Integration.Mcp;

/// <summary><c>lark-cli mcp</c> that cannot serve: it says why at start-up, not on the first call.</summary>
public sealed class McpStartupTests
{
    [Fact]
    public async Task Unconfigured_it_exits_3_with_the_config_envelope_on_stderr_and_nothing_on_stdout()
    {
        using var home = new TempDirectory();
        var info = new ProcessStartInfo("dotnet")
        {
            WorkingDirectory = home.Path,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
        };
        info.ArgumentList.Add(Path.Join(AppContext.BaseDirectory, "lark-cli.dll"));
        info.ArgumentList.Add("mcp");
        info.Environment["HOME"] = home.Path;
        info.Environment["LARKSUITE_CLI_CONFIG_DIR"] = home.File("config");
        info.Environment["LARKSUITE_CLI_DATA_DIR"] = home.File("data");
        foreach (var name in new[] { "LARKSUITE_CLI_APP_ID", "LARKSUITE_CLI_APP_SECRET", "LARKSUITE_CLI_USER_ACCESS_TOKEN", "LARKSUITE_CLI_TENANT_ACCESS_TOKEN", "LARKSUITE_CLI_DEFAULT_AS", "LARKSUITE_CLI_STRICT_MODE" })
            info.Environment.Remove(name);

        using var process = Process.Start(info)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();

        Assert.Equal(3, process.ExitCode);
        Assert.Equal("", await stdout);
        var json = JsonNode.Parse(await stderr)!;
        Assert.Equal("config", (string)json["error"]!["type"]!);
        Assert.Contains("lark-cli config init", (string)json["error"]!["hint"]!, StringComparison.Ordinal);
        Assert.Empty(Directory.EnumerateFileSystemEntries(home.Path));
    }
}
