namespace Lark.Bench;

/// <summary>Median and minimum over repeated runs: noisy shared machines make means misleading.</summary>
public sealed record Stats(double MedianWall, double MinWall, double MedianCpu, double MinCpu, double MedianRssMiB, double MaxRssMiB)
{
    public static Stats Of(IReadOnlyList<Measurement> runs)
    {
        static double Median(IEnumerable<double> values)
        {
            var sorted = values.Order().ToArray();
            return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2;
        }

        return new Stats(
            Median(runs.Select(r => r.WallSeconds)), runs.Min(r => r.WallSeconds),
            Median(runs.Select(r => r.CpuSeconds)), runs.Min(r => r.CpuSeconds),
            Median(runs.Select(r => r.PeakRssKiB / 1024.0)), runs.Max(r => r.PeakRssKiB / 1024.0));
    }
}
