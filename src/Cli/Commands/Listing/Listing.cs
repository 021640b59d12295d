using System.CommandLine;
using Lark.Cli.Hosting;
using Lark.Cli.Output;

namespace Lark.Cli.Commands.Listing;

/// <summary>The run options of a listing command from its shared flags, checked before any request.</summary>
internal static class Listing
{
    public static ListingRunOptions Options(CliHost host, GlobalOptions globals, ParseResult parsed, ListingFlags flags)
    {
        var jq = Envelope.ParseJq(parsed.GetValue(globals.Jq));
        var format = ListingParse.Format(parsed.GetValue(flags.Format), jq is not null, host.Error);
        var (pages, delay) = flags.Paging
            ? ListingParse.Paging(parsed.GetValue(flags.PageAll), parsed.GetValue(flags.PageLimit), parsed.GetValue(flags.PageDelay))
            : (1, TimeSpan.Zero);
        return new ListingRunOptions
        {
            Format = format,
            Jq = jq,
            PageToken = flags.Paging && parsed.GetValue(flags.PageToken) is { Length: > 0 } token ? token : null,
            Pages = pages,
            PageDelay = delay,
            Reactions = !parsed.GetValue(flags.NoReactions),
            DownloadResources = parsed.GetValue(flags.DownloadResources),
            ResourceConcurrency = ListingParse.ResourceConcurrency(parsed.GetValue(flags.ResourceConcurrency)),
            DryRun = parsed.GetValue(flags.DryRun),
        };
    }
}
