using System.Text;

namespace Lark.Cli.Output;

/// <summary>
/// Descriptions as written in the source (raw strings broken by hand at about 110 columns) laid out for a width:
/// prose lines of a paragraph are joined and wrapped again; indented lines (examples, JSON) and blank lines are kept
/// exactly, since a wrapped command line can no longer be copied.
/// </summary>
public static class HelpText
{
    /// <summary>
    /// The lines of <paramref name="description"/> for <paramref name="width"/> cells; with no width (not a terminal)
    /// each paragraph is one line, for a pager or an editor to wrap.
    /// </summary>
    public static IReadOnlyList<string> Reflow(string? description, int? width)
    {
        var lines = new List<string>();
        var paragraph = new List<string>();
        foreach (var line in (description ?? "").ReplaceLineEndings("\n").Split('\n'))
        {
            if (string.IsNullOrWhiteSpace(line) || char.IsWhiteSpace(line[0]))
            {
                Flush();
                lines.Add(line.TrimEnd());
            }
            else
            {
                paragraph.Add(line.Trim());
            }
        }

        Flush();
        // No blank lines at either end: the help's own layout puts them between sections.
        while (lines.Count > 0 && lines[^1].Length == 0)
            lines.RemoveAt(lines.Count - 1);
        while (lines.Count > 0 && lines[0].Length == 0)
            lines.RemoveAt(0);
        return lines;

        void Flush()
        {
            if (paragraph.Count == 0)
                return;
            lines.AddRange(Wrap(string.Join(' ', paragraph), width));
            paragraph.Clear();
        }
    }

    /// <summary>The first paragraph as one line: what a command list shows of a subcommand.</summary>
    public static string Summary(string? description) =>
        string.Join(' ', (description ?? "").ReplaceLineEndings("\n").Split('\n')
            .SkipWhile(string.IsNullOrWhiteSpace)
            .TakeWhile(l => !string.IsNullOrWhiteSpace(l))
            .Select(l => l.Trim()));

    /// <summary>Words of <paramref name="text"/> in lines of at most <paramref name="width"/> cells (a longer word alone).</summary>
    public static IEnumerable<string> Wrap(string text, int? width)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (width is not { } max || ProgressText.Cells(text) <= max)
        {
            yield return text;
            yield break;
        }

        var line = new StringBuilder();
        var cells = 0;
        foreach (var word in text.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            var wordCells = ProgressText.Cells(word);
            if (cells > 0 && cells + 1 + wordCells > max)
            {
                yield return line.ToString();
                line.Clear();
                cells = 0;
            }

            if (cells > 0)
            {
                line.Append(' ');
                cells++;
            }

            line.Append(word);
            cells += wordCells;
        }

        if (line.Length > 0)
            yield return line.ToString();
    }
}
