using System.Text;
using Lark.Resources.Rules.Names;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lark.Resources.Properties.Export;

/// <summary>Text chosen to break Markdown, names chosen to break a file system, and reading Markdown back with Markdig.</summary>
internal static class ExportGenerators
{
    /// <summary>Pieces that start structure in CommonMark (and GFM), or hide text.</summary>
    private static readonly string[] Pieces =
    [
        "#", "# ", "## h", "-", "- ", "+ ", "* ", "1.", "1. ", "2)", "123456789.", ">", "> ", "|", "| a | b |", "`", "``", "```", "~~~", "~~x~~",
        "<script>", "</script>", "<div>", "<!-- c -->", "<http://a.example>", "[x](y)", "![i](j)", "[a]: /u", "[^1]", "**", "*", "_", "__",
        "***", "---", "===", "\t", "\t\t", "    ", "  ", " ", "\u202E", "\u202D", "\u200F", "\u2066", "\u2069", "\u200B", "\uFEFF", "&amp;",
        "&#65;", "&lt;", "&", "\\", "\\*", "\n", "\r", "\r\n", "\0", "\u0007", "\u001B[31m", "\u0085", "\u2028", "é", "e\u0301", "😀",
        "\uD800", "\uDC00", "报告", "x", "word", "http://a.example/b", "www.example.com", "(", ")", "{", "}", "!", "$", "%", ":", ";", "\"",
        "'", "=", "@", "\u00A0", "\u3000",
    ];

    /// <summary>Any user text: hostile pieces, or anything at all.</summary>
    public static Gen<string> UserText { get; } = Gen.OneOf(
        Gen.Elements(Pieces).ListOf().Select(p => string.Concat(p)),
        Gen.Elements(Pieces).ListOf().Select(p => string.Concat(p)),
        ArbMap.Default.GeneratorFor<string>().Select(s => s ?? ""));

    /// <summary>File names a message may carry.</summary>
    public static Gen<string?> HostileFileNames { get; } = Gen.OneOf(
        Gen.Elements<string?>(
            null, "", "../x", "..", ".", "con", "CON.txt", "nul", "a\u202Egnp.exe", "bell\u0007.txt", "tab\t.txt", "new\nline.pdf", "/etc/passwd",
            "..\\..\\win.ini", "report.pdf", "REPORT.PDF", "report (2).pdf", "Report.pdf", "季度报告.xlsx", ".lark-resources.json", "manifest.json",
            " ", "...", "-rf", "a:b|c?.txt", new string('a', 300) + ".pdf", new string('长', 120) + ".xlsx", new string('b', 255),
            "x." + new string('e', 40), "\u200B", "img_v3_k.png"),
        Gen.Elements(Pieces).NonEmptyListOf().Select(p => (string?)string.Concat(p)));

    /// <summary>Valid resource keys, few so that they repeat.</summary>
    public static Gen<string> Keys { get; } = Gen.Elements("img_v3_a", "img_v3_b", "file_v3_a", "file_v3_b", "file_v3_c", "img_v3_k", "file_v3_report");

    /// <summary>A Markdown document as CommonMark reads it (Markdig's default pipeline).</summary>
    public static MarkdownDocument Parse(string markdown) => Markdown.Parse(markdown);

    /// <summary>Every link and image destination in the document, as the URL a browser follows (percent-decoded).</summary>
    public static IReadOnlyList<string> Destinations(MarkdownDocument document) =>
        [.. document.Descendants<LinkInline>().Select(l => Uri.UnescapeDataString(l.Url ?? "")), .. document.Descendants<AutolinkInline>().Select(a => Uri.UnescapeDataString(a.Url ?? ""))];

    /// <summary>The text of a run of inlines when they are literal text only; none when anything else was created.</summary>
    public static string? PlainLiterals(ContainerInline? inlines)
    {
        var text = new StringBuilder();
        foreach (var inline in inlines ?? Enumerable.Empty<Inline>())
        {
            if (inline is not LiteralInline literal)
                return null;
            text.Append(literal.Content.ToString());
        }

        return text.ToString();
    }

    /// <summary>What <see cref="Lark.Resources.Export.Rules.MarkdownText.Escape"/> keeps of text: control and format characters go (they could disguise it); tabs stay.</summary>
    public static string Visible(string text)
    {
        var kept = new StringBuilder(text.Length);
        foreach (var c in text)
        {
            if (c == '\t' || (!char.IsControl(c) && char.GetUnicodeCategory(c) != System.Globalization.UnicodeCategory.Format))
                kept.Append(c);
        }

        return kept.ToString();
    }

    /// <summary>A safe name for a resource path in a manifest.</summary>
    public static Gen<string> SafeNames { get; } = HostileFileNames.Select(n => SafeFileName.From(n).ValueOr("resource"));
}
