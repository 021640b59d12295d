namespace Lark.Resources.Rules.Messages;

/// <summary>To-dos: the title, the summary's text and the due time inside <c>&lt;todo task_id="…"&gt;</c>.</summary>
internal static class TodoText
{
    /// <summary>The text of a <c>todo</c> message.</summary>
    public static string Render(string raw, TimeZoneInfo zone) => ContentText.WithObject(raw, "todo", content =>
    {
        var task = GoJson.S(content, "task_id") is { Length: > 0 } id ? $" task_id=\"{ContentText.Attr(id)}\"" : "";
        var lines = new List<string>();
        if (GoJson.Obj(content, "summary") is { } summary)
        {
            if (GoJson.S(summary, "title") is { Length: > 0 } title)
                lines.Add(title);
            if (GoJson.Arr(summary, "content") is { } blocks && PostText.BlocksText(blocks) is { Length: > 0 } text)
                lines.Add(text);
        }

        if (CalendarText.Timestamp(GoJson.S(content, "due_time"), zone) is { Length: > 0 } due)
            lines.Add("Due: " + due);
        var body = lines.Count == 0 ? "todo" : string.Join('\n', lines);
        return $"<todo{task}>\n{ContentText.XmlBody(body)}\n</todo>";
    });
}
