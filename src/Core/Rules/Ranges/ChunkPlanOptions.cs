namespace Lark.Resources.Rules.Ranges;

/// <summary>How a file is cut into ranges. The defaults reproduce the official CLI's plan.</summary>
public sealed record ChunkPlanOptions
{
    /// <summary>The official CLI's first request: 128 KiB, to learn the total and content type.</summary>
    public const long DefaultProbeSize = 128 * 1024;

    /// <summary>The official CLI's later requests: 8 MiB each.</summary>
    public const long DefaultChunkSize = 8 * 1024 * 1024;

    /// <summary>The default options.</summary>
    public static ChunkPlanOptions Default { get; } = new();

    /// <summary>Size of the first request, sent before the total is known.</summary>
    public long ProbeSize { get; init; } = DefaultProbeSize;

    /// <summary>Size of every later request.</summary>
    public long ChunkSize { get; init; } = DefaultChunkSize;

    /// <summary>Where the plan starts: the verified length of a resumed download, else 0.</summary>
    public long StartOffset { get; init; }

    /// <summary>How many ranges may be in flight at once (1 = the official sequential plan).</summary>
    public int Segments { get; init; } = 1;

    /// <summary>Checks the options; a reason when one is out of range.</summary>
    public Result<ChunkPlanOptions> Validate() =>
        ProbeSize <= 0 ? Result<ChunkPlanOptions>.Fail($"the probe size must be positive (got {ProbeSize})")
        : ChunkSize <= 0 ? Result<ChunkPlanOptions>.Fail($"the chunk size must be positive (got {ChunkSize})")
        : StartOffset < 0 ? Result<ChunkPlanOptions>.Fail($"the start offset cannot be negative (got {StartOffset})")
        : Segments is < 1 or > 64 ? Result<ChunkPlanOptions>.Fail($"segments must be between 1 and 64 (got {Segments})")
        : Result<ChunkPlanOptions>.Ok(this);
}
