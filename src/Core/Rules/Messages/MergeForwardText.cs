using System.Text;

namespace Lark.Resources.Rules.Messages;

/// <summary>
/// A merge-forward expanded from the flat list of its sub-messages, as the official CLI writes it:
/// <c>&lt;forwarded_messages&gt;</c> with one <c>[time] sender:</c> entry per child, its content indented by four spaces,
/// nested merge-forwards expanded in place.
/// </summary>
internal static class MergeForwardText
{
    /// <summary>A tree deeper than this is not a real forward; deeper levels show as empty.</summary>
    public const int MaxNesting = 64;

    private const string Empty = "<forwarded_messages/>";

    /// <summary>The tree under <paramref name="containerId"/>.</summary>
    public static string Render(string containerId, IReadOnlyList<LarkMessage> subMessages, TimeZoneInfo zone, IReadOnlyDictionary<string, string>? senderNames)
    {
        // The list may hold the container itself (no upper id); anything else without an upper id is a direct child.
        var children = new Dictionary<string, List<LarkMessage>>(StringComparer.Ordinal);
        var names = new Dictionary<string, string>(senderNames ?? new Dictionary<string, string>(), StringComparer.Ordinal);
        foreach (var item in subMessages)
        {
            if (item.Sender is { Id.Length: > 0, Name.Length: > 0 } sender)
                names[sender.Id] = sender.Name;
            if (item.MessageId == containerId && string.IsNullOrEmpty(item.UpperMessageId))
                continue;
            var parent = string.IsNullOrEmpty(item.UpperMessageId) ? containerId : item.UpperMessageId;
            if (!children.TryGetValue(parent, out var list))
                children[parent] = list = [];
            list.Add(item);
        }

        // Oldest first; a stable sort keeps the server's order among equal times.
        foreach (var list in children.Values)
        {
            var sorted = list.OrderBy(m => m.CreateTimeMs ?? 0).ToArray();
            list.Clear();
            list.AddRange(sorted);
        }

        // Each merge-forward expands once: a list that names one twice (or itself) cannot loop or multiply.
        var expanded = new HashSet<string>(StringComparer.Ordinal) { containerId };
        return Tree(containerId, children, names, zone, expanded, 0);
    }

    /// <summary>The summary when there are no sub-messages to show: <c>[Merged forward: N messages]</c> from <c>create_message_ids</c>.</summary>
    public static string Summary(string raw)
    {
        if (GoJson.ParseObject(raw, out var document) == GoJson.ObjectKind.Invalid)
            return "[Merged forward]";
        using (document)
        {
            var count = document is null ? 0 : GoJson.Items(document.RootElement, "create_message_ids").Count(id => id.ValueKind == System.Text.Json.JsonValueKind.String);
            return count > 0 ? $"[Merged forward: {count} messages]" : "[Merged forward]";
        }
    }

    private static string Tree(string parentId, Dictionary<string, List<LarkMessage>> children, Dictionary<string, string> names, TimeZoneInfo zone, HashSet<string> expanded, int depth)
    {
        if (!children.TryGetValue(parentId, out var items) || items.Count == 0 || depth >= MaxNesting)
            return Empty;
        var entries = new List<string>(items.Count);
        foreach (var item in items)
        {
            var type = item.MsgType.Length == 0 ? "text" : item.MsgType;
            string content;
            if (type == "merge_forward" && item.MessageId.Length > 0)
                content = expanded.Add(item.MessageId) ? Tree(item.MessageId, children, names, zone, expanded, depth + 1) : Empty;
            else
                content = MessageRenderer.Body(type, item.Content ?? "", item.Mentions, zone, mergeForward: null);
            entries.Add($"[{Time(item, zone)}] {SenderOf(item, names)}:\n{Indent(content)}");
        }

        return "<forwarded_messages>\n" + string.Join('\n', entries) + "\n</forwarded_messages>";
    }

    private static string Time(LarkMessage item, TimeZoneInfo zone) =>
        item.CreateTimeMs is { } ms && ms != 0 ? GoTime.FormatMillis(ms, zone, GoTime.Layout.Rfc3339) : "unknown";

    private static string SenderOf(LarkMessage item, Dictionary<string, string> names)
    {
        if (item.Sender is not { } sender)
            return "unknown";
        if (sender.Name is { Length: > 0 } name)
            return name;
        if (sender.Id is { Length: > 0 } id)
            return names.TryGetValue(id, out var known) && known.Length > 0 ? known : id;
        return "unknown";
    }

    private static string Indent(string text)
    {
        var indented = new StringBuilder(text.Length + 16).Append("    ");
        foreach (var c in text)
        {
            indented.Append(c);
            if (c == '\n')
                indented.Append("    ");
        }

        return indented.ToString();
    }
}
