using System.Text.Json.Nodes;

namespace Lark.Cli.Output.Formats;

/// <summary>
/// Records as an aligned table, as the official CLI prints them: a header, a rule of ─, cells padded to the widest
/// (wide characters count two, at most 100 columns, … when cut), columns two spaces apart; "(empty)" for none.
/// </summary>
public static class TableFormat
{
    /// <summary>The widest a column grows.</summary>
    public const int MaxColumnWidth = 100;

    /// <summary>Writes <paramref name="items"/> as a table.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<JsonObject> items)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(items);
        WriteRecords(writer, [.. items.Select(Records.Flatten)]);
    }

    /// <summary>Writes flattened records as a table.</summary>
    public static void WriteRecords(TextWriter writer, IReadOnlyList<IReadOnlyList<KeyValuePair<string, string>>> records)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(records);
        if (records.Count == 0)
        {
            writer.WriteLine("(empty)");
            return;
        }

        var columns = Records.Columns(records);
        var rows = records.Select(r => r.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal)).ToArray();
        var widths = columns.Select(c => Math.Min(MaxColumnWidth, Math.Max(CellWidth.Of(c), rows.Max(r => CellWidth.Of(r.GetValueOrDefault(c, "")))))).ToArray();
        writer.WriteLine(string.Join("  ", columns.Select((c, i) => Pad(c, widths[i]))));
        writer.WriteLine(string.Join("  ", widths.Select(w => new string('─', w))));
        foreach (var row in rows)
            writer.WriteLine(string.Join("  ", columns.Select((c, i) => Pad(CellWidth.Truncate(row.GetValueOrDefault(c, ""), widths[i]), widths[i]))));
    }

    private static string Pad(string text, int width)
    {
        var w = CellWidth.Of(text);
        return w >= width ? text : text + new string(' ', width - w);
    }
}
