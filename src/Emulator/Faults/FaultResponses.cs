using System.Globalization;
using System.Net.Sockets;
using System.Text;
using Lark.Emulator.Content;
using Lark.Emulator.Http;
using Microsoft.AspNetCore.Connections.Features;
using Microsoft.AspNetCore.WebUtilities;

namespace Lark.Emulator.Faults;

/// <summary>The answers of the fault kinds that replace or cut a response, shared by downloads and API calls.</summary>
internal static class FaultResponses
{
    /// <summary><see cref="FaultKind.Status"/>: the rule's status with a Lark error body, its literal body, or nothing.</summary>
    public static async Task StatusAsync(HttpContext context, FaultRule fault)
    {
        if (fault.LarkCode is { } code)
        {
            await Responses.LarkError(context, code, status: fault.StatusCode);
            return;
        }

        context.Response.StatusCode = fault.StatusCode;
        if (fault.Body is { } body)
        {
            var bytes = Encoding.UTF8.GetBytes(body);
            context.Response.ContentType = body.TrimStart().StartsWith('{') ? "application/json; charset=utf-8" : "text/plain; charset=utf-8";
            context.Response.ContentLength = bytes.Length;
            await context.Response.Body.WriteAsync(bytes, context.RequestAborted);
        }
        else
        {
            context.Response.ContentLength = 0;
        }
    }

    /// <summary><see cref="FaultKind.Stall"/>: the head goes out, then nothing until the client gives up.</summary>
    public static async Task StallAsync(HttpContext context, TimeProvider time)
    {
        var ct = context.RequestAborted;
        await context.Response.StartAsync(ct);
        await context.Response.Body.FlushAsync(ct);
        await Task.Delay(Timeout.InfiniteTimeSpan, time, ct);
    }

    /// <summary>
    /// Sends the head (with the full Content-Length) and <paramref name="count"/> body bytes, then ends the
    /// connection. Kestrel's flush only hands bytes to its transport pipe, and an abort right after can drop
    /// them (or a TCP reset can make the peer discard them), so the client would see no response at all and
    /// retry. Instead the bytes are written straight to the socket, which orders them before a FIN; the
    /// client then sees the body end early, closes, and that ends this request.
    /// </summary>
    public static async Task DropAfterAsync(HttpContext context, ResourceSource source, long first, long count, long bandwidth, TimeProvider time)
    {
        var socket = context.Features.Get<IConnectionSocketFeature>()?.Socket;
        var ct = context.RequestAborted;
        if (socket is null)
        {
            await context.Response.StartAsync(ct);
            await BodyWriter.WriteAsync(context.Response.Body, source, first, count, bandwidth, time, ct);
            await context.Response.Body.FlushAsync(ct);
            context.Abort();
            return;
        }

        var head = new StringBuilder();
        head.Append(CultureInfo.InvariantCulture, $"HTTP/1.1 {context.Response.StatusCode} {ReasonPhrases.GetReasonPhrase(context.Response.StatusCode)}\r\n");
        head.Append(CultureInfo.InvariantCulture, $"Date: {time.GetUtcNow():R}\r\n");
        foreach (var (name, values) in context.Response.Headers)
        {
            foreach (var value in values)
            {
                head.Append(CultureInfo.InvariantCulture, $"{name}: {value}\r\n");
            }
        }

        head.Append("\r\n");
        await using (var raw = new NetworkStream(socket, ownsSocket: false))
        {
            await raw.WriteAsync(Encoding.UTF8.GetBytes(head.ToString()), ct);
            await BodyWriter.WriteAsync(raw, source, first, count, bandwidth, time, ct);
            await raw.FlushAsync(ct);
        }

        socket.Shutdown(SocketShutdown.Send);
        try
        {
            await Task.Delay(Timeout.InfiniteTimeSpan, time, ct);
        }
        finally
        {
            context.Abort();
        }
    }
}
