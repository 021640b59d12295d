using System.Threading.Channels;
using Lark.Resources.Shell;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Lark.Cli.Mcp;

/// <summary>
/// Turns a download's progress into <c>notifications/progress</c> for one call: at most one per interval (the final
/// one always), progress never going back (a restart at byte 0 is not reported until it passes the last value), sent
/// in order by one pump so the engine never waits on the client.
/// </summary>
internal sealed class ProgressNotifier : IProgress<DownloadProgress>
{
    private readonly Channel<ProgressNotificationValue> _queue = Channel.CreateUnbounded<ProgressNotificationValue>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly Task _pump;
    private readonly Lock _gate = new();
    private long _lastSentAt = long.MinValue;
    private long _lastBytes = -1;
    private long? _lastTotal;

    public ProgressNotifier(McpServer server, ProgressToken token, TimeProvider time, TimeSpan interval)
    {
        _time = time;
        _interval = interval;
        _pump = PumpAsync(server, token);
    }

    public void Report(DownloadProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            var final = value.Stage == DownloadStage.Completed;
            var due = _lastSentAt == long.MinValue || _time.GetElapsedTime(_lastSentAt, now) >= _interval;
            var moved = value.BytesDone > _lastBytes || (value.BytesDone == _lastBytes && value.TotalBytes != _lastTotal);
            if (!moved || !(due || final))
                return;
            _lastSentAt = now;
            _lastBytes = value.BytesDone;
            _lastTotal = value.TotalBytes;
            _queue.Writer.TryWrite(new ProgressNotificationValue
            {
                Progress = value.BytesDone,
                Total = value.TotalBytes,
                Message = value.Message ?? value.Stage.ToString(),
            });
        }
    }

    /// <summary>Sends what is queued, then stops: every notification precedes the tool's answer.</summary>
    public Task CompleteAsync()
    {
        _queue.Writer.TryComplete();
        return _pump;
    }

    private async Task PumpAsync(McpServer server, ProgressToken token)
    {
        await foreach (var value in _queue.Reader.ReadAllAsync())
        {
            try
            {
                await server.NotifyProgressAsync(token, value);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException or OperationCanceledException)
            {
                // The client went away: progress is best effort, the download's answer decides.
                return;
            }
        }
    }
}
