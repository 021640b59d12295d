using System.Text;
using System.Text.Json.Nodes;
using Lark.Emulator.Content;
using Lark.Emulator.Faults;
using Lark.Emulator.Hosting;
using Lark.Emulator.Http;

namespace Lark.Emulator.Endpoints;

/// <summary>
/// A successful Open API answer, <c>{"code":0,"msg":"success","data":…}</c>, sent the way a download is: a matching
/// fault rule replaces or cuts it, and the bandwidth limit paces its body.
/// </summary>
internal static class ApiAnswer
{
    /// <summary>Sends <paramref name="data"/>; <paramref name="page"/> and <paramref name="pageToken"/> let a fault rule pick one listing page.</summary>
    public static async Task OkAsync(HttpContext context, EmulatorState state, JsonObject data, int? page = null, string? pageToken = null)
    {
        var body = new JsonObject { ["code"] = 0, ["msg"] = "success", ["data"] = data };
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString(Responses.JsonOptions));
        var fault = state.Faults.Take(new FaultRequest(context.Request.Path.Value ?? "", Page: page, PageToken: pageToken));
        if (fault?.Kind == FaultKind.Status)
        {
            await FaultResponses.StatusAsync(context, fault);
            return;
        }

        var response = context.Response;
        response.StatusCode = StatusCodes.Status200OK;
        response.ContentType = "application/json; charset=utf-8";
        response.ContentLength = bytes.Length;
        var source = ResourceSource.FromBytes(bytes);
        var bandwidth = state.Faults.BandwidthBytesPerSecond;
        switch (fault?.Kind)
        {
            case FaultKind.DropConnection:
                await FaultResponses.DropAfterAsync(context, source, 0, Math.Clamp(fault.Bytes, 0, bytes.Length), bandwidth, state.Time);
                return;
            case FaultKind.Stall:
                await FaultResponses.StallAsync(context, state.Time);
                return;
            case FaultKind.EncodedBody:
                response.Headers.ContentEncoding = "gzip";
                break;
        }

        await BodyWriter.WriteAsync(response.Body, source, 0, bytes.Length, bandwidth, state.Time, context.RequestAborted);
    }
}
