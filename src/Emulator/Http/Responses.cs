using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lark.Emulator.Http;

/// <summary>Writes JSON answers and Lark's error body.</summary>
internal static class Responses
{
    /// <summary>Readable JSON: non-ASCII text and quotes are not \u-escaped (Lark does not escape them either).</summary>
    public static JsonSerializerOptions JsonOptions { get; } = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static readonly string[] MessageScopes = ["im:message", "im:message:readonly", "im:message.history:readonly"];

    public static Task Json(HttpContext context, int status, JsonObject body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=utf-8";
        var bytes = Encoding.UTF8.GetBytes(body.ToJsonString(JsonOptions));
        context.Response.ContentLength = bytes.Length;
        return context.Response.Body.WriteAsync(bytes, context.RequestAborted).AsTask();
    }

    /// <summary>Lark's error body: <c>{"code","msg","error":{"log_id","troubleshooter",…}}</c> with the code's HTTP status.</summary>
    /// <remarks>A scope error (99991672, 99991679) lists <paramref name="scopes"/> (the message read scopes by default) as its violations.</remarks>
    public static Task LarkError(HttpContext context, int code, string? message = null, int? status = null, string? appId = null, IReadOnlyList<string>? scopes = null)
    {
        var logId = LogId.Of(context);
        var error = new JsonObject
        {
            ["log_id"] = logId,
            ["troubleshooter"] = $"排查建议查看(Troubleshooting suggestions): https://open.feishu.cn/search?from=openapi&log_id={logId}&code={code}",
        };
        if (code is Http.LarkError.AppScopeMissing or Http.LarkError.UserScopeMissing)
        {
            var violations = new JsonArray();
            foreach (var scope in scopes ?? MessageScopes)
            {
                violations.Add(new JsonObject { ["type"] = "action_scope_required", ["subject"] = scope });
            }

            error["permission_violations"] = violations;
            var url = code == Http.LarkError.AppScopeMissing
                ? $"https://open.feishu.cn/app/{appId ?? "cli_unknown"}/auth?q={SuggestedScope(scopes ?? MessageScopes)}&op_from=openapi&token_type=tenant"
                : "https://open.feishu.cn/document/faq/trouble-shooting/how-to-fix-99991679-error";
            error["helps"] = new JsonArray(new JsonObject { ["url"] = url, ["description"] = "Grant the scope, then try again." });
        }

        var body = new JsonObject
        {
            ["code"] = code,
            ["msg"] = message ?? (scopes is null ? Http.LarkError.Message(code) : ScopeMessage(code, scopes)),
            ["error"] = error,
        };
        return Json(context, status ?? Http.LarkError.HttpStatus(code), body);
    }

    // The help link suggests the read-only scope when there is one, the narrowest grant that works.
    private static string SuggestedScope(IReadOnlyList<string> scopes) =>
        scopes.FirstOrDefault(s => s.EndsWith(":readonly", StringComparison.Ordinal)) ?? scopes[0];

    private static string ScopeMessage(int code, IReadOnlyList<string> scopes) => code switch
    {
        Http.LarkError.AppScopeMissing => $"Access denied. One of the following scopes is required: [{string.Join(", ", scopes)}].",
        Http.LarkError.UserScopeMissing => $"Access denied. The user has not granted one of the following scopes: [{string.Join(", ", scopes)}].",
        _ => Http.LarkError.Message(code),
    };

    /// <summary>An OAuth (RFC 6749 / 8628) error as the v2 token endpoints send it, plus Lark's numeric <c>code</c>.</summary>
    public static Task OAuthError(HttpContext context, int status, int code, string error, string description) =>
        Json(context, status, new JsonObject
        {
            ["code"] = code,
            ["error"] = error,
            ["error_description"] = description,
            ["log_id"] = LogId.Of(context),
        });
}
