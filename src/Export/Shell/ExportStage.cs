namespace Lark.Resources.Export.Shell;

/// <summary>What an export is doing.</summary>
public enum ExportStage
{
    /// <summary>Reading the manifest and what an earlier run saved.</summary>
    Starting,

    /// <summary>Reading pages of messages (resources download meanwhile).</summary>
    Listing,

    /// <summary>Every page read; the last resources are downloading.</summary>
    Downloading,

    /// <summary>Writing the transcript.</summary>
    Rendering,

    /// <summary>Done: the result is set.</summary>
    Completed,
}
