using System.Text.Json;

namespace Lark.Resources.Rules.Messages;

/// <summary>Cards, continued: a legacy card (no <c>json_card</c>) is its bold header title and the texts of its elements, one per line.</summary>
internal sealed partial class CardText
{
    private static string Legacy(JsonElement parsed)
    {
        var texts = new List<string>();
        if (GoJson.Obj(parsed, "header") is { } header && GoJson.Obj(header, "title") is { } title && GoJson.S(title, "content") is { Length: > 0 } content)
            texts.Add("**" + content + "**");
        var elements = GoJson.Arr(parsed, "elements") ?? (GoJson.Obj(parsed, "body") is { } body ? GoJson.Arr(body, "elements") : null);
        if (elements is { } list)
            LegacyTexts(list, texts, 0);
        return texts.Count == 0 ? Placeholder : string.Join('\n', texts);
    }

    private static void LegacyTexts(JsonElement elements, List<string> texts, int depth)
    {
        if (depth > GoJson.MaxWalkDepth)
            return;
        foreach (var element in elements.EnumerateArray())
        {
            if (element.ValueKind != JsonValueKind.Object)
                continue;
            var tag = GoJson.S(element, "tag");
            if (tag == "markdown")
            {
                if (GoJson.Str(element, "content") is { } markdown)
                    texts.Add(markdown);
                continue;
            }

            if (tag is "div" or "plain_text" or "lark_md")
            {
                if (GoJson.Obj(element, "text") is { } text && GoJson.S(text, "content") is { Length: > 0 } inner)
                    texts.Add(inner);
                if (GoJson.S(element, "content") is { Length: > 0 } content)
                    texts.Add(content);
            }

            if (tag == "column_set")
            {
                foreach (var column in GoJson.Items(element, "columns"))
                {
                    if (GoJson.Arr(column, "elements") is { } columnElements)
                        LegacyTexts(columnElements, texts, depth + 1);
                }
            }

            if (GoJson.Arr(element, "elements") is { } children)
                LegacyTexts(children, texts, depth + 1);
        }
    }
}
