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

    /// <summary>The time zone the transcript shows times in.</summary>
    public TimeZoneInfo Zone { get; init; } = TimeZoneInfo.Local;

    /// <summary>Checks the bounds; nothing is sent or written for a refused request.</summary>
    public ExportCheck Validate() => ExportCheck.Of(Source, ResourceConcurrency);
}
