using System.Text;
using System.Text.Json.Nodes;

namespace Lark.Cli.Output.Formats;

/// <summary>Records as CSV (RFC 4180 quoting, a header row, \n line ends); "(empty)" for none, as the official CLI.</summary>
public static class CsvFormat
{
    /// <summary>Writes <paramref name="items"/> as CSV.</summary>
    public static void Write(TextWriter writer, IReadOnlyList<JsonObject> items)
    {
        ArgumentNullException.ThrowIfNull(writer);
        ArgumentNullException.ThrowIfNull(items);
        if (items.Count == 0)
        {
            writer.Write("(empty)\n");
            return;
        }

        var records = items.Select(Records.Flatten).ToArray();
        var columns = Records.Columns(records);
        writer.Write(Line(columns));
        foreach (var record in records)
        {
            var cells = record.ToDictionary(p => p.Key, p => p.Value, StringComparer.Ordinal);
            writer.Write(Line(columns.Select(c => cells.GetValueOrDefault(c, ""))));
        }
    }

    private static string Line(IEnumerable<string> cells) => string.Join(',', cells.Select(Quote)) + "\n";

    // Quoted when it holds a comma, a quote, a line break or a leading space, as Go's encoding/csv does.
    private static string Quote(string cell)
    {
        if (cell.Length == 0 || (cell.IndexOfAny([',', '"', '\r', '\n']) < 0 && cell[0] != ' ' && cell[0] != '\t'))
            return cell;
        return new StringBuilder("\"").Append(cell.Replace("\"", "\"\"", StringComparison.Ordinal)).Append('"').ToString();
    }
}
