namespace Lark.Resources.Shell;

/// <summary>An immutable snapshot of a download's progress.</summary>
/// <param name="Stage">What it is doing.</param>
/// <param name="BytesDone">Verified bytes so far.</param>
/// <param name="TotalBytes">The file's size, once known.</param>
/// <param name="CurrentRange">The range in flight (<c>bytes=a-b</c>), if any.</param>
/// <param name="BytesPerSecond">Average rate of this run.</param>
/// <param name="Elapsed">Time since this run started.</param>
/// <param name="Message">Why it is retrying or restarting, when it is.</param>
/// <param name="Result">The result, on the final snapshot.</param>
public sealed record DownloadProgress(
    DownloadStage Stage,
    long BytesDone,
    long? TotalBytes,
    string? CurrentRange,
    double BytesPerSecond,
    TimeSpan Elapsed,
    string? Message = null,
    DownloadResult? Result = null)
{
    /// <summary>The name the file will be saved under, once an answer (or the output path) says it.</summary>
    public string? FileName { get; init; }

    /// <summary>Fraction done in [0, 1], once the total is known.</summary>
    public double? Fraction => TotalBytes is > 0 and var t ? Math.Clamp((double)BytesDone / t, 0, 1) : TotalBytes == 0 ? 1 : null;
}
