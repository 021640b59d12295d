namespace Lark.Resources.Rules.Messages;

/// <summary>Votes: the topic, one <c>• option</c> line each, and <c>(Closed)</c> inside <c>&lt;vote&gt;</c>.</summary>
internal static class VoteText
{
    /// <summary>The text of a <c>vote</c> message.</summary>
    public static string Render(string raw) => ContentText.WithObject(raw, "vote", content =>
    {
        var lines = new List<string>();
        if (GoJson.S(content, "topic") is { Length: > 0 } topic)
            lines.Add(topic);
        foreach (var option in GoJson.Items(content, "options"))
        {
            if (JsonText.Of(option) is { Length: > 0 } text)
                lines.Add("• " + text);
        }

        // Status 0 is open; any other number is closed.
        if (GoJson.Num(content, "status") is { } status && status != 0)
            lines.Add("(Closed)");
        var body = lines.Count == 0 ? "vote" : string.Join('\n', lines);
        return $"<vote>\n{ContentText.XmlBody(body)}\n</vote>";
    });
}
