using System.Text.Json.Nodes;
using System.Threading.Channels;
using Lark.Resources.Export.Shell;
using Lark.Resources.Shell;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Lark.Cli.Mcp;

/// <summary>
/// Turns a download's progress into <c>notifications/progress</c> for one call: at most one per interval (the final
/// one always), progress never going back (a restart at byte 0 is not reported until it passes the last value), sent
/// in order by one pump so the engine never waits on the client. Written as JSON by hand because the SDK's
/// <c>ProgressNotificationValue</c> holds a float, which cannot count bytes past 16 MiB exactly.
/// </summary>
internal sealed class ProgressNotifier : IProgress<DownloadProgress>, IProgress<ExportProgress>
{
    private readonly Channel<JsonRpcNotification> _queue = Channel.CreateUnbounded<JsonRpcNotification>(new UnboundedChannelOptions { SingleReader = true });
    private readonly TimeProvider _time;
    private readonly TimeSpan _interval;
    private readonly Task _pump;
    private readonly Lock _gate = new();
    private long _lastSentAt = long.MinValue;
    private long _lastBytes = -1;
    private readonly JsonNode _token;

    public ProgressNotifier(McpServer server, ProgressToken token, TimeProvider time, TimeSpan interval)
    {
        _time = time;
        _interval = interval;
        _token = token.Token is long number ? JsonValue.Create(number) : JsonValue.Create(token.ToString() ?? "");
        _pump = PumpAsync(server);
    }

    public void Report(DownloadProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        Send(value.BytesDone, value.TotalBytes, value.Message ?? value.Stage.ToString(), value.Stage == DownloadStage.Completed);
    }

    /// <summary>An export's progress: messages saved plus resources saved (both only grow), with what it is doing.</summary>
    public void Report(ExportProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var said = value.Line ?? $"{value.Stage}: {value.Messages} messages, {value.ResourcesDone} of {value.ResourcesKnown} resources, {value.Bytes} bytes";
        Send(value.Messages + value.ResourcesDone, null, said, value.Stage == ExportStage.Completed);
    }

    private void Send(long done, long? total, string message, bool final)
    {
        lock (_gate)
        {
            var now = _time.GetTimestamp();
            var due = _lastSentAt == long.MinValue || _time.GetElapsedTime(_lastSentAt, now) >= _interval;
            // MCP: progress must increase with every notification, so an equal count is never sent again (a total
            // learned at the same count waits for the next byte).
            var moved = done > _lastBytes;
            if (!moved || !(due || final))
                return;
            _lastSentAt = now;
            _lastBytes = done;
            var parameters = new JsonObject { ["progressToken"] = _token.DeepClone(), ["progress"] = done };
            if (total is { } known)
                parameters["total"] = known;
            parameters["message"] = message;
            _queue.Writer.TryWrite(new JsonRpcNotification { Method = NotificationMethods.ProgressNotification, Params = parameters });
        }
    }

    /// <summary>Sends what is queued, then stops: every notification precedes the tool's answer.</summary>
    public Task CompleteAsync()
    {
        _queue.Writer.TryComplete();
        return _pump;
    }

    private async Task PumpAsync(McpServer server)
    {
        await foreach (var notification in _queue.Reader.ReadAllAsync())
        {
            try
            {
                await server.SendMessageAsync(notification);
            }
            catch (Exception e) when (e is IOException or ObjectDisposedException or InvalidOperationException or OperationCanceledException)
            {
                // The client went away: progress is best effort, the download's answer decides.
                return;
            }
        }
    }
}
