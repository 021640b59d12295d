namespace Lark.Resources.Shell.Batch;

/// <summary>Where a batch saves and how it behaves.</summary>
public sealed record BatchOptions
{
    /// <summary>The name of the index of saved resources kept in the batch directory.</summary>
    public const string DefaultIndexFileName = ".lark-resources.json";

    /// <summary>The directory every item's name is relative to; created when missing.</summary>
    public required string Directory { get; init; }

    /// <summary>How many resources download at once (1–16; the client's pacer keeps every request within Lark's limits).</summary>
    public int Concurrency { get; init; } = 3;

    /// <summary>
    /// Replace a file already at an item's name that the index does not know (names derived from immutable keys make
    /// this safe); without it such a file is a failure of that item and stays untouched.
    /// </summary>
    public bool ReplaceUnknownFiles { get; init; }

    /// <summary>The index file's name inside <see cref="Directory"/>.</summary>
    public string IndexFileName { get; init; } = DefaultIndexFileName;
}
