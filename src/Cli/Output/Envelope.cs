using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lark.Jq;
using Lark.Resources.Rules.Errors;

namespace Lark.Cli.Output;

/// <summary>
/// The official CLI's JSON envelope: <c>{"ok":true,"identity":…,"data":{…}}</c> on stdout, or
/// <c>{"ok":false,"identity":…,"error":{type,code,message,hint,log_id}}</c> on stderr; <c>--jq</c> filters success.
/// Like the official CLI (Go <c>omitempty</c>), an absent identity, code or log id is left out rather than written as null.
/// </summary>
public static class Envelope
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>Builds a success envelope; <c>identity</c> is left out when there is none (<c>config init</c>).</summary>
    public static JsonObject Success(string? identity, JsonObject data)
    {
        var envelope = new JsonObject { ["ok"] = true };
        if (identity is not null)
            envelope["identity"] = identity;
        envelope["data"] = data;
        return envelope;
    }

    /// <summary>Builds a failure envelope.</summary>
    public static JsonObject Failure(string? identity, CliFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var envelope = new JsonObject { ["ok"] = false };
        if (identity is not null)
            envelope["identity"] = identity;
        envelope["error"] = Error(failure);
        return envelope;
    }

    /// <summary>
    /// The contract's <c>error</c> object: <c>type</c>, <c>subtype</c>, <c>code</c> (when Lark sent one), <c>message</c>,
    /// <c>hint</c>, <c>log_id</c>, <c>retryable</c> (only when true), <c>retry_after_seconds</c>, <c>param</c> and
    /// <c>missing_scopes</c> (when known).
    /// </summary>
    public static JsonObject Error(CliFailure failure)
    {
        ArgumentNullException.ThrowIfNull(failure);
        var error = new JsonObject { ["type"] = failure.Type, ["subtype"] = failure.Subtype.ToWire() };
        if (failure.Code is { } code)
            error["code"] = code;
        error["message"] = failure.Message;
        error["hint"] = failure.Hint;
        if (failure.LogId is not null)
            error["log_id"] = failure.LogId;
        if (failure.Retryable)
            error["retryable"] = true;
        if (failure.RetryAfter is { } wait)
            error["retry_after_seconds"] = (long)Math.Ceiling(wait.TotalSeconds);
        if (failure.Param is not null)
            error["param"] = failure.Param;
        if (failure.MissingScopes.Count > 0)
            error["missing_scopes"] = new JsonArray([.. failure.MissingScopes.Select(s => (JsonNode?)JsonValue.Create(s))]);
        return error;
    }

    /// <summary>Writes a document, filtered by <paramref name="jq"/> when given (one result a line, scalars raw).</summary>
    public static void Write(TextWriter writer, JsonNode document, JqFilter? jq)
    {
        if (TryWrite(writer, document, jq) is { } error)
            throw new CliFailureException(CliFailure.Validation($"--jq failed: {error}", "Check the filter against the output shape: {\"ok\",\"identity\",\"data\":{…}}.", "--jq"));
    }

    /// <summary>
    /// Like <see cref="Write"/>, but a filter that fails at run time is returned (nothing is written) instead of
    /// thrown, for a caller whose side effect already happened and must say so.
    /// </summary>
    public static string? TryWrite(TextWriter writer, JsonNode document, JqFilter? jq)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(document);
        if (jq is null)
        {
            writer.WriteLine(document.ToJsonString(Indented));
            return null;
        }

        // Evaluated in full before anything is written: a failing filter prints no half result.
        var results = jq.Evaluate(document);
        if (!results.TryGetValue(out var values))
            return results.Error;
        foreach (var value in values)
            writer.WriteLine(JqOutput.Render(value));
        return null;
    }

    /// <summary>Parses a <c>--jq</c> expression, refusing anything outside the supported subset (exit 2).</summary>
    public static JqFilter? ParseJq(string? expression)
    {
        if (expression is null)
            return null;
        var parsed = JqFilter.Parse(expression);
        return parsed.TryGetValue(out var filter)
            ? filter
            : throw new CliFailureException(CliFailure.Validation($"--jq: {parsed.Error}", "Use a filter from the supported subset, e.g. -q .data.saved_path", "--jq"));
    }
}
