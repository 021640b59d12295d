using System.Text;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lark.Cli.Output.Formats;

/// <summary>
/// Flattens JSON objects into records of text cells for table and csv, as the official CLI does: keys sorted, nested
/// objects as dotted keys, objects at depth three or more and every array as compact JSON, booleans as true/false,
/// control characters (but newline and tab) removed. Columns are the union of keys in first-seen order.
/// </summary>
public static class Records
{
    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    /// <summary>One record: its cells by column name, in the record's own key order.</summary>
    public static IReadOnlyList<KeyValuePair<string, string>> Flatten(JsonObject item)
    {
        ArgumentNullException.ThrowIfNull(item);
        var cells = new List<KeyValuePair<string, string>>();
        Add(cells, "", item, depth: 1);
        return cells;
    }

    /// <summary>The columns of many records: the first record's keys, then new keys as they are met.</summary>
    public static IReadOnlyList<string> Columns(IEnumerable<IReadOnlyList<KeyValuePair<string, string>>> records)
    {
        ArgumentNullException.ThrowIfNull(records);
        var columns = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var record in records)
        {
            foreach (var (key, _) in record)
            {
                if (seen.Add(key))
                    columns.Add(key);
            }
        }

        return columns;
    }

    private static void Add(List<KeyValuePair<string, string>> cells, string prefix, JsonObject value, int depth)
    {
        foreach (var (key, node) in value.OrderBy(p => p.Key, StringComparer.Ordinal))
        {
            var name = prefix.Length == 0 ? key : $"{prefix}.{key}";
            if (node is JsonObject nested && depth < 3)
                Add(cells, name, nested, depth + 1);
            else
                cells.Add(new(name, Cell(node)));
        }
    }

    private static string Cell(JsonNode? node) => node switch
    {
        null => "",
        JsonValue v when v.TryGetValue<string>(out var s) => Clean(s),
        JsonValue v when v.TryGetValue<bool>(out var b) => b ? "true" : "false",
        JsonValue v => v.ToJsonString(),
        _ => Clean(node.ToJsonString(Compact)),
    };

    // Escape sequences and other control characters would redraw the terminal or break a row.
    private static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (c == '\u001b')
            {
                i = SkipEscape(text, i);
                continue;
            }

            if (c is '\n' or '\t' || !char.IsControl(c))
                clean.Append(c);
        }

        return clean.ToString();
    }

    // ESC [ … final byte (CSI) or ESC and one more character.
    private static int SkipEscape(string text, int at)
    {
        if (at + 1 < text.Length && text[at + 1] == '[')
        {
            var i = at + 2;
            while (i < text.Length && text[i] is >= '0' and <= '?' or >= ' ' and <= '/')
                i++;
            return Math.Min(i, text.Length - 1);
        }

        return Math.Min(at + 1, text.Length - 1);
    }
}
