using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lark.Resources.Rules.Jq;

namespace Lark.Cli.Output;

/// <summary>
/// The official CLI's JSON envelope: <c>{"ok":true,"identity":…,"data":{…}}</c> on stdout, or
/// <c>{"ok":false,"identity":…,"error":{type,code,message,hint,log_id}}</c> on stderr; <c>--jq</c> filters success.
/// </summary>
public static class Envelope
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Builds a success envelope.</summary>
    public static JsonObject Success(string? identity, JsonObject data) => new()
    {
        ["ok"] = true,
        ["identity"] = identity,
        ["data"] = data,
    };

    /// <summary>Builds a failure envelope.</summary>
    public static JsonObject Failure(string? identity, CliFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var error = new JsonObject
        {
            ["type"] = failure.Type,
            ["code"] = failure.Code,
            ["message"] = failure.Message,
            ["hint"] = failure.Hint,
        };
        if (failure.LogId is not null)
            error["log_id"] = failure.LogId;
        return new JsonObject { ["ok"] = false, ["identity"] = identity, ["error"] = error };
    }

    /// <summary>Writes a document, filtered by <paramref name="jq"/> when given (one result a line, scalars raw).</summary>
    public static void Write(TextWriter writer, JsonNode document, JqFilter? jq)
    {
        ArgumentNullException.ThrowIfNull(writer);
        if (jq is null)
        {
            writer.WriteLine(document.ToJsonString(Indented));
            return;
        }

        var results = jq.Evaluate(document);
        if (!results.TryGetValue(out var values))
            throw new CliFailureException(CliFailure.Validation($"--jq failed: {results.Error}", "Check the filter against the output shape: {\"ok\",\"identity\",\"data\":{…}}."));
        foreach (var value in values)
            writer.WriteLine(JqOutput.Render(value));
    }

    /// <summary>Parses a <c>--jq</c> expression, refusing anything outside the supported subset (exit 2).</summary>
    public static JqFilter? ParseJq(string? expression)
    {
        if (expression is null)
            return null;
        var parsed = JqFilter.Parse(expression);
        return parsed.TryGetValue(out var filter)
            ? filter
            : throw new CliFailureException(CliFailure.Validation($"--jq: {parsed.Error}", "Use a filter from the supported subset, e.g. -q .data.saved_path"));
    }
}
