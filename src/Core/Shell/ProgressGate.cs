namespace Lark.Resources.Shell;

/// <summary>
/// Publishes progress at a bounded rate: stage changes always, byte counts at most once per interval. Parallel
/// segments report from several threads; snapshots still go out one at a time, as observers expect.
/// </summary>
internal sealed class ProgressGate(Action<DownloadProgress> publish, TimeProvider time, TimeSpan interval, long startBytes)
{
    private readonly long _started = time.GetTimestamp();
    private long _lastPublished = long.MinValue;
    private readonly Lock _gate = new();
    private DownloadStage? _lastStage;

    /// <summary>The file's name, once known: every later snapshot carries it.</summary>
    public string? FileName { get; set; }

    public void Report(DownloadStage stage, long bytesDone, long? total, string? range, string? message = null, DownloadResult? result = null)
    {
        lock (_gate)
            ReportLocked(stage, bytesDone, total, range, message, result);
    }

    private void ReportLocked(DownloadStage stage, long bytesDone, long? total, string? range, string? message, DownloadResult? result)
    {
        var now = time.GetTimestamp();
        var force = stage != _lastStage || stage == DownloadStage.Completed || message is not null;
        if (!force && _lastPublished != long.MinValue && time.GetElapsedTime(_lastPublished, now) < interval)
            return;
        _lastPublished = now;
        _lastStage = stage;
        var elapsed = time.GetElapsedTime(_started, now);
        var rate = elapsed > TimeSpan.Zero ? Math.Max(0, bytesDone - startBytes) / elapsed.TotalSeconds : 0;
        publish(new DownloadProgress(stage, bytesDone, total, range, rate, elapsed, message, result) { FileName = FileName });
    }
}
