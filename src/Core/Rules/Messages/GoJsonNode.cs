using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lark.Resources.Rules.Messages;

/// <summary>
/// A JSON value passed on the way the official CLI passes it on: decoded into Go values and encoded again, so object
/// keys come out sorted (the last of duplicates kept) and numbers as float64 (<c>1.0</c> → <c>1</c>, <c>1e21</c> → <c>1e+21</c>).
/// </summary>
internal static class GoJsonNode
{
    /// <summary>Values nested deeper than this (relative to where they are passed on) become <c>null</c>, so any writer can write the result.</summary>
    public const int MaxDepth = 32;

    /// <summary>The node for JSON text; <c>null</c> when it does not parse.</summary>
    public static JsonNode? FromText(string? json)
    {
        using var document = GoJson.Parse(json);
        return document is null ? null : From(document.RootElement);
    }

    /// <summary>The node for <paramref name="value"/>.</summary>
    public static JsonNode? From(JsonElement value, int depth = 0)
    {
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return JsonValue.Create(JsonText.Of(value) ?? "");
            case JsonValueKind.Number:
                return value.TryGetDouble(out var number) ? Number(number) : null;
            case JsonValueKind.True:
                return JsonValue.Create(true);
            case JsonValueKind.False:
                return JsonValue.Create(false);
            case JsonValueKind.Array when depth < MaxDepth:
                return new JsonArray([.. value.EnumerateArray().Select(item => From(item, depth + 1))]);
            case JsonValueKind.Object when depth < MaxDepth:
                var node = new JsonObject();
                foreach (var (name, item) in GoJson.SortedProperties(value))
                    node[name] = From(item, depth + 1);
                return node;
            default:
                return null;
        }
    }

    /// <summary>A number written as Go's encoder writes a float64.</summary>
    public static JsonNode Number(double value) => JsonNode.Parse(GoText.JsonNumber(value))!;
}
