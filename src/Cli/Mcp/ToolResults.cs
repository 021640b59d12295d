using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lark.Cli.Output;
using Lark.Resources.Rules.Errors;
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
    /// A tool error (<c>isError: true</c>), not a protocol failure: the agent reads the error contract (type, subtype,
    /// code, retryable, log id, hint) and decides whether to retry. Library failures name tool arguments.
    /// </summary>
    public static CallToolResult Failure(CliFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var text = new JsonObject { ["ok"] = false, ["error"] = Envelope.Error(failure) }.ToJsonString(Readable);
        return new CallToolResult
        {
            Content = [new TextContentBlock { Text = text }],
            StructuredContent = Element(text),
            IsError = true,
        };
    }

    /// <summary>
    /// A batch that partly failed: the whole result, with <c>"ok": false</c> and its failures, as a tool error so the
    /// agent notices — everything not listed as failed was done.
    /// </summary>
    public static CallToolResult PartialFailure(JsonObject data)
    {
        ArgumentNullException.ThrowIfNull(data);
        var text = new JsonObject { ["ok"] = false, ["data"] = data.DeepClone() }.ToJsonString(Readable);
        return new CallToolResult
        {
            Content = [new TextContentBlock { Text = text }],
            StructuredContent = Element(text),
            IsError = true,
        };
    }

    /// <summary>A tool error from the library's exception, in the tools' words.</summary>
    public static CallToolResult Failure(LarkException exception) => Failure(CliFailure.From(exception, ToolVocabulary.Instance));

    /// <summary>A tool error from a refused input, in the tools' words.</summary>
    public static CallToolResult Failure(LarkFailure failure) => Failure(CliFailure.From(failure, ToolVocabulary.Instance));

    /// <summary>A validation tool error: nothing was sent.</summary>
    public static CallToolResult Invalid(string message, string? param = null) =>
        Failure(CliFailure.Validation(message, "Fix the argument and call again; nothing was sent.", param));

    private static JsonElement Element(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
