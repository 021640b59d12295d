using Lark.Emulator.Http;

namespace Lark.Emulator.Hosting;

/// <summary>The middleware every request passes: log id, latency, recording.</summary>
internal static class RequestPipeline
{
    public static void Use(WebApplication app, EmulatorState state)
    {
        app.Use(async (context, next) =>
        {
            var sequence = state.Requests.NextSequence();
            var logId = LogId.Create(state.Time);
            context.Items[LogId.ItemKey] = logId;
            context.Response.Headers[LogId.HeaderName] = logId;
            var headers = context.Request.Headers.ToDictionary(
                h => h.Key, h => h.Value.ToString(), StringComparer.OrdinalIgnoreCase);
            try
            {
                var latency = state.Faults.LatencyPerRequest;
                if (latency > TimeSpan.Zero)
                {
                    await Task.Delay(latency, state.Time, context.RequestAborted);
                }

                await next(context);
            }
            catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
            {
                // The client went away (or a fault aborted the connection): nothing left to answer.
            }
            finally
            {
                state.Requests.Add(new RecordedRequest(
                    sequence,
                    context.Request.Method,
                    context.Request.Path.Value ?? "",
                    context.Request.QueryString.Value ?? "",
                    headers,
                    context.Response.StatusCode,
                    logId,
                    context.Connection.Id));
            }
        });
    }
}
