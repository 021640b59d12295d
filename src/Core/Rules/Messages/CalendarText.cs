using System.Text.Json;

namespace Lark.Resources.Rules.Messages;

/// <summary>
/// Calendar messages: the summary and <c>start ~ end</c> in local time inside a tag — <c>calendar_share</c> (with the
/// calendar and event ids), <c>calendar_invite</c> or <c>calendar</c>.
/// </summary>
internal static class CalendarText
{
    /// <summary>A shared event (<c>share_calendar_event</c>).</summary>
    public static string Share(string raw, TimeZoneInfo zone) => ContentText.WithObject(raw, "calendar", content =>
    {
        var attributes = "";
        if (GoJson.S(content, "open_calendar_id") is { Length: > 0 } calendar)
            attributes += $" open_calendar_id=\"{ContentText.Attr(calendar)}\"";
        if (GoJson.S(content, "open_event_id") is { Length: > 0 } eventId)
            attributes += $" open_event_id=\"{ContentText.Attr(eventId)}\"";
        return Render(content, "calendar_share", attributes, zone);
    });

    /// <summary>An invitation (<c>calendar</c>).</summary>
    public static string Invite(string raw, TimeZoneInfo zone) =>
        ContentText.WithObject(raw, "calendar", content => Render(content, "calendar_invite", "", zone));

    /// <summary>A general calendar card (<c>general_calendar</c>).</summary>
    public static string General(string raw, TimeZoneInfo zone) =>
        ContentText.WithObject(raw, "calendar", content => Render(content, "calendar", "", zone));

    /// <summary>
    /// A timestamp string (seconds, or milliseconds when it has 13 digits or more) as local <c>YYYY-MM-DD HH:MM:SS</c>;
    /// empty when it is not a non-zero integer.
    /// </summary>
    public static string Timestamp(string text, TimeZoneInfo zone)
    {
        if (!GoText.TryParseInt(text, out var n) || n == 0)
            return "";
        if (text.TrimStart('+', '-').Length >= 13)
            n /= 1000;
        return GoTime.Format(n, zone, GoTime.Layout.Seconds);
    }

    private static string Render(JsonElement content, string tag, string attributes, TimeZoneInfo zone)
    {
        var lines = new List<string>();
        if (GoJson.S(content, "summary") is { Length: > 0 } summary)
            lines.Add(summary);
        var start = Timestamp(GoJson.S(content, "start_time"), zone);
        var end = Timestamp(GoJson.S(content, "end_time"), zone);
        if (start.Length > 0)
            lines.Add(end.Length > 0 ? $"{start} ~ {end}" : start);
        var body = lines.Count == 0 ? tag : string.Join('\n', lines);
        return $"<{tag}{attributes}>\n{ContentText.XmlBody(body)}\n</{tag}>";
    }
}
