using System.Text;
using System.Text.Json;

namespace Lark.Resources.Rules.Messages;

/// <summary>
/// Rich-text posts flattened to markdown-ish lines, as the official CLI writes them: the title, then one line per
/// paragraph (<c>content_v2</c> when it has any, else <c>content</c>), each element rendered by its tag.
/// </summary>
internal static class PostText
{
    /// <summary>Shown for a post with nothing to show.</summary>
    public const string Placeholder = "[Rich text message]";

    /// <summary>The text of a post message's content.</summary>
    public static string Render(string raw, MentionMap mentions)
    {
        // A post needs a real object: Go checks for the nil map that "null" decodes to.
        if (GoJson.ParseObject(raw, out var document) != GoJson.ObjectKind.Object)
        {
            document?.Dispose();
            return ContentText.Invalid("rich text");
        }

        using (document)
        {
            if (UnwrapLocale(document!.RootElement) is not { } body)
                return Placeholder;
            var lines = new List<string>();
            if (GoJson.S(body, "title") is { Length: > 0 } title)
                lines.Add(title);
            foreach (var paragraph in Blocks(body))
                lines.Add(Paragraph(paragraph));
            var text = string.Join('\n', lines).Trim();
            return text.Length == 0 ? Placeholder : mentions.Resolve(text);
        }
    }

    /// <summary>
    /// The post body inside a locale wrapper: the object itself when it has <c>content</c> or <c>title</c>, else the
    /// first of <c>zh_cn</c>, <c>en_us</c>, <c>ja_jp</c> that is an object, else the first object value by key.
    /// </summary>
    public static JsonElement? UnwrapLocale(JsonElement parsed)
    {
        if (GoJson.Has(parsed, "content") || GoJson.Has(parsed, "title"))
            return parsed;
        foreach (var locale in (string[])["zh_cn", "en_us", "ja_jp"])
        {
            if (GoJson.Field(parsed, locale) is { } value)
            {
                if (value.ValueKind == JsonValueKind.Object)
                    return value;
            }
        }

        foreach (var (_, value) in GoJson.SortedProperties(parsed))
        {
            if (value.ValueKind == JsonValueKind.Object)
                return value;
        }

        return null;
    }

    /// <summary>Paragraphs for display: <c>content_v2</c> when it is a non-empty array, else <c>content</c>.</summary>
    public static IEnumerable<JsonElement> Blocks(JsonElement body) =>
        GoJson.Count(body, "content_v2") > 0 ? GoJson.Items(body, "content_v2") : GoJson.Items(body, "content");

    /// <summary>The text of post-style blocks without empty lines (a to-do's summary).</summary>
    public static string BlocksText(JsonElement blocks) =>
        string.Join('\n', blocks.EnumerateArray().Select(Paragraph).Where(line => line.Length > 0));

    /// <summary>One paragraph: its elements' texts, side by side (a paragraph that is not an array is empty).</summary>
    public static string Paragraph(JsonElement paragraph)
    {
        if (paragraph.ValueKind != JsonValueKind.Array)
            return "";
        var line = new StringBuilder();
        foreach (var element in paragraph.EnumerateArray())
            line.Append(Element(element));
        return line.ToString();
    }

    /// <summary>One element by its tag; an unknown tag shows its <c>text</c>.</summary>
    public static string Element(JsonElement element)
    {
        var style = GoJson.Field(element, "style");
        switch (GoJson.S(element, "tag"))
        {
            case "text":
                return Styled(GoJson.S(element, "text"), style);
            case "a":
            {
                var text = GoJson.S(element, "text");
                var href = GoJson.S(element, "href");
                var rendered = href.Length > 0 && text.Length > 0 ? $"[{EscapeLinkText(text)}]({href})" : href.Length > 0 ? href : text;
                return Styled(rendered, style);
            }

            case "at":
            {
                var userId = GoJson.S(element, "user_id");
                var name = GoJson.S(element, "user_name");
                var rendered = userId is "@_all" or "all" ? "<at user_id=\"all\"></at>"
                    : name.Length == 0 ? "@" + userId
                    : userId.StartsWith("ou", StringComparison.Ordinal) ? $"<at user_id=\"{userId}\">{name}</at>"
                    : "@" + name;
                return Styled(rendered, style);
            }

            case "emotion":
                // An emoji is a token, not prose: no emphasis around it.
                return GoJson.S(element, "emoji_type") is { Length: > 0 } emoji ? $":{emoji}:" : "";
            case "md":
                return GoJson.S(element, "text");
            case "img":
                return GoJson.S(element, "image_key") is { Length: > 0 } image ? $"![Image]({image})" : "[Image]";
            case "media":
                return GoJson.S(element, "file_key") is { Length: > 0 } file ? $"[Media: {file}]" : "[Media]";
            case "code_block":
            {
                var language = GoJson.S(element, "language");
                return $"\n```{language}\n{GoJson.S(element, "text")}\n```\n";
            }

            case "hr":
                return "\n---\n";
            default:
                return GoJson.S(element, "text");
        }
    }

    /// <summary>Square brackets in a link's text are escaped, so the text cannot close the link early.</summary>
    public static string EscapeLinkText(string text) =>
        text.Replace("[", "\\[", StringComparison.Ordinal).Replace("]", "\\]", StringComparison.Ordinal);

    // Inner to outer, in a fixed order: bold, italic, underline, strike-through.
    private static string Styled(string text, JsonElement? style)
    {
        if (text.Length == 0 || style is not { ValueKind: JsonValueKind.Array } styles || styles.GetArrayLength() == 0)
            return text;
        var names = styles.EnumerateArray().Select(JsonText.Of).OfType<string>().ToHashSet(StringComparer.Ordinal);
        if (names.Contains("bold"))
            text = "**" + text + "**";
        if (names.Contains("italic"))
            text = "*" + text + "*";
        if (names.Contains("underline"))
            text = "<u>" + text + "</u>";
        if (names.Contains("lineThrough"))
            text = "~~" + text + "~~";
        return text;
    }
}
