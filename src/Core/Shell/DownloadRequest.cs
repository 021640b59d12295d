using Lark.Resources.Rules.Ranges;

namespace Lark.Resources.Shell;

/// <summary>One resource to download, as a caller states it. Validated when the download starts.</summary>
public sealed record DownloadRequest
{
    /// <summary>The message id (<c>om_…</c>).</summary>
    public required string MessageId { get; init; }

    /// <summary>The resource key from the message content (<c>img_…</c> or <c>file_…</c>).</summary>
    public required string FileKey { get; init; }

    /// <summary><c>image</c> or <c>file</c>.</summary>
    public required string Type { get; init; }

    /// <summary>A relative output path; none means the server's name, else the file key.</summary>
    public string? Output { get; init; }

    /// <summary>The directory relative paths start from and must stay inside; default: the current directory.</summary>
    public string? Directory { get; init; }

    /// <summary>Replace an existing file at the target.</summary>
    public bool Overwrite { get; init; }

    /// <summary>Probe and chunk sizes; the defaults are the official CLI's.</summary>
    public ChunkPlanOptions Plan { get; init; } = ChunkPlanOptions.Default;

    /// <summary>How many ranges to fetch at once (1 = the official sequential plan).</summary>
    public int Concurrency { get; init; } = 1;
}
