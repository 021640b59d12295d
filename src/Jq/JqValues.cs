using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lark.Jq;

/// <summary>
/// jq's view of a <see cref="JsonNode"/>: its kind, number, truthiness and total order. Every read is
/// total: a value of a CLR type that is not JSON-like is treated as the JSON it serialises to, or as null.
/// </summary>
internal static class JqValues
{
    /// <summary>The kind of <paramref name="node"/> in jq's terms.</summary>
    public static JqValueKind KindOf(JsonNode? node) => node switch
    {
        null => JqValueKind.Null,
        JsonObject => JqValueKind.Object,
        JsonArray => JqValueKind.Array,
        JsonValue value => KindOf(value),
        _ => JqValueKind.Null,
    };

    /// <summary>jq's name for a kind, as used in error messages (<c>boolean</c> for both true and false).</summary>
    public static string KindName(JqValueKind kind) => kind switch
    {
        JqValueKind.Null => "null",
        JqValueKind.False or JqValueKind.True => "boolean",
        JqValueKind.Number => "number",
        JqValueKind.String => "string",
        JqValueKind.Array => "array",
        _ => "object",
    };

    /// <summary>jq truthiness: only <c>false</c> and <c>null</c> are falsy.</summary>
    public static bool IsTruthy(JsonNode? node) => KindOf(node) is not (JqValueKind.Null or JqValueKind.False);

    /// <summary>The number in <paramref name="node"/>, which must be of kind <see cref="JqValueKind.Number"/>.</summary>
    public static JqNumber NumberOf(JsonNode? node)
    {
        if (node is not JsonValue value)
            return JqNumber.FromDouble(0);
        if (value.TryGetValue<JsonElement>(out var element))
            return JqNumber.FromLiteral(element.GetRawText());
        if (value.TryGetValue<double>(out var d))
            return JqNumber.FromDouble(d);
        if (value.TryGetValue<float>(out var f))
            return JqNumber.FromDouble(f);
        // Integers and decimals are exact, like a literal in the input JSON.
        return JqNumber.FromLiteral(ToJsonText(value) ?? "0");
    }

    /// <summary>The text of <paramref name="node"/>, which must be of kind <see cref="JqValueKind.String"/>.</summary>
    public static string StringOf(JsonNode? node)
    {
        if (node is not JsonValue value)
            return "";
        if (value.TryGetValue<string>(out var s))
            return s;
        if (value.TryGetValue<JsonElement>(out var element) && element.ValueKind == JsonValueKind.String)
            return JsonText.Of(element) ?? "";
        // char, Guid, DateTime and the like: the string they serialise to.
        var json = ToJsonText(value);
        try
        {
            using var document = JsonDocument.Parse(json ?? "\"\"");
            return JsonText.Of(document.RootElement) ?? "";
        }
        catch (JsonException)
        {
            return "";
        }
    }

    /// <summary>jq's total order (<c>jv_cmp</c>): by kind, then numbers by value, strings by UTF-8 bytes,
    /// arrays lexicographically, objects by their sorted key lists and then by the values under those keys.</summary>
    public static int Compare(JsonNode? a, JsonNode? b)
    {
        var kindA = KindOf(a);
        var kindB = KindOf(b);
        if (kindA != kindB)
            return kindA.CompareTo(kindB);
        switch (kindA)
        {
            case JqValueKind.Number:
                return JqNumber.Compare(NumberOf(a), NumberOf(b));
            case JqValueKind.String:
                return CompareStrings(StringOf(a), StringOf(b));
            case JqValueKind.Array:
                var arrayA = (JsonArray)a!;
                var arrayB = (JsonArray)b!;
                for (var i = 0; ; i++)
                {
                    var doneA = i >= arrayA.Count;
                    var doneB = i >= arrayB.Count;
                    if (doneA || doneB)
                        return (doneB ? 1 : 0) - (doneA ? 1 : 0);
                    var r = Compare(arrayA[i], arrayB[i]);
                    if (r != 0)
                        return Math.Sign(r);
                }

            case JqValueKind.Object:
                var objectA = (JsonObject)a!;
                var objectB = (JsonObject)b!;
                var keysA = SortedKeys(objectA);
                var keysB = SortedKeys(objectB);
                for (var i = 0; i < Math.Min(keysA.Count, keysB.Count); i++)
                {
                    var r = CompareStrings(keysA[i], keysB[i]);
                    if (r != 0)
                        return r;
                }

                if (keysA.Count != keysB.Count)
                    return keysA.Count.CompareTo(keysB.Count);
                foreach (var key in keysA)
                {
                    var r = Compare(objectA[key], objectB[key]);
                    if (r != 0)
                        return Math.Sign(r);
                }

                return 0;
            default:
                return 0;
        }
    }

    /// <summary>An object's keys in jq's order (by UTF-8 bytes, which is code-point order).</summary>
    public static List<string> SortedKeys(JsonObject value)
    {
        var keys = value.Select(p => p.Key).ToList();
        keys.Sort(CompareStrings);
        return keys;
    }

    /// <summary>Strings compared as jq does, by their UTF-8 bytes; lone surrogates count as U+FFFD, as jq reads them.</summary>
    public static int CompareStrings(string? a, string? b)
    {
        a ??= "";
        b ??= "";
        int i = 0, j = 0;
        while (i < a.Length && j < b.Length)
        {
            var ra = ReadRune(a, ref i);
            var rb = ReadRune(b, ref j);
            if (ra != rb)
                return ra < rb ? -1 : 1;
        }

        var restA = i < a.Length;
        var restB = j < b.Length;
        return restA == restB ? 0 : restA ? 1 : -1;
    }

    /// <summary>The number of code points in <paramref name="s"/>, as jq's <c>length</c> counts them.</summary>
    public static int CodePointCount(string s)
    {
        var count = 0;
        for (var i = 0; i < s.Length;)
        {
            ReadRune(s, ref i);
            count++;
        }

        return count;
    }

    /// <summary>
    /// jq's <c>jv_dump_string_trunc</c> with its 15-byte buffer, used in error messages: the compact JSON,
    /// cut to 11 bytes followed by "..." when longer than 14 bytes.
    /// </summary>
    public static string DumpTruncated(JsonNode? node)
    {
        var bytes = Encoding.UTF8.GetBytes(JqOutput.RenderJson(node, indent: false));
        if (bytes.Length <= 14)
            return Encoding.UTF8.GetString(bytes);
        return Encoding.UTF8.GetString(bytes, 0, 11) + "...";
    }

    private static int ReadRune(string s, ref int i)
    {
        if (Rune.TryGetRuneAt(s, i, out var rune))
        {
            i += rune.Utf16SequenceLength;
            return rune.Value;
        }

        i++;
        return Rune.ReplacementChar.Value;
    }

    private static JqValueKind KindOf(JsonValue value)
    {
        return JsonKindOf(value) switch
        {
            JsonValueKind.True => JqValueKind.True,
            JsonValueKind.False => JqValueKind.False,
            JsonValueKind.Number => IsNaN(value) ? JqValueKind.Null : JqValueKind.Number,
            JsonValueKind.String => JqValueKind.String,
            JsonValueKind.Array => JqValueKind.Array,
            JsonValueKind.Object => JqValueKind.Object,
            _ => JqValueKind.Null,
        };
    }

    // jq turns NaN into null wherever it is compared or printed.
    private static bool IsNaN(JsonValue value) =>
        (value.TryGetValue<double>(out var d) && double.IsNaN(d)) || (value.TryGetValue<float>(out var f) && float.IsNaN(f));

    private static string? ToJsonText(JsonValue value)
    {
        try
        {
            return value.ToJsonString();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or NotSupportedException or ArgumentException)
        {
            return null;
        }
    }

    /// <summary>The JSON kind of <paramref name="value"/>, or <see langword="null"/> when its CLR type has none.</summary>
    public static JsonValueKind? JsonKindOf(JsonValue value)
    {
        try
        {
            return value.GetValueKind();
        }
        catch (Exception e) when (e is InvalidOperationException or NotSupportedException or JsonException)
        {
            return null;
        }
    }
}
