using System.Globalization;
using System.Net;
using System.Text;
using Lark.Resources.Rules.Download;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Ranges;

namespace Lark.Resources.Shell.Http;

/// <summary>One request to the resource endpoint, and the mapping of its answer to the machine's events.</summary>
internal static class ResourceExchange
{
    private const int MaxErrorBody = 64 * 1024;

    /// <summary>Builds the GET with identity encoding, the bearer token and, when given, the range.</summary>
    public static HttpRequestMessage Build(Uri openBase, MessageId message, FileKey key, ResourceType type, ByteRange? range, string token)
    {
        var path = $"open-apis/im/v1/messages/{Uri.EscapeDataString(message.Value)}/resources/{Uri.EscapeDataString(key.Value)}?type={type.ToWire()}";
        var request = new HttpRequestMessage(HttpMethod.Get, new Uri(openBase, path)) { Version = HttpVersion.Version11 };
        request.Headers.Authorization = new("Bearer", token);
        request.Headers.AcceptEncoding.ParseAdd("identity");
        if (range is { } r)
            request.Headers.TryAddWithoutValidation("Range", RangeHeader.Format(r));
        return request;
    }

    /// <summary>Whether the answer carries a body for the file (2xx or 416), rather than an error.</summary>
    public static bool IsContentAnswer(HttpResponseMessage response) =>
        response.IsSuccessStatusCode || response.StatusCode == HttpStatusCode.RequestedRangeNotSatisfiable;

    /// <summary>The headers of a content answer as the machine's event.</summary>
    public static DownloadEvent.ResponseStarted Started(HttpResponseMessage response)
    {
        var content = response.Content.Headers;
        return new DownloadEvent.ResponseStarted(
            (int)response.StatusCode,
            content.TryGetValues("Content-Range", out var range) ? range.FirstOrDefault() : null,
            content.ContentLength,
            content.TryGetValues("Content-Type", out var type) ? type.FirstOrDefault() : null,
            content.TryGetValues("Content-Disposition", out var disposition) ? disposition.FirstOrDefault() : null,
            content.ContentEncoding.Count > 0 ? string.Join(", ", content.ContentEncoding) : null);
    }

    /// <summary>Reads an error answer's body (bounded) into the machine's event.</summary>
    public static async Task<DownloadEvent.ErrorResponse> ErrorAsync(HttpResponseMessage response, CancellationToken cancellationToken)
    {
        var logId = Header(response, "X-Tt-Logid");
        string? body = null;
        try
        {
            await using var stream = await response.Content.ReadAsStreamAsync(cancellationToken);
            var buffer = new byte[MaxErrorBody];
            var total = 0;
            int n;
            while (total < buffer.Length && (n = await stream.ReadAsync(buffer.AsMemory(total), cancellationToken)) > 0)
                total += n;
            body = Encoding.UTF8.GetString(buffer, 0, total);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            // The status alone still classifies the error.
        }

        var error = LarkError.Parse(body, logId).TryGetValue(out var parsed) ? parsed : null;
        return new DownloadEvent.ErrorResponse((int)response.StatusCode, error, Header(response, "x-ogw-ratelimit-reset"), Header(response, "Retry-After"), logId);
    }

    /// <summary>The log id of an answer.</summary>
    public static string? LogId(HttpResponseMessage response) => Header(response, "X-Tt-Logid");

    private static string? Header(HttpResponseMessage response, string name) =>
        response.Headers.TryGetValues(name, out var values) ? values.FirstOrDefault()
        : response.Content.Headers.TryGetValues(name, out var contentValues) ? contentValues.FirstOrDefault() : null;

    /// <summary>Formats a range for progress reports.</summary>
    public static string? Describe(ByteRange? range) => range is { } r ? string.Create(CultureInfo.InvariantCulture, $"bytes={r.First}-{r.Last}") : null;
}
