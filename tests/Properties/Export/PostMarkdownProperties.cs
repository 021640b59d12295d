using System.Text.Json.Nodes;
using Lark.Resources.Export.Rules;
using Markdig;
using Lark.Resources.Properties.Messages;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;
using static Lark.Resources.Properties.Export.ExportGenerators;

namespace Lark.Resources.Properties.Export;

/// <summary>
/// Posts as Markdown: total on any JSON; a post's links are only its http(s) hrefs; its code blocks hold exactly the
/// code; no HTML or heading comes from user text.
/// </summary>
public class PostMarkdownProperties
{
    [Property(MaxTest = 2000)]
    public Property Total_on_any_json() =>
        Prop.ForAll(HostileJson.Any.ToArbitrary(), json =>
        {
            var lines = PostMarkdown.Lines(json);
            return lines is null || lines.All(l => l is not null);
        });

    [Property(MaxTest = 500)]
    public Property Total_on_any_post_shaped_json() =>
        Prop.ForAll(HostileJson.Value(4).ToArbitrary(), HostileJson.Value(3).ToArbitrary(), (paragraph, title) =>
        {
            var json = $"{{\"zh_cn\":{{\"title\":{title},\"content\":[{paragraph},[{paragraph}]]}}}}";
            _ = PostMarkdown.Lines(json);
            _ = PostMarkdown.Lines($"{{\"title\":{title},\"content\":{paragraph}}}");
            return true;
        });

    // Elements as JSON text, so a generated value can be used (and shrunk) any number of times.
    private static Gen<string> Element { get; } = Gen.OneOf(
        from text in UserText
        from style in Gen.SubListOf("bold", "italic", "lineThrough", "underline")
        select new JsonObject { ["tag"] = "text", ["text"] = text, ["style"] = new JsonArray([.. style.Select(s => (JsonNode)s)]) }.ToJsonString(),
        from text in UserText
        from href in Gen.Elements("https://example.com/a", "http://example.com/a b)", "javascript:alert(1)", "resources/x", "file:///etc/passwd", "HTTPS://E.COM/<x>&amp;", "https://e.com/\n# heading\n<script>")
        select new JsonObject { ["tag"] = "a", ["text"] = text, ["href"] = href }.ToJsonString(),
        UserText.Select(name => new JsonObject { ["tag"] = "at", ["user_id"] = "ou_1", ["user_name"] = name }.ToJsonString()),
        UserText.Select(text => new JsonObject { ["tag"] = "md", ["text"] = text }.ToJsonString()),
        UserText.Select(code => new JsonObject { ["tag"] = "code_block", ["language"] = "C#", ["text"] = code }.ToJsonString()),
        Gen.Constant("{\"tag\":\"hr\"}"),
        Gen.Constant("{\"tag\":\"img\",\"image_key\":\"img_v3_a\"}"));

    private static string Paragraphs(IEnumerable<IEnumerable<string>> paragraphs) => "[" + string.Join(",", paragraphs.Select(p => "[" + string.Join(",", p) + "]")) + "]";

    private static Gen<string> Posts { get; } =
        from title in UserText
        from paragraphs in Element.ListOf().ListOf()
        select $"{{\"title\":{HostileJson.JsonEscape(title)},\"content\":{Paragraphs(paragraphs)}}}";

    [Property(MaxTest = 1000)]
    public Property Links_are_the_posts_web_hrefs_and_no_html_is_made() =>
        Prop.ForAll(Posts.ToArbitrary(), post =>
        {
            var markdown = string.Join("\n", PostMarkdown.Lines(post) ?? []);
            var document = Parse(markdown);
            var hrefs = JsonNode.Parse(post)!["content"]!.AsArray().SelectMany(p => p!.AsArray()).Select(e => (string?)e!["href"]).OfType<string>()
                .Where(h => h.StartsWith("http://", StringComparison.OrdinalIgnoreCase) || h.StartsWith("https://", StringComparison.OrdinalIgnoreCase)).ToHashSet();
            var foreign = Destinations(document).Where(d => !hrefs.Contains(d)).ToArray();
            Assert.True(foreign.Length == 0, $"links to {string.Join(", ", foreign)} in:\n{markdown}");
            Assert.Empty(document.Descendants<HtmlBlock>());
            Assert.Empty(document.Descendants<HtmlInline>());
            Assert.Empty(document.Descendants<HtmlEntityInline>());
            Assert.Empty(document.Descendants<HeadingBlock>());
            Assert.Empty(document.Descendants<QuoteBlock>());
            Assert.Empty(document.Descendants<ListBlock>());
        });

    [Property(MaxTest = 1000)]
    public Property A_code_block_holds_exactly_its_code() =>
        Prop.ForAll(UserText.ToArbitrary(), Element.ListOf().ToArbitrary(), (code, around) =>
        {
            var post = "{\"content\":" + Paragraphs([around.Take(2), [new JsonObject { ["tag"] = "code_block", ["language"] = "js", ["text"] = code }.ToJsonString()], ["{\"tag\":\"text\",\"text\":\"after\"}"]]) + "}";
            var markdown = string.Join("\n", PostMarkdown.Lines(post)!);
            var blocks = Parse(markdown).Descendants<FencedCodeBlock>().ToArray();
            // Lines as given (CRLF as LF, trailing line ends dropped), control characters but tabs removed.
            // (A lone surrogate, which JSON cannot hold, is read back as U+FFFD.)
            var expected = string.Join("\n", System.Text.Encoding.UTF8.GetString(System.Text.Encoding.UTF8.GetBytes(code)).Replace("\r\n", "\n", StringComparison.Ordinal).TrimEnd('\n').Split('\n')
                .Select(l => new string(l.Where(c => c == '\t' || !char.IsControl(c)).ToArray())));
            // The block from the code element is the last one (earlier elements may hold code blocks of their own).
            var block = blocks.Last();
            Assert.Equal(expected, block.Lines.ToString().Replace("\r\n", "\n", StringComparison.Ordinal));
            Assert.Equal("after", ((ParagraphBlock)Parse(markdown).Last()).Inline!.OfType<LiteralInline>().Last().Content.ToString());
        });

    private static readonly Gen<string> Word = Gen.Elements(
        "a", "word", "报告", "完成了导出", "x1", "done", ",", "，", "。", "!", "?", "(", ")", "[", "*", "**", "_", "~", "`", "\\", "😀", "-", ".", "1.", "#",
        "&amp;", "✅", "é", ":", "\"", "'");

    private static readonly Gen<(string Text, string[] Style)> Run =
        from words in Word.NonEmptyListOf()
        from spaced in ArbMap.Default.GeneratorFor<bool>()
        from style in Gen.Elements<string[]>([], ["bold"], ["italic"], ["lineThrough"], ["bold", "italic"], ["underline"])
        select (string.Join(spaced ? " " : "", words), style);

    private static readonly MarkdownPipeline Strikethrough = new MarkdownPipelineBuilder().UseEmphasisExtras().Build();

    [Property(MaxTest = 2000)]
    public Property Styled_runs_side_by_side_keep_their_text_and_leak_no_markers() =>
        Prop.ForAll(Run.NonEmptyListOf().ToArbitrary(), runs =>
        {
            var elements = runs.Select(r => new JsonObject { ["tag"] = "text", ["text"] = r.Text, ["style"] = new JsonArray([.. r.Style.Select(x => (JsonNode)x)]) }.ToJsonString());
            var markdown = string.Join("\n", PostMarkdown.Lines("{\"content\":" + Paragraphs([elements]) + "}")!);
            var paragraph = Assert.IsType<ParagraphBlock>(Assert.Single(Markdown.Parse(markdown, Strikethrough)));
            var text = string.Concat(paragraph.Inline!.Descendants<LiteralInline>().Select(l => l.Content.ToString()));
            // A marker that failed to pair would show as a literal * or ~.
            Assert.True(string.Concat(runs.Select(r => r.Text)) == text, $"{markdown} reads as {text}");
            // Every styled run with a letter in it is styled (runs side by side in the same style are one).
            var groups = new List<(string Style, string Text)>();
            foreach (var (runText, runStyle) in runs)
            {
                var key = string.Join(",", runStyle.Where(x => x != "underline").Order(StringComparer.Ordinal));
                if (groups.Count > 0 && groups[^1].Style == key)
                    groups[^1] = (key, groups[^1].Text + runText);
                else
                    groups.Add((key, runText));
            }

            var styled = groups.Count(g => g.Style.Length > 0 && g.Text.Any(char.IsLetter));
            Assert.True(paragraph.Inline!.Descendants<EmphasisInline>().Count() >= styled, $"{markdown}: fewer emphases than the {styled} styled runs");
        });

    [Fact]
    public void Bold_then_italic_starting_with_a_comma_both_render()
    {
        // The demo post: "**…done***, review pending*" showed its asterisks.
        var post = """{"content":[[{"tag":"text","text":"本周"},{"tag":"text","text":"完成了导出 export is done","style":["bold"]},{"tag":"text","text":", review pending","style":["italic"]}]]}""";
        var document = Parse(string.Join("\n", PostMarkdown.Lines(post)!));
        Assert.Equal(["完成了导出 export is done"], document.Descendants<EmphasisInline>().Where(e => e.DelimiterCount == 2).Select(e => PlainLiterals(e)));
        Assert.Equal(["review pending"], document.Descendants<EmphasisInline>().Where(e => e.DelimiterCount == 1).Select(e => PlainLiterals(e)));
    }

    [Fact]
    public void Styles_links_mentions_and_code_render()
    {
        var post = """
            {"zh_cn":{"title":"T","content":[
              [{"tag":"text","text":"bold","style":["bold"]},{"tag":"text","text":" and "},{"tag":"text","text":"it","style":["italic"]}],
              [{"tag":"a","text":"doc","href":"https://example.com/d"},{"tag":"text","text":" cc "},{"tag":"at","user_id":"ou_1","user_name":"Ann"}],
              [{"tag":"code_block","language":"SHELL","text":"echo ```\nls\n"}]]}}
            """;

        var markdown = string.Join("\n", PostMarkdown.Lines(post)!);
        var document = Parse(markdown);

        Assert.Equal(["T", "bold"], document.Descendants<EmphasisInline>().Where(e => e.DelimiterCount == 2).Select(e => PlainLiterals(e)));
        Assert.Equal(["it"], document.Descendants<EmphasisInline>().Where(e => e.DelimiterCount == 1).Select(e => PlainLiterals(e)));
        Assert.Equal(["https://example.com/d"], Destinations(document));
        Assert.Contains("@Ann", markdown, StringComparison.Ordinal);
        var code = Assert.Single(document.Descendants<FencedCodeBlock>());
        Assert.Equal("shell", code.Info);
        Assert.Equal("echo ```\nls", code.Lines.ToString());
    }
}
