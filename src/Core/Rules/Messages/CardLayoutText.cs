using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Lark.Resources.Rules.Messages;

/// <summary>Cards, continued: text, markdown and layout elements (div, note, columns, panels, lists, quotes, code).</summary>
internal sealed partial class CardText
{
    private static readonly Dictionary<string, string> EmojiGlyphs = new(StringComparer.Ordinal)
    {
        ["OK"] = "👌", ["THUMBSUP"] = "👍", ["SMILE"] = "😊", ["HEART"] = "❤️", ["CLAP"] = "👏", ["FIRE"] = "🔥", ["PARTY"] = "🎉", ["THINK"] = "🤔",
    };

    // A list nests a few levels; the official CLI fails on a negative level and pads any other, however large.
    private const int MaxListLevel = 64;

    private string Markdown(JsonElement property)
    {
        if (GoJson.Count(property, "elements") > 0)
            return Inline(GoJson.Arr(property, "elements")!.Value);
        return GoJson.S(property, "content");
    }

    private string MarkdownV1(JsonElement element, JsonElement property)
    {
        if (GoJson.Count(property, "elements") > 0)
            return Inline(GoJson.Arr(property, "elements")!.Value);
        if (GoJson.Obj(element, "fallback") is { } fallback)
            return Element(fallback);
        return GoJson.S(property, "content");
    }

    private string Div(JsonElement property)
    {
        var parts = new List<string>();
        if (GoJson.Obj(property, "text") is { } textElement && Element(textElement) is { Length: > 0 } text)
        {
            var textProperty = GoJson.Obj(textElement, "property") ?? textElement;
            if (GoJson.Obj(textProperty, "textStyle") is { } style && GoJson.S(style, "size") == "notation")
                text = "📝 " + text;
            parts.Add(text);
        }

        var fields = GoJson.Items(property, "fields")
            .Select(field => GoJson.Obj(field, "text") is { } fieldText ? Element(fieldText) : "")
            .Where(t => t.Length > 0).ToArray();
        if (fields.Length > 0)
            parts.Add(string.Join('\n', fields));
        if (GoJson.Obj(property, "extra") is { } extraElement && Element(extraElement) is { Length: > 0 } extra)
            parts.Add(extra);
        return string.Join('\n', parts);
    }

    private string Note(JsonElement property)
    {
        var texts = GoJson.Items(property, "elements").Where(e => e.ValueKind == JsonValueKind.Object).Select(e => Element(e)).Where(t => t.Length > 0).ToArray();
        return texts.Length == 0 ? "" : "📝 " + string.Join(' ', texts);
    }

    private string ColumnSet(JsonElement property)
    {
        var columns = GoJson.Items(property, "columns").Where(c => c.ValueKind == JsonValueKind.Object).Select(c => Element(c)).Where(t => t.Length > 0).ToArray();

        // A row of buttons ("[A]", "[B](url)") reads on one line; other columns are blocks.
        var buttons = columns.Length > 0 && columns.All(c => c.StartsWith('[') && !c.Contains('\n', StringComparison.Ordinal));
        return string.Join(buttons ? " " : "\n\n", columns);
    }

    private string CollapsiblePanel(JsonElement property)
    {
        var title = "Details";
        if (GoJson.Obj(property, "header") is { } header && GoJson.Field(header, "title") is { } titleElement && TextOf(titleElement) is { Length: > 0 } given)
            title = given;
        var text = new StringBuilder(GoJson.True(property, "expanded") ? "▼" : "▶").Append(' ').Append(title).Append('\n');
        if (GoJson.Arr(property, "elements") is { } elements)
        {
            foreach (var line in Elements(elements).Split('\n'))
            {
                if (line.Length > 0)
                    text.Append("    ").Append(line).Append('\n');
            }
        }

        return text.Append('▲').ToString();
    }

    private string Clickable(JsonElement property)
    {
        var url = "";
        if (GoJson.Arr(property, "actions") is { } actions && actions.GetArrayLength() > 0)
        {
            var first = actions[0];
            if (GoJson.Str(first, "type") == "open_url" && GoJson.Obj(first, "action") is { } data)
                url = GoJson.S(data, "url");
        }

        var text = new StringBuilder("<clickable");
        if (url.Length > 0)
            text.Append(" url=\"").Append(ContentText.Attr(url)).Append('"');
        text.Append(">\n");
        if (GoJson.Arr(property, "elements") is { } elements)
            text.Append(Elements(elements));
        return text.Append("\n</clickable>").ToString();
    }

    private string TextTag(JsonElement property) =>
        TextOf(GoJson.Field(property, "text")) is { Length: > 0 } text ? "「" + text + "」" : "";

    private string NumberTag(JsonElement property)
    {
        var text = TextOf(GoJson.Field(property, "text"));
        if (text.Length == 0)
            return "";
        return GoJson.Obj(property, "url") is { } url && GoJson.S(url, "url") is { Length: > 0 } target
            ? $"[{PostText.EscapeLinkText(text)}]({target})"
            : text;
    }

    private static string Link(JsonElement property)
    {
        var content = GoJson.S(property, "content") is { Length: > 0 } given ? given : "Link";
        var url = GoJson.Obj(property, "url") is { } target ? GoJson.S(target, "url") : "";
        return url.Length > 0 ? $"[{PostText.EscapeLinkText(content)}]({url})" : content;
    }

    private static string Emoji(JsonElement property)
    {
        var key = GoJson.S(property, "key");
        return EmojiGlyphs.TryGetValue(key, out var glyph) ? glyph : ":" + key + ":";
    }

    private static string LocalDatetime(JsonElement property)
    {
        var millis = GoJson.Field(property, "milliseconds") switch
        {
            { ValueKind: JsonValueKind.String } text => JsonText.Of(text) ?? "",
            { ValueKind: JsonValueKind.Number } number when number.TryGetDouble(out var value) => GoText.Truncate(value).ToString(CultureInfo.InvariantCulture),
            _ => "",
        };
        if (GoText.TryParseInt(millis, out var ms))
            return GoTime.FormatMillis(ms, TimeZoneInfo.Utc, GoTime.Layout.Rfc3339);
        return GoJson.S(property, "fallbackText");
    }

    private string List(JsonElement property)
    {
        var lines = new List<string>();
        foreach (var item in GoJson.Items(property, "items"))
        {
            if (item.ValueKind != JsonValueKind.Object || GoJson.Arr(item, "elements") is not { } elements)
                continue;
            var level = GoJson.Num(item, "level") is { } l ? (int)Math.Clamp(GoText.Truncate(l), 0, MaxListLevel) : 0;
            var marker = GoJson.S(item, "type") == "ol"
                ? (GoJson.Num(item, "order") is { } o ? GoText.Truncate(Math.Floor(o)) : 0).ToString(CultureInfo.InvariantCulture) + "."
                : "-";
            lines.Add(new string(' ', level * 2) + marker + " " + Inline(elements));
        }

        return string.Join('\n', lines);
    }

    private string Blockquote(JsonElement property)
    {
        var content = GoJson.Str(property, "content") ?? (GoJson.Arr(property, "elements") is { } elements ? Inline(elements) : "");
        return content.Length == 0 ? "" : string.Join('\n', content.Split('\n').Select(line => "> " + line));
    }

    private static string CodeBlock(JsonElement property)
    {
        var language = GoJson.S(property, "language") is { Length: > 0 } given ? given : "plaintext";
        var code = new StringBuilder();
        foreach (var line in GoJson.Items(property, "contents"))
        {
            foreach (var span in GoJson.Items(line, "contents"))
                code.Append(GoJson.Str(span, "content"));
        }

        return $"```{language}\n{code}```";
    }

    private string Heading(JsonElement property)
    {
        var level = GoJson.Num(property, "level") is { } l ? (int)Math.Clamp(GoText.Truncate(l), 1, 6) : 1;
        var content = GoJson.Str(property, "content") ?? (GoJson.Arr(property, "elements") is { } elements ? Inline(elements) : "");
        return new string('#', level) + " " + content;
    }

    private string FallbackText(JsonElement property)
    {
        if (GoJson.Obj(property, "text") is { } text)
            return TextOf(text);
        return GoJson.Arr(property, "elements") is { } elements ? Inline(elements) : "";
    }

    // An element we do not know: its first text-like field, or its elements, or a placeholder.
    private string Unknown(JsonElement property)
    {
        foreach (var name in (string[])["content", "text", "title", "label", "placeholder"])
        {
            if (GoJson.Field(property, name) is { } value && TextOf(value) is { Length: > 0 } text)
                return text;
        }

        if (GoJson.Count(property, "elements") > 0)
            return Elements(GoJson.Arr(property, "elements")!.Value);
        return "[Unknown content]";
    }
}
