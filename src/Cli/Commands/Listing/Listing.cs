using System.CommandLine;
using Lark.Cli.Hosting;
using Lark.Cli.Output;
using Lark.Cli.Output.Formats;
using Lark.Jq;
using Lark.Resources.Rules.Errors;

namespace Lark.Cli.Commands.Listing;

/// <summary>
/// What the listing commands share around their own checks: the output flags, the paging budget, the run options, and
/// the official CLI's way of naming a refused flag as it was typed (an alias) rather than by its canonical name.
/// </summary>
internal static class Listing
{
    /// <summary>
    /// Sets <paramref name="action"/> as the command's action. A validation failure naming a flag the user spelled with
    /// an alias names that alias, and its hint says which flag the alias maps to, as the official CLI reports it.
    /// </summary>
    public static void SetAction(Command command, Func<ParseResult, CancellationToken, Task<int>> action) =>
        command.SetAction(async (parsed, cancellationToken) =>
        {
            try
            {
                return await action(parsed, cancellationToken);
            }
            catch (CliFailureException e) when (Attributed(parsed, e.Failure) is { } typed)
            {
                throw new CliFailureException(typed, e.Identity);
            }
        });

    /// <summary>The output format and --jq, checked together (the official CLI checks them after the enum flags).</summary>
    public static (OutputFormat Format, JqFilter? Jq) Output(CliHost host, GlobalOptions globals, ParseResult parsed, ListingFlags flags)
    {
        var jq = Envelope.ParseJq(parsed.GetValue(globals.Jq));
        return (ListingParse.Format(parsed.GetValue(flags.Format), jq is not null, host.Error), jq);
    }

    /// <summary>The paging budget (both flags are checked even without --page-all).</summary>
    public static (int Pages, TimeSpan Delay) Paging(ParseResult parsed, ListingFlags flags) =>
        ListingParse.Paging(parsed.GetValue(flags.PageAll), parsed.GetValue(flags.PageLimit), parsed.GetValue(flags.PageDelay));

    /// <summary>The run options from the checked pieces and the remaining flags.</summary>
    public static ListingRunOptions Options(ParseResult parsed, ListingFlags flags, (OutputFormat Format, JqFilter? Jq) output, (int Pages, TimeSpan Delay) paging) => new()
    {
        Format = output.Format,
        Jq = output.Jq,
        PageToken = flags.Paging && parsed.GetValue(flags.PageToken) is { Length: > 0 } token ? token : null,
        Pages = paging.Pages,
        PageDelay = paging.Delay,
        Reactions = !parsed.GetValue(flags.NoReactions),
        DownloadResources = parsed.GetValue(flags.DownloadResources),
        ResourceConcurrency = ListingParse.ResourceConcurrency(parsed.GetValue(flags.ResourceConcurrency)),
        DryRun = parsed.GetValue(flags.DryRun),
    };

    // The failure under the alias the user typed, or null when there is nothing to change.
    private static CliFailure? Attributed(ParseResult parsed, CliFailure failure)
    {
        if (failure.Category != ErrorCategory.Validation || failure.Param is not { } param)
            return null;
        var option = parsed.CommandResult.Command.Options.FirstOrDefault(o => o.Name == param && o.Aliases.Count > 0);
        // A one-letter shorthand (-q) is not an alias: the official CLI names the flag.
        if (option is null || parsed.GetResult(option) is not { Implicit: false, IdentifierToken.Value: { } typed } || typed == param
            || !typed.StartsWith("--", StringComparison.Ordinal))
            return null;
        var mapping = $"{typed} maps to canonical flag {param}";
        var hint = failure.Hint.Length == 0 ? mapping : failure.Hint.Contains(mapping, StringComparison.Ordinal) ? failure.Hint : $"{failure.Hint}\n{mapping}";
        return failure with { Param = typed, Hint = hint };
    }
}
