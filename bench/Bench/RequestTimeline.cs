using System.Diagnostics;
using Lark.Emulator;

namespace Lark.Bench;

/// <summary>A request from the emulator's log with the time it was answered, in seconds since the run started.</summary>
public sealed record TimedRequest(RecordedRequest Request, double Seconds)
{
    public bool RateLimited => Request.StatusCode == 429;

    public bool IsResource => Request.Path.Contains("/resources/", StringComparison.Ordinal);

    public bool IsChatPage => Request.Path == "/open-apis/im/v1/messages" && Request.QueryString.Contains("container_id_type=chat", StringComparison.Ordinal);

    public bool IsThreadPage => Request.Path == "/open-apis/im/v1/messages" && Request.QueryString.Contains("container_id_type=thread", StringComparison.Ordinal);

    public bool IsReactions => Request.Path.EndsWith("/reactions/batch_query", StringComparison.Ordinal);
}

/// <summary>
/// The emulator's request log with times: the log records a request when its answer is done but keeps no time, so
/// this polls it every 20 ms during a run and stamps each new entry (answer times to within a poll).
/// </summary>
public sealed class RequestTimeline : IDisposable
{
    private readonly LarkEmulator _emulator;
    private readonly Stopwatch _watch = Stopwatch.StartNew();
    private readonly Dictionary<long, TimedRequest> _seen = [];
    private readonly CancellationTokenSource _stop = new();
    private readonly Task _loop;

    private RequestTimeline(LarkEmulator emulator)
    {
        _emulator = emulator;
        _loop = LoopAsync();
    }

    /// <summary>Clears the log and starts the clock.</summary>
    public static RequestTimeline Start(LarkEmulator emulator)
    {
        emulator.ClearRequests();
        return new RequestTimeline(emulator);
    }

    /// <summary>Stops polling; every request answered by now is in the result, in order of answer.</summary>
    public async Task<IReadOnlyList<TimedRequest>> StopAsync()
    {
        await _stop.CancelAsync();
        try
        {
            await _loop;
        }
        catch (OperationCanceledException)
        {
        }

        Poll();
        return [.. _seen.Values.OrderBy(r => r.Seconds).ThenBy(r => r.Request.Sequence)];
    }

    /// <inheritdoc />
    public void Dispose() => _stop.Dispose();

    private async Task LoopAsync()
    {
        while (!_stop.IsCancellationRequested)
        {
            Poll();
            await Task.Delay(20, _stop.Token);
        }
    }

    private void Poll()
    {
        var now = _watch.Elapsed.TotalSeconds;
        foreach (var request in _emulator.Requests)
            _seen.TryAdd(request.Sequence, new TimedRequest(request, now));
    }
}
