namespace Lark.Cli.Output;

/// <summary>A <see cref="ProgressItem"/> at one moment.</summary>
/// <param name="Name">The name shown.</param>
/// <param name="Done">Bytes done.</param>
/// <param name="Total">The total, once known.</param>
/// <param name="BytesPerSecond">The rate.</param>
/// <param name="Finished">Whether it is done.</param>
/// <param name="WaitingFor">What a silence means now, if anything.</param>
/// <param name="Silence">Time since the last change.</param>
/// <param name="Version">Grows with every change.</param>
public sealed record ProgressSnapshot(string Name, long Done, long? Total, double BytesPerSecond, bool Finished, string? WaitingFor, TimeSpan Silence, long Version)
{
    /// <summary>How long a silence lasts before the display says what it waits for.</summary>
    public static TimeSpan NoticeAfter { get; } = TimeSpan.FromSeconds(1);

    /// <summary>Fraction done in [0, 1], once the total is known.</summary>
    public double? Fraction => Finished ? 1 : Total is > 0 and var t ? Math.Clamp((double)Done / t, 0, 1) : Total == 0 ? 1 : null;

    /// <summary>What it waits for and for how long, when a silence has lasted long enough to say so.</summary>
    public string? Waiting => !Finished && WaitingFor is not null && Silence >= NoticeAfter
        ? ProgressText.Waiting(WaitingFor, Silence)
        : null;
}
