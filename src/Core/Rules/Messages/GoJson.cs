using System.Text;
using System.Text.Json;

namespace Lark.Resources.Rules.Messages;

/// <summary>
/// JSON read the way the official CLI's Go code reads it into <c>map[string]interface{}</c>: the same documents are
/// refused (bad syntax, numbers beyond float64), duplicate keys keep the last, a lone surrogate reads as U+FFFD, and a
/// field counts only when it has the expected JSON type. Never throws.
/// </summary>
internal static class GoJson
{
    /// <summary>Go's decoder nests at most this deep.</summary>
    public const int MaxDepth = 10_000;

    /// <summary>Recursive walks of our own (cards, loose values) stop here, so a hostile document cannot exhaust the stack.</summary>
    public const int MaxWalkDepth = 96;

    private static readonly JsonDocumentOptions Options = new() { MaxDepth = MaxDepth };

    /// <summary>The parsed document, or <see langword="null"/> where Go's <c>json.Unmarshal</c> fails.</summary>
    public static JsonDocument? Parse(string? text)
    {
        if (text is null)
            return null;

        // Encoding.UTF8 replaces a lone surrogate with U+FFFD, as Go does when it decodes the API's string.
        var bytes = Encoding.UTF8.GetBytes(text);
        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(bytes, Options);
        }
        catch (JsonException)
        {
            return null;
        }

        if (HasNonFiniteNumber(bytes))
        {
            document.Dispose();
            return null; // Go cannot hold 1e400 in a float64 and refuses the whole document.
        }

        return document;
    }

    /// <summary>
    /// Parses text Go unmarshals into a map: the object, <see cref="ObjectKind.Null"/> for <c>null</c> (a nil map, no
    /// error), <see cref="ObjectKind.Invalid"/> for anything else.
    /// </summary>
    public static ObjectKind ParseObject(string? text, out JsonDocument? document)
    {
        document = Parse(text);
        if (document is null)
            return ObjectKind.Invalid;
        switch (document.RootElement.ValueKind)
        {
            case JsonValueKind.Object:
                return ObjectKind.Object;
            case JsonValueKind.Null:
                return ObjectKind.Null;
            default:
                document.Dispose();
                document = null;
                return ObjectKind.Invalid;
        }
    }

    /// <summary>The string field <paramref name="name"/>, or <see langword="null"/>.</summary>
    public static string? Str(JsonElement element, string name) => Field(element, name) is { } value ? JsonText.Of(value) : null;

    /// <summary>The string field, or the empty string (Go's <c>v, _ := m[k].(string)</c>).</summary>
    public static string S(JsonElement element, string name) => Str(element, name) ?? "";

    /// <summary>The object field <paramref name="name"/>, when it is an object.</summary>
    public static JsonElement? Obj(JsonElement element, string name) =>
        Field(element, name) is { ValueKind: JsonValueKind.Object } value ? value : null;

    /// <summary>The array field <paramref name="name"/>, when it is an array.</summary>
    public static JsonElement? Arr(JsonElement element, string name) =>
        Field(element, name) is { ValueKind: JsonValueKind.Array } value ? value : null;

    /// <summary>The items of the array field <paramref name="name"/>; none when it is absent or not an array.</summary>
    public static IEnumerable<JsonElement> Items(JsonElement element, string name) =>
        Arr(element, name) is { } array ? array.EnumerateArray() : [];

    /// <summary>The number of items of the array field <paramref name="name"/> (0 when it is not an array).</summary>
    public static int Count(JsonElement element, string name) => Arr(element, name)?.GetArrayLength() ?? 0;

    /// <summary>The number field <paramref name="name"/> as Go's float64, when it is a number.</summary>
    public static double? Num(JsonElement element, string name) =>
        Field(element, name) is { ValueKind: JsonValueKind.Number } value && value.TryGetDouble(out var number) ? number : null;

    /// <summary>Whether the field is the JSON literal <c>true</c> (Go's <c>b, _ := m[k].(bool)</c>).</summary>
    public static bool True(JsonElement element, string name) => Field(element, name)?.ValueKind == JsonValueKind.True;

    /// <summary>The field of any type, when present (the last of duplicates).</summary>
    public static JsonElement? Field(JsonElement element, string name) => JsonText.Field(element, name);

    /// <summary>Whether the key is present (with any value, even <c>null</c>).</summary>
    public static bool Has(JsonElement element, string name) => Field(element, name) is not null;

    /// <summary>A property's name; an escaped lone surrogate in it reads as U+FFFD.</summary>
    public static string Name(JsonProperty property) => JsonText.Name(property);

    /// <summary>The properties of an object as a Go map holds them: the last of duplicate keys, sorted as Go sorts keys (by UTF-8 bytes).</summary>
    public static IReadOnlyList<(string Name, JsonElement Value)> SortedProperties(JsonElement element)
    {
        if (element.ValueKind != JsonValueKind.Object)
            return [];
        var last = new Dictionary<string, JsonElement>(StringComparer.Ordinal);
        foreach (var property in element.EnumerateObject())
            last[Name(property)] = property.Value;
        return last.OrderBy(p => p.Key, Utf8Order.Instance).Select(p => (p.Key, p.Value)).ToArray();
    }

    private static bool HasNonFiniteNumber(byte[] bytes)
    {
        var reader = new Utf8JsonReader(bytes, new JsonReaderOptions { MaxDepth = MaxDepth });
        while (reader.Read())
        {
            if (reader.TokenType == JsonTokenType.Number && (!reader.TryGetDouble(out var number) || !double.IsFinite(number)))
                return true;
        }

        return false;
    }

    /// <summary>What a Go map decode of a document gives.</summary>
    public enum ObjectKind
    {
        /// <summary>The decode failed.</summary>
        Invalid,

        /// <summary><c>null</c>: a nil map and no error.</summary>
        Null,

        /// <summary>An object.</summary>
        Object,
    }

    /// <summary>Orders strings by code point, which is UTF-8 byte order (UTF-16 ordinal order differs above U+D7FF).</summary>
    public sealed class Utf8Order : IComparer<string>
    {
        /// <summary>The one instance.</summary>
        public static Utf8Order Instance { get; } = new();

        /// <inheritdoc />
        public int Compare(string? x, string? y)
        {
            if (x is null || y is null)
                return x is null ? (y is null ? 0 : -1) : 1;
            var a = Runes(x);
            var b = Runes(y);
            for (var i = 0; ; i++)
            {
                if (i == a.Length || i == b.Length)
                    return a.Length.CompareTo(b.Length);
                if (a[i] != b[i])
                    return a[i].CompareTo(b[i]);
            }
        }

        private static int[] Runes(string text) => GoText.Runes(text).Select(r => r.Value).ToArray();
    }
}
