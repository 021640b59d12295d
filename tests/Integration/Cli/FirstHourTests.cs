using System.Diagnostics;
using Lark.Resources.Integration.Support;

namespace Lark.Resources.Integration.Cli;

/// <summary>
/// What someone new meets first: bare <c>lark-cli</c> helps, a typo gets the nearest names in the validation
/// envelope, help fits the terminal without breaking examples, and the shell completes commands.
/// </summary>
public sealed class FirstHourTests : IDisposable
{
    private readonly TempDirectory _cwd = new();

    public void Dispose() => _cwd.Dispose();

    private Task<CliRun> Run(int? columns, params string[] args)
    {
        var env = new Dictionary<string, string> { ["HOME"] = _cwd.File("home") };
        if (columns is { } c)
            env["COLUMNS"] = c.ToString(System.Globalization.CultureInfo.InvariantCulture);
        return CliRun.RunAsync(CliRun.Host(_cwd.Path, env), args);
    }

    [Fact]
    public async Task Bare_lark_cli_prints_help_and_exits_0()
    {
        var run = await Run(null);

        run.Exits(0);
        Assert.Equal("", run.Error);
        Assert.Contains("Usage:", run.Out, StringComparison.Ordinal);
        Assert.Matches(@"(?m)^\s+im\s", run.Out);
        Assert.Matches(@"(?m)^\s+config\s", run.Out);
    }

    [Theory]
    [InlineData("im +messages-resource-download", "+messages-resource-download", "Did you mean +messages-resources-download? See lark-cli im --help.")]
    [InlineData("im +messages-resources-download --mesage-id om_x --file-key k --type file", "--mesage-id", "Did you mean --message-id? See lark-cli im +messages-resources-download --help.")]
    [InlineData("+messages-resources-download --message-id om_x", "+messages-resources-download", "Did you mean im +messages-resources-download? See lark-cli --help.")]
    [InlineData("auth log", "log", "Did you mean login or logout? See lark-cli auth --help.")]
    [InlineData("cofnig show", "cofnig", "Did you mean config? See lark-cli --help.")]
    [InlineData("im zzzzzz", "zzzzzz", "See lark-cli im --help.")]
    public async Task An_unknown_command_or_option_is_the_validation_envelope_with_the_nearest_names_in_the_hint(string line, string param, string hint)
    {
        var run = await Run(null, line.Split(' '));

        run.Exits(2);
        Assert.Equal("", run.Out);
        var error = run.ErrorJson["error"]!;
        Assert.Equal("validation", (string)error["type"]!);
        Assert.Equal("invalid_argument", (string)error["subtype"]!);
        Assert.Equal(param, (string)error["param"]!);
        Assert.Equal(hint, (string)error["hint"]!);
        Assert.Contains($"'{param}'", (string)error["message"]!, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_missing_required_option_is_named_in_param()
    {
        var run = await Run(null, "im", "+messages-resources-download", "--file-key", "file_v3_x", "--type", "file");

        run.Exits(2);
        Assert.Equal("--message-id", (string)run.ErrorJson["error"]!["param"]!);
    }

    [Theory]
    [InlineData(60)]
    [InlineData(100)]
    public async Task Help_wraps_prose_to_the_width_and_keeps_example_lines_whole(int columns)
    {
        var run = await Run(columns, "im", "+messages-resources-download", "--help");

        run.Exits(0);
        var lines = run.Out.ReplaceLineEndings("\n").Split('\n');
        const string example = "    lark-cli im +messages-resources-download --message-id om_xxx --file-key file_v3_xxx --type file -q .data.saved_path";
        Assert.Contains(example, lines);
        Assert.All(lines.Where(l => l != example), l => Assert.True(TerminalFrames.Cells(l) < columns, $"{TerminalFrames.Cells(l)} cells at {columns}: '{l}'"));
        // The source's hand-made breaks are gone: the first paragraph fills its lines (all but its last are near the width).
        var paragraph = lines.Skip(1).TakeWhile(l => l.Length > 0).ToList();
        Assert.True(paragraph.Count >= 2, run.Out);
        Assert.All(paragraph.SkipLast(1), l => Assert.True(l.Length > columns - 20, $"a short line in a wrapped paragraph: '{l}'"));
        Assert.Contains("(a 128 KiB probe", string.Join(' ', paragraph.Select(l => l.Trim())), StringComparison.Ordinal);
        // Options are wrapped by System.CommandLine to the same width.
        Assert.Matches(@"(?m)^\s+--output <path>\s", run.Out);
    }

    [Fact]
    public async Task Help_on_a_pipe_keeps_a_paragraph_per_line_for_a_pager_to_wrap()
    {
        var run = await Run(null, "im", "+messages-resources-download", "--help");

        run.Exits(0);
        Assert.Matches(@"(?m)^  Download an image or file resource from a message\. .*\(a 128 KiB probe, then 8 MiB chunks.*--overwrite\.$", run.Out);
    }

    [Fact]
    public async Task The_command_list_shows_each_subcommand_by_its_first_paragraph()
    {
        var run = await Run(200, "--help");

        run.Exits(0);
        var commands = run.Out[run.Out.IndexOf("Commands:", StringComparison.Ordinal)..];
        Assert.Matches(@"(?m)^  im\s+Instant messaging: download the images and files of messages\.$", commands);
        Assert.DoesNotContain("Example", commands, StringComparison.Ordinal);
        Assert.DoesNotContain("mcpServers", commands, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_suggest_directive_completes_commands_and_options()
    {
        const string line = "lark-cli im +messages-resources-download --o";
        var run = await Run(null, $"[suggest:{line.Length}]", line);

        run.Exits(0);
        Assert.Equal(["--output", "--overwrite"], run.Out.ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries));
    }

    [Fact]
    public async Task The_bash_completion_script_completes_through_the_program()
    {
        var script = Path.Join(RepositoryRoot(), "src", "Cli", "completion", "lark-cli.bash");
        var cli = Path.Join(AppContext.BaseDirectory, "lark-cli.dll");
        var info = new ProcessStartInfo("bash") { RedirectStandardOutput = true, RedirectStandardError = true };
        info.ArgumentList.Add("-c");
        info.ArgumentList.Add($$"""
            lark-cli() { dotnet '{{cli}}' "$@"; }
            source '{{script}}'
            COMP_LINE='lark-cli im +m'; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(lark-cli im +m); COMP_CWORD=2
            _lark_cli; printf '%s\n' "${COMPREPLY[@]}"
            COMP_LINE='lark-cli '; COMP_POINT=${#COMP_LINE}; COMP_WORDS=(lark-cli ''); COMP_CWORD=1
            _lark_cli; printf '%s\n' "${COMPREPLY[@]}"
            """);
        using var bash = Process.Start(info)!;
        var output = await bash.StandardOutput.ReadToEndAsync();
        await bash.WaitForExitAsync();

        Assert.Equal(0, bash.ExitCode);
        Assert.Equal(["+messages-export", "+messages-mget", "+messages-resources-download", "+messages-resources-list", "--help", "--version", "-h", "auth", "config", "im", "mcp"], output.Split('\n', StringSplitOptions.RemoveEmptyEntries));
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
