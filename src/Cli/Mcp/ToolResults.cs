using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lark.Cli.Output;
using Lark.Resources.Rules.Download;
using Lark.Resources.Shell;
using ModelContextProtocol.Protocol;

namespace Lark.Cli.Mcp;

/// <summary>Tool answers: the JSON as text (every client reads it) and as structured content (clients that can).</summary>
public static class ToolResults
{
    // Agents read the text: file names stay readable (季度报告.xlsx, not \u5B63…).
    private static readonly JsonSerializerOptions Readable = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A successful answer carrying <paramref name="data"/>, plus any extra content blocks (images).</summary>
    public static CallToolResult Success(JsonObject data, params ContentBlock[] extra)
    {
        ArgumentNullException.ThrowIfNull(data);
        ArgumentNullException.ThrowIfNull(extra);
        var text = data.ToJsonString(Readable);
        return new CallToolResult
        {
            Content = [new TextContentBlock { Text = text }, .. extra],
            StructuredContent = Element(text),
            IsError = false,
        };
    }

    /// <summary>
    /// A tool error (<c>isError: true</c>), not a protocol failure: the agent reads the classification, the Lark code,
    /// the log id and the hint, and decides whether to retry. Message and hint name tool arguments, not CLI flags.
    /// </summary>
    public static CallToolResult Failure(CliFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var error = new JsonObject
        {
            ["type"] = failure.Type,
            ["kind"] = KindName(failure.Kind),
            ["code"] = failure.Code,
            ["message"] = ToolWording.ForTool(failure.Message),
            ["hint"] = ToolWording.ForTool(failure.Hint),
            ["log_id"] = failure.LogId,
        };
        var text = new JsonObject { ["ok"] = false, ["error"] = error }.ToJsonString(Readable);
        return new CallToolResult
        {
            Content = [new TextContentBlock { Text = text }],
            StructuredContent = Element(text),
            IsError = true,
        };
    }

    /// <summary>A tool error from the library's exception.</summary>
    public static CallToolResult Failure(LarkDownloadException exception) => Failure(CliFailure.From(exception));

    /// <summary>A validation tool error: nothing was sent.</summary>
    public static CallToolResult Invalid(string message) =>
        Failure(CliFailure.Validation(message, "Fix the argument and call again; nothing was sent."));

    private static string KindName(FailureKind kind) => kind switch
    {
        FailureKind.Auth => "auth",
        FailureKind.Permission => "permission",
        FailureKind.NotFound => "not_found",
        FailureKind.RateLimit => "rate_limit",
        FailureKind.Api => "api",
        FailureKind.Network => "network",
        FailureKind.Integrity => "integrity",
        FailureKind.Validation => "validation",
        FailureKind.Config => "config",
        FailureKind.LocalFile => "local_file",
        FailureKind.TargetExists => "target_exists",
        FailureKind.Cancelled => "cancelled",
        FailureKind.Internal or _ => "internal",
    };

    private static JsonElement Element(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
