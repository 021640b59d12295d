namespace Lark.Resources.Integration.Cli;

/// <summary><c>--help</c> on every command: exit 0, an example, the options that mean something there and no others.</summary>
public sealed class HelpTests
{
    public static TheoryData<string> Commands => new()
    {
        "",
        "im",
        "im +messages-resources-download",
        "config",
        "config init",
        "config show",
        "auth",
        "auth login",
        "auth status",
        "auth logout",
        "mcp",
    };

    private static async Task<(string Description, string Details)> HelpAsync(string command)
    {
        await using var h = await CliHarness.StartAsync();
        string[] args = [.. command.Split(' ', StringSplitOptions.RemoveEmptyEntries), "--help"];
        var run = await h.RunAsync(args);
        Assert.True(run.ExitCode == 0, run.Error);
        var usage = run.Out.IndexOf("Usage:", StringComparison.Ordinal);
        Assert.True(usage > 0, run.Out);
        return (run.Out[..usage], run.Out[usage..]);
    }

    [Theory]
    [MemberData(nameof(Commands))]
    public async Task Help_exits_0_and_its_description_shows_an_example(string command)
    {
        var (description, _) = await HelpAsync(command);
        Assert.Contains("Example", description, StringComparison.Ordinal);
        Assert.Contains("lark-cli ", description[description.IndexOf("Example", StringComparison.Ordinal)..], StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("")]
    [InlineData("config init")]
    [InlineData("auth login")]
    public async Task Where_credentials_are_stored_the_help_says_the_store_is_not_shared_on_macos_and_windows(string command)
    {
        var (description, _) = await HelpAsync(command);
        Assert.Contains("Linux only", description, StringComparison.Ordinal);
        Assert.Contains("macOS and Windows", description, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("im +messages-resources-download", "--as --profile --jq", "")]
    [InlineData("mcp", "--as --profile", "--jq")]
    [InlineData("config init", "--jq", "--as --profile")]
    [InlineData("config show", "--as --profile --jq", "")]
    [InlineData("auth login", "--profile --jq", "--as")]
    [InlineData("auth status", "--as --profile --jq", "")]
    [InlineData("auth logout", "--profile --jq", "--as")]
    public async Task Shared_options_appear_only_where_they_apply(string command, string present, string absent)
    {
        var (_, options) = await HelpAsync(command);
        foreach (var option in present.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            Assert.Matches(Listed(option), options);
        foreach (var option in absent.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            Assert.DoesNotMatch(Listed(option), options);
    }

    // An option's own line in the Options list: "  --as <user|bot>  …" or "  -q, --jq <expr>  …".
    private static System.Text.RegularExpressions.Regex Listed(string option) =>
        new($@"(?m)^\s+(-\w, )?{System.Text.RegularExpressions.Regex.Escape(option)}\b");

    [Fact]
    public async Task An_option_where_it_means_nothing_is_refused_not_ignored()
    {
        await using var h = await CliHarness.StartAsync();
        var run = await h.RunAsync("mcp", "--jq", ".data");
        Assert.Equal(2, run.ExitCode);
        Assert.Equal("validation", (string)run.ErrorJson["error"]!["type"]!);
        Assert.Contains("--jq", (string)run.ErrorJson["error"]!["message"]!, StringComparison.Ordinal);
    }
}
