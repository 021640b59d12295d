using System.Text;

namespace Lark.Resources.Properties.Messages;

/// <summary>
/// JSON text (and text that is not JSON) chosen to break a renderer: wrong types for every field Lark content uses,
/// deep nesting, huge strings, escapes of lone surrogates, numbers beyond float64, truncated documents.
/// </summary>
internal static class HostileJson
{
    private static readonly string[] Keys =
    [
        "text", "title", "content", "content_v2", "zh_cn", "en_us", "tag", "style", "image_key", "file_key", "file_name", "duration",
        "user_id", "user_name", "href", "json_card", "json_attachment", "header", "body", "elements", "property", "columns", "rows",
        "template", "from_user", "to_chatters", "summary", "start_time", "end_time", "due_time", "options", "status", "topic",
        "chartSpec", "data", "values", "items", "level", "order", "actions", "create_message_ids", "i18nContent", "imageID",
        "persons", "at_users", "milliseconds", "initialIndex", "imgList", "textTagList", "message_id", "msg_type", "sender", "mentions",
        "has_more", "page_token", "create_time", "update_time", "upper_message_id", "key", "id", "name", "reaction_count",
        "img_key", "\\ud800", "\\udc00x", "sender_name",
    ];

    private static readonly string[] Tags =
    [
        "text", "a", "at", "img", "media", "emotion", "md", "code_block", "hr", "markdown", "div", "note", "column_set", "column", "button",
        "actions", "select_static", "multi_select_person", "select_img", "table", "chart", "list", "heading", "person", "at_all",
        "collapsible_panel", "form", "interactive_container", "overflow", "input", "date_picker", "local_datetime", "img_combination",
        "blockquote", "text_tag", "number_tag", "link", "emoji", "repeat", "fallback_text", "markdown_v1", "plain_text", "x",
    ];

    private static readonly string[] Leaves =
    [
        "null", "true", "false", "0", "-1", "3500", "1e400", "-1e400", "1e308", "1.5", "1e-400", "12345678901234567890123", "\"\"",
        "\"\\ud800\"", "\"\\udc00x\"", "\"a\\ud83d\\ude00b\"", "\"@_user_1\"", "\"ou_x\"", "\"open_url\"", "\"bold\"", "\"1710000000000\"",
        "\"-99999999999999999999\"", "\"{}\"", "\"{\\\"schema\\\":2}\"", "\"[map[text:VIP] map[text:x]]\"", "\"\\u0000\\n\\t\\\"\"", "[]", "{}",
    ];

    /// <summary>Any of the above, or random text.</summary>
    public static Gen<string> Any { get; } = Gen.Sized(size => Gen.OneOf(
        Value(Math.Min(size / 8, 5)),
        Value(Math.Min(size / 8, 5)).Select(v => v.Length > 2 ? v[..^1] : v + "{"),
        Gen.Choose(1, 3_000).Select(Deep),
        Gen.Choose(0, 300_000).Select(n => "{\"text\":\"" + new string('x', n) + "\"}"),
        ArbMap.Default.GeneratorFor<string>().Select(s => s ?? "")));

    /// <summary>A value of up to <paramref name="depth"/> levels using Lark's keys and tags.</summary>
    public static Gen<string> Value(int depth)
    {
        var leaf = Gen.OneOf(Gen.Elements(Leaves), Gen.Elements(Tags).Select(t => "\"" + t + "\""));
        if (depth <= 0)
            return leaf;
        var inner = Value(depth - 1);
        var pairs = Gen.Choose(0, 4).SelectMany(n => Gen.Zip(Gen.Elements(Keys), inner).ListOf(n));
        var obj = pairs.Select(ps =>
            "{" + string.Join(",", ps.Select(p => $"\"{p.Item1}\":{p.Item2}")) + "}");
        var tagged = Gen.Zip(Gen.Elements(Tags), pairs).Select(t =>
            "{\"tag\":\"" + t.Item1 + "\"" + string.Concat(t.Item2.Select(p => $",\"{p.Item1}\":{p.Item2}")) + "}");
        var arr = Gen.Choose(0, 4).SelectMany(n => inner.ListOf(n)).Select(items => "[" + string.Join(",", items) + "]");
        var nestedString = inner.Select(v => JsonEscape(v));
        return Gen.OneOf(leaf, obj, tagged, arr, nestedString);
    }

    /// <summary>A document nested <paramref name="depth"/> levels: arrays and objects alternating, under a content-like key.</summary>
    public static string Deep(int depth)
    {
        var text = new StringBuilder("{\"content\":");
        for (var i = 0; i < depth; i++)
            text.Append(i % 2 == 0 ? "[" : "{\"elements\":");
        text.Append("{\"tag\":\"text\",\"text\":\"deep\"}");
        for (var i = depth - 1; i >= 0; i--)
            text.Append(i % 2 == 0 ? "]" : "}");
        return text.Append('}').ToString();
    }

    /// <summary>A card nested <paramref name="depth"/> levels deep in columns, as a json_card string.</summary>
    public static string DeepCard(int depth)
    {
        var card = new StringBuilder();
        for (var i = 0; i < depth; i++)
            card.Append("{\"tag\":\"column_set\",\"columns\":[{\"tag\":\"column\",\"elements\":[");
        card.Append("{\"tag\":\"text\",\"content\":\"leaf\"}");
        for (var i = 0; i < depth; i++)
            card.Append("]}]}");
        var json = "{\"body\":{\"elements\":[" + card + "]}}";
        return "{\"json_card\":" + JsonEscape(json) + "}";
    }

    /// <summary>A JSON string literal holding <paramref name="text"/>.</summary>
    public static string JsonEscape(string text) => System.Text.Json.JsonSerializer.Serialize(text);
}
