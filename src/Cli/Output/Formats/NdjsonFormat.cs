using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lark.Resources.Rules.Conversations;

namespace Lark.Cli.Output.Formats;

/// <summary>
/// One compact JSON object a line, keys sorted and HTML-escaped as the official CLI writes them; written as soon as
/// each object is ready, so memory does not grow with the listing. Paging goes to stderr as one diagnostic line.
/// </summary>
public static class NdjsonFormat
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>Writes one object as a line.</summary>
    public static void WriteLine(TextWriter writer, JsonObject item)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(item);
        writer.Write(Sorted(item)!.ToJsonString(Compact));
        writer.Write('\n');
    }

    /// <summary>The paging diagnostic line (stderr): <c>{"_diagnostic":"pagination","complete":…,"pages":…,"items":…}</c>.</summary>
    public static string Diagnostic(Pagination pagination)
    {
        ArgumentNullException.ThrowIfNull(pagination);
        var line = new JsonObject { ["_diagnostic"] = "pagination", ["complete"] = pagination.Complete, ["pages"] = pagination.Pages, ["items"] = pagination.Items };
        if (pagination.NextToken is { Length: > 0 } next)
            line["next_token"] = next;
        return line.ToJsonString(Compact);
    }

    /// <summary>A copy of <paramref name="node"/> with every object's keys sorted (Go's map order).</summary>
    public static JsonNode? Sorted(JsonNode? node) => node switch
    {
        JsonObject o => new JsonObject(o.OrderBy(p => p.Key, StringComparer.Ordinal).Select(p => KeyValuePair.Create(p.Key, Sorted(p.Value)))),
        JsonArray a => new JsonArray([.. a.Select(Sorted)]),
        null => null,
        _ => node.DeepClone(),
    };
}
