using System.Text;
using System.Text.Json;

namespace Lark.Resources.Rules.Messages;

/// <summary>
/// Interactive cards in the official CLI's concise form. Content with a <c>json_card</c> string (what
/// <c>card_msg_content_type=raw_card_content</c> answers) becomes <c>&lt;card title="…"&gt;</c>, the header's tags and one
/// line (or block) per body element; any other content is a legacy card: its bold title and the texts of its elements.
/// </summary>
internal sealed partial class CardText
{
    /// <summary>Shown for a card with nothing to show, or content that is not JSON.</summary>
    public const string Placeholder = "[interactive card]";

    private readonly JsonElement _attachment;
    private readonly IReadOnlyDictionary<string, MessageMention> _mentionsByKey;
    private int _depth;

    private CardText(JsonElement attachment, IReadOnlyDictionary<string, MessageMention> mentionsByKey)
    {
        _attachment = attachment;
        _mentionsByKey = mentionsByKey;
    }

    /// <summary>The text of an <c>interactive</c> message.</summary>
    public static string Render(string raw, IReadOnlyList<MessageMention> mentions)
    {
        if (GoJson.ParseObject(raw, out var document) == GoJson.ObjectKind.Invalid)
            return Placeholder;
        using (document)
        {
            var parsed = document?.RootElement ?? default;
            if (GoJson.Str(parsed, "json_card") is not { } jsonCard)
                return Legacy(parsed);

            // The attachment (names of people, image keys) comes as a JSON string or as an object.
            JsonDocument? attachmentDocument = null;
            var attachment = default(JsonElement);
            switch (GoJson.Field(parsed, "json_attachment"))
            {
                case { ValueKind: JsonValueKind.String } text when JsonText.Of(text) is { Length: > 0 } attachmentText:
                    if (GoJson.ParseObject(attachmentText, out attachmentDocument) == GoJson.ObjectKind.Object)
                        attachment = attachmentDocument!.RootElement;
                    break;
                case { ValueKind: JsonValueKind.Object } value:
                    attachment = value;
                    break;
            }

            using (attachmentDocument)
            {
                var byKey = new Dictionary<string, MessageMention>(StringComparer.Ordinal);
                foreach (var mention in mentions)
                {
                    if (mention.Key.Length > 0)
                        byKey[mention.Key] = mention;
                }

                var text = new CardText(attachment, byKey).Convert(jsonCard);
                return text.Length == 0 ? Placeholder : text;
            }
        }
    }

    private string Convert(string jsonCard)
    {
        var kind = GoJson.ParseObject(jsonCard, out var document);
        if (kind == GoJson.ObjectKind.Invalid)
            return "<card>\n[Unable to parse card content]\n</card>";
        using (document)
        {
            var card = document?.RootElement ?? default;
            string title = "", subtitle = "", tags = "";
            if (GoJson.Obj(card, "header") is { } header)
            {
                title = HeaderText(header, "title");
                subtitle = HeaderText(header, "subtitle");
                tags = HeaderTags(header);
            }

            var body = GoJson.Obj(card, "body") is { } bodyElement ? Body(bodyElement) : "";
            var text = new StringBuilder("<card");
            if (title.Length > 0)
                text.Append(" title=\"").Append(ContentText.Attr(title)).Append('"');
            if (subtitle.Length > 0)
                text.Append(" subtitle=\"").Append(ContentText.Attr(subtitle)).Append('"');
            text.Append(">\n");
            if (tags.Length > 0)
                text.Append(tags).Append('\n');
            if (body.Length > 0)
                text.Append(body).Append('\n');
            return text.Append("</card>").ToString();
        }
    }

    // The title or subtitle: under "property" when the header has one that names it, else on the header itself.
    private string HeaderText(JsonElement header, string name)
    {
        if (GoJson.Obj(header, "property") is { } property && GoJson.Field(property, name) is { } inProperty)
            return TextOf(inProperty);
        return GoJson.Field(header, name) is { } flat ? TextOf(flat) : "";
    }

    private string HeaderTags(JsonElement header)
    {
        var property = GoJson.Obj(header, "property") ?? header;
        var tags = GoJson.Items(property, "textTagList").Where(t => t.ValueKind == JsonValueKind.Object).Select(t => Element(t)).Where(t => t.Length > 0).ToArray();
        return string.Join(' ', tags);
    }

    private string Body(JsonElement body)
    {
        var elements = GoJson.Obj(body, "property") is { } property && GoJson.Count(property, "elements") > 0
            ? GoJson.Arr(property, "elements")
            : GoJson.Arr(body, "elements");
        return elements is { } list ? Elements(list) : "";
    }

    /// <summary>The elements' texts, one per line; empty ones and non-objects left out.</summary>
    private string Elements(JsonElement elements) =>
        string.Join('\n', elements.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(e => Element(e)).Where(t => t.Length > 0));

    /// <summary>The elements' texts side by side (inline markdown elements).</summary>
    private string Inline(JsonElement elements) =>
        string.Concat(elements.EnumerateArray().Where(e => e.ValueKind == JsonValueKind.Object).Select(e => Element(e)));

    /// <summary>One element by its tag; its fields are under <c>property</c> when it has one.</summary>
    private string Element(JsonElement element)
    {
        // Our guard: Go has none, but a real card nests a handful of levels, not a hundred.
        if (_depth >= GoJson.MaxWalkDepth)
            return "";
        _depth++;
        try
        {
            var property = GoJson.Obj(element, "property") ?? element;
            return GoJson.S(element, "tag") switch
            {
                "plain_text" or "text" => PlainText(property),
                "markdown" => Markdown(property),
                "markdown_v1" => MarkdownV1(element, property),
                "div" => Div(property),
                "note" => Note(property),
                "hr" => "---",
                "br" => "\n",
                "column_set" => ColumnSet(property),
                "column" => GoJson.Count(property, "elements") > 0 ? Elements(GoJson.Arr(property, "elements")!.Value) : "",
                "person" => Person(property, withNotation: true),
                "person_v1" => Person(property, withNotation: false),
                "person_list" => PersonList(property),
                "avatar" => Avatar(property),
                "at" => At(property),
                "at_all" => "@everyone",
                "button" => Button(property),
                "actions" or "action" => Actions(property),
                "overflow" => Overflow(property),
                "select_static" or "select_person" => Select(property, multi: false),
                "multi_select_static" or "multi_select_person" => Select(property, multi: true),
                "select_img" => SelectImage(property),
                "input" => Input(property),
                "date_picker" => Picker(property, "📅", "initialDate"),
                "picker_time" => Picker(property, "🕐", "initialTime"),
                "picker_datetime" => Picker(property, "📅", "initialDatetime"),
                "checker" => Checker(property),
                "img" or "image" => Image(property),
                "img_combination" => ImageCombination(property),
                "table" => Table(property),
                "chart" => Chart(property),
                "audio" => Media(property, "🎵 Audio", "audioID"),
                "video" => Media(property, "🎬 Video", "videoID"),
                "collapsible_panel" => CollapsiblePanel(property),
                "form" => "<form>\n" + (GoJson.Arr(property, "elements") is { } form ? Elements(form) : "") + "\n</form>",
                "interactive_container" => Clickable(property),
                "text_tag" => TextTag(property),
                "number_tag" => NumberTag(property),
                "link" => Link(property),
                "emoji" => Emoji(property),
                "local_datetime" => LocalDatetime(property),
                "list" => List(property),
                "blockquote" => Blockquote(property),
                "code_block" => CodeBlock(property),
                "code_span" => "`" + GoJson.S(property, "content") + "`",
                "heading" => Heading(property),
                "fallback_text" => FallbackText(property),
                "repeat" => GoJson.Arr(property, "elements") is { } repeated ? Elements(repeated) : "",
                "card_header" or "custom_icon" or "standard_icon" => "",
                _ => Unknown(property),
            };
        }
        finally
        {
            _depth--;
        }
    }

    /// <summary>
    /// The text of a text-like value: a string as it is; an object (or its <c>property</c>) by its i18n content
    /// (zh_cn, en_us, ja_jp), its <c>content</c>, its elements' texts or its <c>text</c>.
    /// </summary>
    private string TextOf(JsonElement? value)
    {
        if (value is not { } element)
            return "";
        if (element.ValueKind == JsonValueKind.String)
            return JsonText.Of(element) ?? "";
        if (element.ValueKind != JsonValueKind.Object || _depth >= GoJson.MaxWalkDepth)
            return "";
        var property = GoJson.Obj(element, "property") ?? element;
        if (GoJson.Obj(property, "i18nContent") is { } i18n)
        {
            foreach (var language in (string[])["zh_cn", "en_us", "ja_jp"])
            {
                if (GoJson.S(i18n, language) is { Length: > 0 } localized)
                    return localized;
            }
        }

        if (GoJson.Str(property, "content") is { } content)
            return content;
        if (GoJson.Count(property, "elements") > 0)
        {
            _depth++;
            try
            {
                return string.Concat(GoJson.Items(property, "elements").Select(e => TextOf(e)));
            }
            finally
            {
                _depth--;
            }
        }

        return GoJson.S(property, "text");
    }

    private static string PlainText(JsonElement property)
    {
        var content = GoJson.S(property, "content");
        if (content.Length == 0)
            return "";
        var attributes = GoJson.Obj(property, "textStyle") is { } style
            ? GoJson.Items(style, "attributes").Select(JsonText.Of).OfType<string>().ToHashSet(StringComparer.Ordinal)
            : [];

        // Inner to outer: strike-through, italic, bold.
        if (attributes.Contains("strikethrough"))
            content = "~~" + content + "~~";
        if (attributes.Contains("italic"))
            content = "*" + content + "*";
        if (attributes.Contains("bold"))
            content = "**" + content + "**";
        return content;
    }

    private string? AttachmentContent(string map, string key) =>
        GoJson.Obj(_attachment, map) is { } entries && GoJson.Obj(entries, key) is { } entry ? GoJson.Str(entry, "content") : null;

    private string PersonName(string userId) => AttachmentContent("persons", userId) ?? "";

    private (string OriginKey, string Token) ImageKeys(string imageId) =>
        GoJson.Obj(_attachment, "images") is { } images && GoJson.Obj(images, imageId) is { } image
            ? (GoJson.S(image, "origin_key"), GoJson.S(image, "token"))
            : ("", "");

    // The URL of the first open_url action (buttons); overflow options take the last one instead.
    private static string OpenUrl(JsonElement property, bool last)
    {
        var url = "";
        foreach (var action in GoJson.Items(property, "actions"))
        {
            if (GoJson.Str(action, "type") != "open_url" || GoJson.Obj(action, "action") is not { } data)
                continue;
            if (last)
            {
                url = GoJson.S(data, "url");
            }
            else if (GoJson.S(data, "url") is { Length: > 0 } first)
            {
                return first;
            }
        }

        return url;
    }
}
