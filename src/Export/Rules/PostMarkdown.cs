using System.Text;
using System.Text.Json;
using Lark.Resources.Rules;

namespace Lark.Resources.Export.Rules;

/// <summary>
/// A post (rich text) as Markdown, from its raw content: bold, italic and struck text, links, mentions as <c>@Name</c>,
/// code blocks, rules; every piece of user text escaped. Images and media are left to the resource lines. Total:
/// content that is not a post gives none.
/// </summary>
public static class PostMarkdown
{
    private const int MaxDepth = 32;

    /// <summary>The post's lines, or none when <paramref name="rawContent"/> is not a readable post.</summary>
    public static IReadOnlyList<string>? Lines(string? rawContent)
    {
        if (string.IsNullOrEmpty(rawContent))
            return null;
        try
        {
            using var document = JsonDocument.Parse(rawContent, new JsonDocumentOptions { MaxDepth = MaxDepth });
            var post = Unwrap(document.RootElement);
            if (post is not { } body)
                return null;
            var lines = new List<(string Text, bool Verbatim)>();
            if (JsonText.Property(body, "title") is { Length: > 0 } title)
                lines.Add(($"**{MarkdownText.Escape(title)}**", false));
            if (JsonText.Field(body, "content") is { ValueKind: JsonValueKind.Array } paragraphs)
            {
                foreach (var paragraph in paragraphs.EnumerateArray())
                    Paragraph(paragraph, lines);
            }

            // Lines of one message are joined by hard breaks; a code block (its fences and code, whatever the code
            // holds) or a rule stands on its own.
            var text = new List<string>(lines.Count);
            for (var i = 0; i < lines.Count; i++)
            {
                var (line, verbatim) = lines[i];
                var joined = !verbatim && line.Length > 0 && i + 1 < lines.Count && lines[i + 1] is { Verbatim: false, Text.Length: > 0 };
                text.Add(joined ? line + "\\" : line);
            }

            return text;
        }
        catch (JsonException)
        {
            return null;
        }
    }

    // A post may sit under a locale key (zh_cn, en_us, …): the first locale with content is shown.
    private static JsonElement? Unwrap(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return null;
        if (JsonText.Field(root, "content") is { ValueKind: JsonValueKind.Array })
            return root;
        foreach (var property in root.EnumerateObject())
        {
            if (property.Value.ValueKind == JsonValueKind.Object && JsonText.Field(property.Value, "content") is { ValueKind: JsonValueKind.Array })
                return property.Value;
        }

        return null;
    }

    private static void Paragraph(JsonElement paragraph, List<(string Text, bool Verbatim)> lines)
    {
        if (paragraph.ValueKind != JsonValueKind.Array)
            return;
        var line = new StringBuilder();
        // Text runs side by side in the same style are one run: "**a****b**" would not read as bold.
        var run = new StringBuilder();
        var runStyle = "";
        void EndRun()
        {
            line.Append(Styled(run.ToString(), runStyle));
            run.Clear();
        }

        foreach (var element in paragraph.EnumerateArray())
        {
            var tag = JsonText.Property(element, "tag");
            var style = tag == "text" ? Style(element) : "";
            if (tag != "text" || style != runStyle)
                EndRun();
            runStyle = style;
            switch (tag)
            {
                case "text":
                    run.Append(JsonText.Property(element, "text"));
                    break;
                case "a":
                    var text = MarkdownText.Escape(JsonText.Property(element, "text") ?? JsonText.Property(element, "href"));
                    line.Append(JsonText.Property(element, "href") is { } href && (href.StartsWith("https://", StringComparison.OrdinalIgnoreCase) || href.StartsWith("http://", StringComparison.OrdinalIgnoreCase))
                        ? $"[{text}]({MarkdownText.Destination(href)})"
                        : text);
                    break;
                case "at":
                    line.Append('@').Append(MarkdownText.Escape(JsonText.Property(element, "user_name") ?? JsonText.Property(element, "user_id") ?? ""));
                    break;
                case "emotion":
                    line.Append(':').Append(MarkdownText.Escape(JsonText.Property(element, "emoji_type") ?? "")).Append(':');
                    break;
                case "md":
                    line.Append(MarkdownText.Escape(JsonText.Property(element, "text")));
                    break;
                case "code_block":
                    Flush(line, lines);
                    CodeBlock(JsonText.Property(element, "language"), JsonText.Property(element, "text"), lines);
                    break;
                case "hr":
                    Flush(line, lines);
                    lines.Add(("* * *", true));
                    break;
            }
        }

        EndRun();
        Flush(line, lines);
    }

    // The styles Markdown shows, in one order: "b", "i", "s" for bold, italic and struck text.
    private static string Style(JsonElement element)
    {
        if (JsonText.Field(element, "style") is not { ValueKind: JsonValueKind.Array } styles)
            return "";
        var names = styles.EnumerateArray().Select(JsonText.Of).ToHashSet(StringComparer.Ordinal);
        return (names.Contains("bold") ? "b" : "") + (names.Contains("italic") ? "i" : "") + (names.Contains("lineThrough") ? "s" : "");
    }

    private static string Styled(string text, string style)
    {
        var escaped = MarkdownText.Escape(text);
        if (escaped.Trim().Length == 0 || style.Length == 0)
            return escaped;
        // Emphasis opens and closes only where it touches a word: CommonMark's flanking rules fail a marker between a
        // word and punctuation ("done**, then"), so spaces and punctuation at either end stay outside the markers.
        var (lead, core, trail) = Peel(escaped);
        if (core.Length == 0)
            return escaped;
        if (style.Contains('s', StringComparison.Ordinal))
            core = $"~~{core}~~";
        if (style.Contains('i', StringComparison.Ordinal))
            core = $"*{core}*";
        if (style.Contains('b', StringComparison.Ordinal))
            core = $"**{core}**";
        return lead + core + trail;
    }

    // Escaped text split into what leads (spaces and punctuation), the core, and what trails; an escape ("\*") or a
    // surrogate pair is one unit.
    private static (string Lead, string Core, string Trail) Peel(string escaped)
    {
        var units = new List<(int Start, int Length)>();
        for (var i = 0; i < escaped.Length;)
        {
            var length = i + 1 < escaped.Length && (escaped[i] == '\\' || (char.IsHighSurrogate(escaped[i]) && char.IsLowSurrogate(escaped[i + 1]))) ? 2 : 1;
            units.Add((i, length));
            i += length;
        }

        bool Outside((int Start, int Length) unit)
        {
            var at = escaped[unit.Start] == '\\' && unit.Length == 2 ? unit.Start + 1 : unit.Start;
            if (char.IsWhiteSpace(escaped[at]))
                return true;
            var category = Rune.TryGetRuneAt(escaped, at, out var rune) ? Rune.GetUnicodeCategory(rune) : System.Globalization.UnicodeCategory.OtherNotAssigned;
            return category is >= System.Globalization.UnicodeCategory.ConnectorPunctuation and <= System.Globalization.UnicodeCategory.OtherSymbol;
        }

        var first = 0;
        while (first < units.Count && Outside(units[first]))
            first++;
        var last = units.Count - 1;
        while (last >= first && Outside(units[last]))
            last--;
        if (first > last)
            return (escaped, "", "");
        var coreStart = units[first].Start;
        var coreEnd = units[last].Start + units[last].Length;
        return (escaped[..coreStart], escaped[coreStart..coreEnd], escaped[coreEnd..]);
    }

    // A fence longer than any run of backticks in the code, so the code cannot close it.
    private static void CodeBlock(string? language, string? code, List<(string Text, bool Verbatim)> lines)
    {
        var text = (code ?? "").Replace("\r\n", "\n", StringComparison.Ordinal);
        var longest = 0;
        var run = 0;
        foreach (var c in text)
        {
            run = c == '`' ? run + 1 : 0;
            longest = Math.Max(longest, run);
        }

        var fence = new string('`', Math.Max(3, longest + 1));
        var info = new string((language ?? "").Where(char.IsAsciiLetterOrDigit).Take(32).ToArray()).ToLowerInvariant();
        lines.Add((fence + info, true));
        lines.AddRange(text.TrimEnd('\n').Split('\n').Select(l => (new string(l.Where(c => !char.IsControl(c) || c == '\t').ToArray()), true)));
        lines.Add((fence, true));
    }

    private static void Flush(StringBuilder line, List<(string Text, bool Verbatim)> lines)
    {
        if (line.Length > 0)
            lines.Add((line.ToString().TrimEnd(), false));
        line.Clear();
    }
}
