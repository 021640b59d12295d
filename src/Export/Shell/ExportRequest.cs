using Lark.Resources.Export.Rules;

namespace Lark.Resources.Export.Shell;

/// <summary>One export: what, where, and whether to download the resources.</summary>
public sealed record ExportRequest
{
    /// <summary>What to export.</summary>
    public required ExportSource Source { get; init; }

    /// <summary>The export directory (created when missing); a directory holding another export is refused.</summary>
    public required string Directory { get; init; }

    /// <summary>Download every resource once into <c>resources/</c> (otherwise the transcript only names them).</summary>
    public bool Resources { get; init; } = true;

    /// <summary>How many resources download at once (1–16).</summary>
    public int ResourceConcurrency { get; init; } = 4;

    /// <summary>
    /// For a chat exported before: read again every thread saved by an earlier run and add the replies sent since
    /// (one read of each such thread, so a rerun costs more requests). Without it a rerun adds only new top-level
    /// messages (and new threads, whole). A thread export always reads its whole thread; messages by id have none.
    /// </summary>
    public bool RefreshThreads { get; init; }

    /// <summary>The time zone the transcript shows times in.</summary>
    public TimeZoneInfo Zone { get; init; } = TimeZoneInfo.Local;

    /// <summary>Checks the bounds; nothing is sent or written for a refused request.</summary>
    public ExportCheck Validate() => ExportCheck.Of(Source, ResourceConcurrency);
}
