using System.Globalization;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lark.Resources.Rules;

namespace Lark.Resources.Export.Rules;

/// <summary>
/// Renders an export's messages (the objects of <c>messages.jsonl</c>, in time order) as the Markdown a person reads:
/// a title and range, day headings, each message with its sender and local time, posts as Markdown, user text
/// escaped, images inline and files, audio and video as links with their size, replies with what they answer, thread
/// replies quoted under their root, merge-forwards quoted, deleted and edited messages marked, a resource that could
/// not be downloaded named with the reason. One pass, bounded memory; total on any object.
/// </summary>
public static class TranscriptRenderer
{
    /// <summary>How many recent messages a reply can quote (older ones are named by id).</summary>
    public const int RecentMessages = 2_000;

    private const int ExcerptLength = 80;

    /// <summary>The transcript's lines.</summary>
    /// <param name="header">The head.</param>
    /// <param name="messages">The messages, in time order.</param>
    /// <param name="resources">What is known of a resource, by (message id, key); none when it is unknown.</param>
    public static IEnumerable<string> Render(TranscriptHeader header, IEnumerable<JsonObject> messages, Func<string, string, TranscriptResource?> resources)
    {
        ArgumentNullException.ThrowIfNull(header);
        ArgumentNullException.ThrowIfNull(messages);
        ArgumentNullException.ThrowIfNull(resources);
        yield return $"# {MarkdownText.Escape(header.Title.Length > 0 ? header.Title : header.Source)}";
        yield return "";
        yield return MarkdownText.Escape($"{header.Source} · {header.Range} · {header.Messages.ToString(CultureInfo.InvariantCulture)} messages · exported {header.ExportedAt}");
        var recent = new Recent();
        string? day = null;
        foreach (var message in messages)
        {
            var (date, _) = When(message);
            if (date.Length > 0 && date != day)
            {
                day = date;
                yield return "";
                yield return $"## {MarkdownText.Escape(date)}";
            }

            yield return "";
            foreach (var line in Message(message, "", recent, resources))
                yield return line;
            recent.Add(message);
        }

        yield return "";
    }

    private static IEnumerable<string> Message(JsonObject message, string prefix, Recent recent, Func<string, string, TranscriptResource?> resources)
    {
        var (_, time) = When(message);
        var marks = new List<string>();
        if (Bool(message, "deleted"))
            marks.Add("deleted");
        if (Bool(message, "updated"))
            marks.Add(Text(message, "update_time") is { Length: > 0 } edited ? $"edited {edited}" : "edited");
        var head = $"**{MarkdownText.Escape(Sender(message))}** · {MarkdownText.Escape(time)}";
        if (marks.Count > 0)
            head += $" · *{MarkdownText.Escape(string.Join(", ", marks))}*";
        yield return prefix + head + "\\";
        if (Text(message, "reply_to") is { Length: > 0 } parent)
            yield return prefix + "↪ " + recent.Describe(parent) + "\\";
        foreach (var line in Body(message))
            yield return prefix + line;
        foreach (var line in ResourceLines(message, resources))
            yield return prefix + line;
        if (Field(message, "thread_replies") is JsonArray replies)
        {
            foreach (var reply in replies.OfType<JsonObject>())
            {
                if (Text(reply, "message_id") == Text(message, "message_id"))
                    continue; // a thread's listing starts with its root, already shown
                yield return prefix + ">";
                foreach (var line in Message(reply, prefix + "> ", recent, resources))
                    yield return line;
                recent.Add(reply);
            }

            if (Bool(message, "thread_has_more"))
                yield return prefix + "> *more replies were not read*";
        }

        if (Bool(message, "thread_replies_error"))
            yield return prefix + "*the thread's replies could not be read*";
    }

    // Posts from their raw content; merge-forwards quoted; media messages by their resource lines; the rest as text.
    private static IEnumerable<string> Body(JsonObject message)
    {
        var type = Text(message, "msg_type") ?? "";
        var content = Text(message, "content") ?? "";
        switch (type)
        {
            case "post" when PostMarkdown.Lines(Text(message, "raw_content")) is { Count: > 0 } post:
                return post;
            case "image" or "file" or "audio" or "media" when Field(message, "resources") is JsonArray { Count: > 0 }:
                return [];
            case "merge_forward":
                return MarkdownText.Block(content, "> ");
            default:
                return MarkdownText.Block(content);
        }
    }

    private static IEnumerable<string> ResourceLines(JsonObject message, Func<string, string, TranscriptResource?> resources)
    {
        if (Field(message, "resources") is not JsonArray list)
            yield break;
        foreach (var entry in list.OfType<JsonObject>())
        {
            var key = Text(entry, "key") ?? "";
            var known = resources(Text(entry, "message_id") ?? "", key);
            var type = Text(entry, "type") ?? "file";
            if (known is { Path: { Length: > 0 } path, Failure: null })
            {
                var name = MarkdownText.Escape(path[(path.LastIndexOf('/') + 1)..]);
                yield return type == "image"
                    ? $"![{name}]({MarkdownText.PathDestination(path)})"
                    : $"[{name}]({MarkdownText.PathDestination(path)}){(known.Size is { } size ? " (" + Size(size) + ")" : "")}";
            }
            else if (known?.Failure is { } failure)
            {
                yield return $"*{MarkdownText.Escape(type)} {MarkdownText.Escape(key)} could not be downloaded: {MarkdownText.Escape(failure)}*";
            }
            else
            {
                yield return $"*{MarkdownText.Escape(type)} {MarkdownText.Escape(key)} (not downloaded)*";
            }
        }
    }

    private static (string Date, string Time) When(JsonObject message)
    {
        var created = Text(message, "create_time") ?? "";
        var space = created.IndexOf(' ', StringComparison.Ordinal);
        return space > 0 ? (created[..space], created[(space + 1)..]) : (created, "");
    }

    private static string Sender(JsonObject message) =>
        Field(message, "sender") is JsonObject sender
            ? (Text(sender, "name") is { Length: > 0 } name ? name : Text(sender, "id") ?? "someone")
            : "someone";

    // A string read from JSON may hold a lone surrogate: repaired, never thrown.
    private static string? Text(JsonObject o, string name) => Field(o, name) switch
    {
        JsonValue v when v.TryGetValue<JsonElement>(out var e) => JsonText.Of(e),
        JsonValue v when v.TryGetValue<string>(out var s) => s,
        _ => null,
    };

    private static bool Bool(JsonObject o, string name) => Field(o, name) is JsonValue v && v.TryGetValue<bool>(out var b) && b;

    // An object parsed from JSON with a lone surrogate in a name, or a name twice, throws on any lookup: it has no fields.
    private static JsonNode? Field(JsonObject o, string name)
    {
        try
        {
            return o[name];
        }
        catch (Exception e) when (e is InvalidOperationException or ArgumentException)
        {
            return null;
        }
    }

    private static string Size(long bytes) => bytes switch
    {
        < 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
        < 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.#} KB"),
        < 1024L * 1024 * 1024 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024):0.#} MB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes / (1024.0 * 1024 * 1024):0.#} GB"),
    };

    // The last messages seen, so a reply can say what it answers without holding the whole conversation.
    private sealed class Recent
    {
        private readonly Dictionary<string, (string Sender, string Excerpt)> _byId = new(StringComparer.Ordinal);
        private readonly Queue<string> _order = new();

        public void Add(JsonObject message)
        {
            if (Text(message, "message_id") is not { Length: > 0 } id || _byId.ContainsKey(id))
                return;
            var content = (Text(message, "content") ?? "").Replace('\n', ' ');
            _byId[id] = (Sender(message), content.Length > ExcerptLength ? content[..ExcerptLength] + "…" : content);
            _order.Enqueue(id);
            if (_order.Count > RecentMessages)
                _byId.Remove(_order.Dequeue());
        }

        public string Describe(string parent) => _byId.TryGetValue(parent, out var quoted)
            ? $"in reply to **{MarkdownText.Escape(quoted.Sender)}**: {MarkdownText.Escape(quoted.Excerpt)}"
            : $"in reply to message {MarkdownText.Escape(parent)}";
    }
}
