namespace Lark.Resources.Shell;

/// <summary>Publishes progress at a bounded rate: stage changes always, byte counts at most once per interval.</summary>
internal sealed class ProgressGate(Action<DownloadProgress> publish, TimeProvider time, TimeSpan interval, long startBytes)
{
    private readonly long _started = time.GetTimestamp();
    private long _lastPublished = long.MinValue;
    private DownloadStage? _lastStage;

    public void Report(DownloadStage stage, long bytesDone, long? total, string? range, string? message = null, DownloadResult? result = null)
    {
        var now = time.GetTimestamp();
        var force = stage != _lastStage || stage == DownloadStage.Completed || message is not null;
        if (!force && _lastPublished != long.MinValue && time.GetElapsedTime(_lastPublished, now) < interval)
            return;
        _lastPublished = now;
        _lastStage = stage;
        var elapsed = time.GetElapsedTime(_started, now);
        var rate = elapsed > TimeSpan.Zero ? Math.Max(0, bytesDone - startBytes) / elapsed.TotalSeconds : 0;
        publish(new DownloadProgress(stage, bytesDone, total, range, rate, elapsed, message, result));
    }
}
