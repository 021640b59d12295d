using System.CommandLine;
using System.CommandLine.Parsing;

namespace Lark.Cli.Output;

/// <summary>
/// A command line that does not parse, as the contract's validation failure (exit 2): System.CommandLine's messages,
/// the first unknown token (else the first missing required option) as <c>param</c>, and in the hint the nearest
/// commands or options to each unknown token.
/// </summary>
public static class ParseFailures
{
    /// <summary>The failure for <paramref name="parsed"/>; <paramref name="commandName"/> is the command as typed (<c>lark-cli im</c>).</summary>
    public static CliFailure From(ParseResult parsed, string commandName)
    {
        ArgumentNullException.ThrowIfNull(parsed);
        var message = string.Join(" ", parsed.Errors.Select(e => e.Message));
        var unknown = parsed.UnmatchedTokens;
        // The first token with near names: what follows a mistyped command is usually its own arguments.
        var guesses = unknown.Select(token => Guesses(parsed.CommandResult, token).ToList()).FirstOrDefault(g => g.Count > 0) ?? [];
        var hint = guesses.Count > 0
            ? $"Did you mean {string.Join(" or ", guesses)}? See {commandName} --help."
            : $"See {commandName} --help.";
        return CliFailure.Validation(message, hint, (unknown.Count > 0 ? unknown[0] : null) ?? MissingOption(parsed));
    }

    // Options for what looks like an option, subcommands otherwise; failing those, a command elsewhere in the tree
    // (a right name in the wrong place: "lark-cli +messages-resources-download" means "lark-cli im …").
    private static IEnumerable<string> Guesses(CommandResult at, string token)
    {
        if (token.StartsWith('-'))
            return Suggestions.Nearest(token, Options(at));
        var here = Suggestions.Nearest(token, at.Command.Subcommands.Where(c => !c.Hidden).SelectMany(Names));
        if (here.Count > 0)
            return here;
        var root = at;
        while (root.Parent is CommandResult parent)
            root = parent;
        var paths = Descendants(root.Command, []).ToList();
        var near = Suggestions.Nearest(token, paths.Select(p => p.Name));
        return paths.Where(p => near.Contains(p.Name)).Select(p => p.Path).Where(p => p.Contains(' ', StringComparison.Ordinal));
    }

    private static IEnumerable<string> Options(CommandResult at)
    {
        foreach (var option in at.Command.Options.Where(o => !o.Hidden))
        {
            foreach (var name in Names(option))
                yield return name;
        }

        for (var parent = at.Parent as CommandResult; parent is not null; parent = parent.Parent as CommandResult)
        {
            foreach (var option in parent.Command.Options.Where(o => o.Recursive && !o.Hidden))
            {
                foreach (var name in Names(option))
                    yield return name;
            }
        }
    }

    private static IEnumerable<(string Name, string Path)> Descendants(Command command, List<string> path)
    {
        foreach (var child in command.Subcommands.Where(c => !c.Hidden))
        {
            List<string> here = [.. path, child.Name];
            yield return (child.Name, string.Join(' ', here));
            foreach (var deeper in Descendants(child, here))
                yield return deeper;
        }
    }

    private static IEnumerable<string> Names(Symbol symbol) => symbol switch
    {
        Option option => [option.Name, .. option.Aliases],
        Command command => [command.Name, .. command.Aliases],
        _ => [symbol.Name],
    };

    private static string? MissingOption(ParseResult parsed) =>
        parsed.Errors.Select(e => e.SymbolResult).OfType<OptionResult>().FirstOrDefault()?.Option.Name
        ?? parsed.CommandResult.Command.Options.FirstOrDefault(o => o.Required && parsed.GetResult(o) is null or { Implicit: true })?.Name;
}
