namespace Lark.Emulator;

/// <summary>One request the emulator answered, as recorded for tests.</summary>
/// <param name="Sequence">Order of arrival, starting at 1.</param>
/// <param name="Method">HTTP method.</param>
/// <param name="Path">Request path, e.g. <c>/open-apis/im/v1/messages/om_1/resources/img_1</c>.</param>
/// <param name="QueryString">Raw query string including the leading <c>?</c>, or empty.</param>
/// <param name="Headers">Request headers (case-insensitive names), including <c>Range</c> and <c>Authorization</c>.</param>
/// <param name="StatusCode">The response status sent (or about to be sent when the connection was aborted).</param>
/// <param name="LogId">The <c>X-Tt-Logid</c> given to this response.</param>
/// <param name="ConnectionId">Kestrel's id of the TCP connection it came on: requests that share one were sent over a
/// kept-alive connection.</param>
public sealed record RecordedRequest(
    long Sequence,
    string Method,
    string Path,
    string QueryString,
    IReadOnlyDictionary<string, string> Headers,
    int StatusCode,
    string LogId,
    string ConnectionId = "")
{
    /// <summary>The <c>Range</c> header, or <see langword="null"/>.</summary>
    public string? Range => Headers.TryGetValue("Range", out var v) ? v : null;

    /// <summary>The <c>Authorization</c> header, or <see langword="null"/>.</summary>
    public string? Authorization => Headers.TryGetValue("Authorization", out var v) ? v : null;
}
