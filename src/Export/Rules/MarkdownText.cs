using System.Text;

namespace Lark.Resources.Export.Rules;

/// <summary>
/// User text made safe to place in Markdown: every character that could start structure (a heading, a list, a quote,
/// a table, a link, emphasis, code, HTML) is escaped, so a message can never change the document around it. Total.
/// </summary>
public static class MarkdownText
{
    // Inline characters CommonMark gives meaning to wherever they stand (& starts an entity: "&amp;" would show "&").
    private const string Inline = "\\`*_[]<>|~!&";

    /// <summary>One line of user text, escaped (line breaks are the caller's).</summary>
    public static string Escape(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return "";
        var clean = Clean(text);
        var escaped = new StringBuilder(clean.Length + 8);
        foreach (var c in clean)
        {
            if (Inline.Contains(c, StringComparison.Ordinal))
                escaped.Append('\\');
            escaped.Append(c);
        }

        return EscapeStart(escaped.ToString());
    }

    /// <summary>
    /// Lines of user text as Markdown lines: each escaped, consecutive lines joined by hard breaks, blank lines kept as
    /// paragraph breaks; <paramref name="prefix"/> (a quote marker) goes before every line.
    /// </summary>
    public static IEnumerable<string> Block(string? text, string prefix = "")
    {
        var lines = (text ?? "").Replace("\r\n", "\n", StringComparison.Ordinal).Replace('\r', '\n').Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var line = Escape(lines[i].TrimEnd());
            var next = i + 1 < lines.Length && lines[i + 1].Trim().Length > 0;
            yield return prefix + (line.Length > 0 && next ? line + "\\" : line);
        }
    }

    /// <summary>
    /// A link destination that may hold spaces and parentheses, in CommonMark's angle-bracket form: <c>\</c>,
    /// <c>&lt;</c> and <c>&gt;</c> escaped, <c>&amp;</c> as an entity (so <c>&amp;amp;</c> stays itself), control
    /// characters (a line break would end the link and start a block) percent-encoded.
    /// </summary>
    public static string Destination(string url)
    {
        var destination = new StringBuilder("<");
        foreach (var c in url ?? "")
        {
            if (c is '\\' or '<' or '>')
                destination.Append('\\').Append(c);
            else if (c == '&')
                destination.Append("&amp;"); // destinations decode entities (Markdig even after a backslash)
            else if (char.IsControl(c))
                destination.Append('%').Append(((int)c).ToString("X2", System.Globalization.CultureInfo.InvariantCulture));
            else
                destination.Append(c);
        }

        return destination.Append('>').ToString();
    }

    /// <summary>
    /// A link to a file by its relative path: a destination whose URL is the path, with the characters a URL gives
    /// meaning to (<c>%</c>, <c>#</c>, <c>?</c>) percent-encoded, so <c>C# notes.pdf</c> does not link to <c>C</c>.
    /// </summary>
    public static string PathDestination(string path) =>
        Destination((path ?? "").Replace("%", "%25", StringComparison.Ordinal).Replace("#", "%23", StringComparison.Ordinal).Replace("?", "%3F", StringComparison.Ordinal));

    // At the start of a line, these make a heading, a list, a quote, a thematic break or a setext underline.
    private static string EscapeStart(string line)
    {
        var i = 0;
        while (i < line.Length && line[i] is ' ' or '\t')
            i++;
        // Four columns of indentation (a tab is enough) make a code block; a paragraph drops leading spaces anyway.
        if (i >= 4 || line.AsSpan(0, i).Contains('\t'))
        {
            line = line[i..];
            i = 0;
        }

        if (i >= line.Length)
            return line;
        var c = line[i];
        if (c is '#' or '-' or '+' or '=' or '>')
            return line[..i] + "\\" + line[i..];
        // "1." or "1)" starts an ordered list.
        var d = i;
        while (d < line.Length && char.IsAsciiDigit(line[d]))
            d++;
        if (d > i && d < line.Length && line[d] is '.' or ')')
            return line[..d] + "\\" + line[d..];
        return line;
    }

    // Control and format characters (bidi overrides among them) could disguise or break the text; tabs are text.
    private static string Clean(string text)
    {
        var clean = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\t' || (!char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format))
                clean.Append(c);
        }

        return clean.ToString();
    }
}
