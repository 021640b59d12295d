using Lark.Resources.Export.Rules;
using Markdig.Syntax;
using static Lark.Resources.Properties.Export.ExportGenerators;

namespace Lark.Resources.Properties.Export;

/// <summary>
/// User text escaped by <see cref="MarkdownText.Escape"/> and placed in a paragraph stays one paragraph of plain text:
/// no heading, list, quote, table, link, emphasis, code, entity or HTML is created, and its text is the user's
/// (less control and format characters, which are dropped so they cannot disguise the line, and the outer spaces a
/// paragraph never keeps).
/// </summary>
public class MarkdownTextProperties
{
    private static void AssertOneParagraphOf(string input, string markdown, string prefix = "")
    {
        var expected = (prefix + Visible(input)).Trim(' ', '\t');
        var document = Parse(markdown);
        if (expected.Length == 0)
        {
            Assert.True(document.Count == 0, $"blank text made blocks: {markdown}");
            return;
        }

        var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(document));
        var text = PlainLiterals(paragraph.Inline);
        Assert.True(text is not null, $"{Show(input)} made more than text: {Show(markdown)}");
        Assert.Equal(expected, text);
    }

    private static string Show(string s) => System.Text.Json.JsonSerializer.Serialize(s);

    [Property(MaxTest = 3000)]
    public Property Escaped_text_is_one_paragraph_of_the_same_text() =>
        Prop.ForAll(UserText.ToArbitrary(), text =>
        {
            AssertOneParagraphOf(text, MarkdownText.Escape(text));
        });

    [Property(MaxTest = 1000)]
    public Property Escaped_text_after_other_text_on_a_line_stays_text() =>
        Prop.ForAll(UserText.ToArbitrary(), UserText.ToArbitrary(), (a, b) =>
        {
            // What the transcript does: user text after other text on the same line.
            var markdown = "x " + MarkdownText.Escape(a) + MarkdownText.Escape(b);
            var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(Parse(markdown)));
            Assert.True(PlainLiterals(paragraph.Inline) is { } text && text.StartsWith('x'), $"{Show(a)}, {Show(b)} made more than text: {Show(markdown)}");
        });

    [Theory]
    [InlineData("# heading")]
    [InlineData("- item")]
    [InlineData("+ item")]
    [InlineData("* item")]
    [InlineData("1. item")]
    [InlineData("1) item")]
    [InlineData("> quote")]
    [InlineData("| a | b |")]
    [InlineData("`code`")]
    [InlineData("```")]
    [InlineData("    indented code")]
    [InlineData("\tindented code")]
    [InlineData("  \t# heading after spaces and a tab")]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("[x](y)")]
    [InlineData("![x](y)")]
    [InlineData("[a]: /url")]
    [InlineData("**bold** and _it_")]
    [InlineData("a\tb\t\tc")]
    [InlineData("a    b")]
    [InlineData("Tom &amp; Jerry &#65; &lt;b&gt;")]
    [InlineData("<http://example.com>")]
    [InlineData("evil\u202Etxt.exe \u2066x\u2069")]
    [InlineData("trailing backslash \\")]
    [InlineData("***")]
    [InlineData("---")]
    [InlineData("===")]
    public void Examples_stay_plain_text(string text) => AssertOneParagraphOf(text, MarkdownText.Escape(text));

    [Fact]
    public void Nothing_is_nothing()
    {
        Assert.Equal("", MarkdownText.Escape(null));
        Assert.Equal("", MarkdownText.Escape(""));
    }

    [Property(MaxTest = 1000)]
    public Property A_block_of_lines_keeps_every_line_as_text() =>
        Prop.ForAll(UserText.ToArbitrary(), text =>
        {
            var markdown = string.Join("\n", MarkdownText.Block(text));
            var document = Parse(markdown);
            // Blank lines separate paragraphs; nothing but paragraphs of literal text and hard breaks.
            foreach (var block in document)
            {
                var paragraph = Assert.IsType<ParagraphBlock>(block);
                Assert.All(paragraph.Inline!, inline => Assert.True(inline is Markdig.Syntax.Inlines.LiteralInline or Markdig.Syntax.Inlines.LineBreakInline { IsHard: true }, $"{Show(text)} made {inline.GetType().Name}: {Show(markdown)}"));
            }
        });
}
