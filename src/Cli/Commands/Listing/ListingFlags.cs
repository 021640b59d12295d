using System.CommandLine;

namespace Lark.Cli.Commands.Listing;

/// <summary>
/// The flags the official listing commands share, with the official aliases and defaults: order, page size and token,
/// reactions, resources, paging (<c>--page-all</c>, <c>--page-limit</c>, <c>--page-delay</c>), format, dry run.
/// </summary>
internal sealed class ListingFlags
{
    public ListingFlags(string defaultOrder, bool pageSizeAlias, bool paging)
    {
        Order = pageSizeAlias
            ? new Option<string>("--order", "--sort-order", "--sort") { Description = $"Order by creation time: asc or desc (default {defaultOrder}).", HelpName = "asc|desc", DefaultValueFactory = _ => defaultOrder }
            : new Option<string>("--order", "--sort") { Description = $"Order by creation time: asc or desc (default {defaultOrder}).", HelpName = "asc|desc", DefaultValueFactory = _ => defaultOrder };
        PageSize = pageSizeAlias
            ? new Option<string>("--page-size", "--limit") { Description = "Messages per page, 1–50 (default 50).", HelpName = "n", DefaultValueFactory = _ => "50" }
            : new Option<string>("--page-size") { Description = "Messages per page, 1–50 (default 50).", HelpName = "n", DefaultValueFactory = _ => "50" };
        Paging = paging;
    }

    public bool Paging { get; }

    public Option<string> Order { get; }

    public Option<string> PageSize { get; }

    public Option<string?> PageToken { get; } = new("--page-token") { Description = "Start from this page token (from a previous page_token or next_token).", HelpName = "token" };

    public Option<bool> PageAll { get; } = new("--page-all") { Description = "Continue from --page-token (if set) until the end or --page-limit pages." };

    public Option<int> PageLimit { get; } = new("--page-limit") { Description = "Most pages --page-all reads (1–1000).", DefaultValueFactory = _ => 10, HelpName = "n" };

    public Option<int> PageDelay { get; } = new("--page-delay") { Description = "Milliseconds between pages with --page-all (0–60000; 0 waits nothing).", DefaultValueFactory = _ => 200, HelpName = "ms" };

    public Option<bool> NoReactions { get; } = new("--no-reactions") { Description = "Do not read reactions (saves one request per 20 messages)." };

    public Option<bool> DownloadResources { get; } = new("--download-resources")
    {
        Description = "Download every image, file, audio and video (and those inside posts and merge-forwards; not stickers) into ./lark-im-resources/, each once, verified, resumable; a rerun reuses what is saved.",
    };

    public Option<int> ResourceConcurrency { get; } = new("--resource-concurrency") { Description = "Resources downloaded at once with --download-resources (1–16).", DefaultValueFactory = _ => 3, HelpName = "n" };

    public Option<string?> Format { get; } = new("--format") { Description = "Output: json (default), ndjson (one message a line, streamed), table, csv or pretty.", HelpName = "json|ndjson|table|csv|pretty" };

    public Option<bool> DryRun { get; } = new("--dry-run") { Description = "Print the requests that would be sent, and send nothing. Needs no credentials." };

    /// <summary>Adds the flags to a command (order, page size and paging only when it pages).</summary>
    public void AddTo(Command command)
    {
        if (Paging)
        {
            command.Add(Order);
            command.Add(PageSize);
            command.Add(PageToken);
            command.Add(PageAll);
            command.Add(PageLimit);
            command.Add(PageDelay);
        }

        command.Add(NoReactions);
        command.Add(DownloadResources);
        command.Add(ResourceConcurrency);
        command.Add(Format);
        command.Add(DryRun);
    }
}
