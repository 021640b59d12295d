using System.Text.Json;

namespace Lark.Resources.Rules.Errors;

/// <summary>
/// A Lark error body: <c>{"code":N,"msg":"…","error":{"log_id":"…","troubleshooter":"…",
/// "permission_violations":[…],"helps":[…]}}</c>.
/// </summary>
/// <param name="Code">The Lark code (never 0 for an error).</param>
/// <param name="Message">The server's <c>msg</c>.</param>
/// <param name="LogId">The log id from the body, else from the <c>X-Tt-Logid</c> header.</param>
/// <param name="Troubleshooter">The server's troubleshooting link, if any.</param>
/// <param name="PermissionViolations">Missing scopes the server named.</param>
/// <param name="Helps">Help links the server gave.</param>
public sealed record LarkError(
    int Code,
    string Message,
    string? LogId,
    string? Troubleshooter,
    IReadOnlyList<PermissionViolation> PermissionViolations,
    IReadOnlyList<HelpLink> Helps)
{
    private const int MaxBody = 64 * 1024;

    /// <summary>Parses an error body; <paramref name="headerLogId"/> fills a missing <c>log_id</c>.</summary>
    public static Result<LarkError> Parse(string? body, string? headerLogId = null)
    {
        if (string.IsNullOrWhiteSpace(body))
            return Result<LarkError>.Fail("the error response had no body");
        if (body.Length > MaxBody)
            return Result<LarkError>.Fail("the error response body is too large to be a Lark error");
        try
        {
            using var document = JsonDocument.Parse(body, new JsonDocumentOptions { MaxDepth = 16 });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || LarkCode.Read(root) is not { } code)
                return Result<LarkError>.Fail("the error response is not a Lark error body (no \"code\")");
            if (code == 0)
                return Result<LarkError>.Fail("the response says code 0 (success), not an error");
            var message = String(root, "msg") ?? "";
            var error = JsonText.Field(root, "error") is { ValueKind: JsonValueKind.Object } e ? e : default;
            var logId = error.ValueKind == JsonValueKind.Object ? String(error, "log_id") : null;
            return Result<LarkError>.Ok(new LarkError(
                code,
                message,
                string.IsNullOrEmpty(logId) ? headerLogId : logId,
                error.ValueKind == JsonValueKind.Object ? String(error, "troubleshooter") : null,
                Items(error, "permission_violations", v => new PermissionViolation(String(v, "type") ?? "", String(v, "subject") ?? "")),
                Items(error, "helps", h => new HelpLink(String(h, "url") ?? "", String(h, "description") ?? ""))));
        }
        catch (JsonException)
        {
            return Result<LarkError>.Fail("the error response is not JSON");
        }
    }

    private static string? String(JsonElement element, string name) => JsonText.Property(element, name);

    private static T[] Items<T>(JsonElement error, string name, Func<JsonElement, T> read) =>
        JsonText.Field(error, name) is { ValueKind: JsonValueKind.Array } list
            ? [.. list.EnumerateArray().Where(i => i.ValueKind == JsonValueKind.Object).Select(read)]
            : [];
}
