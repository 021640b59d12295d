using System.CommandLine;
using System.CommandLine.Help;
using System.CommandLine.Invocation;
using Lark.Cli.Hosting;

namespace Lark.Cli.Output;

/// <summary>
/// <c>--help</c> laid out for the terminal: System.CommandLine's own help (usage, options, commands, wrapped by it
/// to the width), with the command's description reflowed by <see cref="HelpText"/> instead of its hand-made line
/// breaks, and each subcommand listed by its first paragraph only (its examples are in its own help).
/// </summary>
/// <remarks>
/// System.CommandLine 3 keeps its help builder internal; its public <see cref="HelpAction"/> is run as is, writing to
/// a buffer, with the descriptions swapped for the time of the call; the description's place is then filled in.
/// </remarks>
/// <param name="host">The host: its width and standard output.</param>
public sealed class WrappingHelpAction(CliHost host) : SynchronousCommandLineAction
{
    // Stands for the description in the built-in help's output, to be replaced by the reflowed text.
    private const string Placeholder = "\u0001description\u0001";
    private const string Indent = "  ";

    /// <inheritdoc />
    public override bool ClearsParseErrors => true;

    /// <summary>
    /// The width help is laid out for: <c>COLUMNS</c> or the terminal's when standard output is a terminal or
    /// <c>COLUMNS</c> is set; otherwise none (a pipe or file gets a paragraph per line).
    /// </summary>
    public int? Width => host.OutputIsTerminal || host.Env("COLUMNS") is not null ? host.Columns : null;

    /// <inheritdoc />
    public override int Invoke(ParseResult parseResult)
    {
        ArgumentNullException.ThrowIfNull(parseResult);
        var command = parseResult.CommandResult.Command;
        var description = command.Description;
        var configuration = parseResult.InvocationConfiguration;
        var output = configuration.Output;
        var saved = command.Subcommands.Select(c => (Command: c, c.Description)).ToList();
        using var buffer = new StringWriter();
        try
        {
            command.Description = Placeholder;
            foreach (var (subcommand, summary) in saved)
                subcommand.Description = HelpText.Summary(summary);
            configuration.Output = buffer;
            // One cell short of the width, as a full line wraps on some terminals.
            new HelpAction { MaxWidth = Width - 1 is > 0 and var max ? max : int.MaxValue }.Invoke(parseResult);
        }
        finally
        {
            configuration.Output = output;
            command.Description = description;
            foreach (var (subcommand, summary) in saved)
                subcommand.Description = summary;
        }

        var lines = HelpText.Reflow(description, Width - Indent.Length - 1).Select(l => l.Length == 0 ? "" : Indent + l);
        var text = buffer.ToString().Replace(Indent + Placeholder, string.Join('\n', lines), StringComparison.Ordinal);
        // The built-in help leaves a space at the end of wrapped lines; without it a line never reaches the edge.
        foreach (var line in text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n'))
            output.WriteLine(line.TrimEnd());
        output.WriteLine();
        return 0;
    }
}
