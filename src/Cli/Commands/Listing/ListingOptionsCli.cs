using Lark.Cli.Output.Formats;
using Lark.Jq;

namespace Lark.Cli.Commands.Listing;

/// <summary>How a listing command runs and prints, from its flags.</summary>
internal sealed record ListingRunOptions
{
    public required OutputFormat Format { get; init; }

    public JqFilter? Jq { get; init; }

    public string? PageToken { get; init; }

    public int Pages { get; init; } = 1;

    public TimeSpan PageDelay { get; init; }

    public bool Reactions { get; init; } = true;

    public bool DownloadResources { get; init; }

    public int ResourceConcurrency { get; init; } = 3;

    public bool DryRun { get; init; }
}
