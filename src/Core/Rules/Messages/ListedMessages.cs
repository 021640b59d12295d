using System.Text.Json.Nodes;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Identifiers;

namespace Lark.Resources.Rules.Messages;

/// <summary>Builds and writes the official CLI's per-message output object.</summary>
public static class ListedMessages
{
    /// <summary>
    /// The listed form of <paramref name="message"/>: content rendered, times in <paramref name="zone"/>
    /// (<c>YYYY-MM-DD HH:MM</c>), the thread or the replied-to message, the sender's display name resolved.
    /// </summary>
    /// <param name="message">The message.</param>
    /// <param name="subMessages">For a merge_forward, the flat list of its sub-messages, else empty.</param>
    /// <param name="zone">The local time zone.</param>
    /// <param name="senderNames">Names by sender id from the same listing (see <see cref="SenderNames.Collect"/>), for a sender that came without one.</param>
    /// <param name="brand">The deployment, to build <c>message_app_link</c> when the server sent none (the official CLI always knows it); without it, no link is built.</param>
    public static ListedMessage From(LarkMessage message, IReadOnlyList<LarkMessage> subMessages, TimeZoneInfo zone,
        IReadOnlyDictionary<string, string>? senderNames = null, LarkBrand? brand = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(zone);
        var sender = message.Sender;
        if (sender is { Name: not { Length: > 0 } } && sender.Id is { Length: > 0 } id && senderNames is not null && senderNames.TryGetValue(id, out var known))
            sender = sender with { Name = known };
        var link = message.MessageAppLink?.Trim() is { Length: > 0 } given ? given : brand is { } b ? AppLink.Build(message, b) : null;
        return new ListedMessage
        {
            MessageId = message.MessageId,
            MsgType = message.MsgType,
            Content = MessageRenderer.RenderContent(message, subMessages ?? [], zone, senderNames),
            Sender = sender,
            CreateTime = message.CreateTimeMs is { } created ? Time(created, zone) : "",
            Deleted = message.Deleted,
            Updated = message.Updated,

            // The server echoes the creation time as update time for unedited messages; only an edit shows it.
            UpdateTime = message.Updated && message.UpdateTimeMs is { } updated ? Time(updated, zone) : null,
            ThreadId = message.ThreadId is { Length: > 0 } thread ? thread : null,
            ReplyTo = message.ThreadId is not { Length: > 0 } && message.ParentId is { Length: > 0 } parent ? parent : null,
            ChatId = message.ChatId,
            MessagePosition = message.MessagePosition,
            ThreadMessagePosition = message.ThreadMessagePosition,
            MessageAppLink = link,
            Mentions = message.Mentions,
            RawContent = message.Content,
        };
    }

    /// <summary>
    /// The JSON object exactly as the official CLI prints it: keys sorted (it prints a Go map), optional keys only when
    /// set (<c>thread_id</c> or <c>reply_to</c>, <c>update_time</c>, <c>mentions</c>, <c>reactions</c>,
    /// <c>reactions_error</c>, <c>thread_replies</c>, <c>thread_has_more</c>, <c>thread_replies_error</c>,
    /// <c>resources</c>), values passed through as the server sent them. A <see cref="ResourceEntry"/> with an error
    /// prints the official <c>"error": true</c> plus our <c>"error_detail": {type, subtype, code?, message, hint?}</c>
    /// (in plain words; a front end may word it again), and a downloaded one our <c>sha256</c>.
    /// </summary>
    public static JsonObject ToJson(ListedMessage message) => ToJson(message, PlainVocabulary.Instance);

    /// <summary>As <see cref="ToJson(ListedMessage)"/>, with a resource's <c>error_detail</c> in <paramref name="words"/>.</summary>
    public static JsonObject ToJson(ListedMessage message, Vocabulary words)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(words);
        return ListedMessageJson.Write(message, words);
    }

    /// <summary>
    /// Adds reactions read by <see cref="MessageReactions.ParseBatch"/> to a message and its thread replies: the
    /// <c>reactions</c> block where there is one, <c>reactions_error</c> where the server failed on the message or its
    /// whole batch failed (<paramref name="failedIds"/>).
    /// </summary>
    public static ListedMessage WithReactions(ListedMessage message, IReadOnlyDictionary<string, MessageReactions> reactions, IReadOnlySet<string>? failedIds = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(reactions);
        reactions.TryGetValue(message.MessageId, out var found);
        return message with
        {
            Reactions = found is { HasAny: true } ? found : message.Reactions,
            ReactionsError = message.ReactionsError || found is { Failed: true } || failedIds?.Contains(message.MessageId) == true,
            ThreadReplies = message.ThreadReplies?.Select(reply => WithReactions(reply, reactions, failedIds)).ToArray(),
        };
    }

    /// <summary>The message ids to ask reactions for: each distinct id once, in order, thread replies right after their host.</summary>
    public static IReadOnlyList<string> ReactionQueryIds(IEnumerable<ListedMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var ids = new List<string>();
        var seen = new HashSet<string>(StringComparer.Ordinal);
        var pending = new Stack<ListedMessage>(messages.Reverse());
        while (pending.Count > 0)
        {
            var message = pending.Pop();
            if (message.MessageId.Length > 0 && seen.Add(message.MessageId))
                ids.Add(message.MessageId);
            foreach (var reply in (message.ThreadReplies ?? []).Reverse())
                pending.Push(reply);
        }

        return ids;
    }

    /// <summary>A create or update time as the official CLI shows it: seconds or milliseconds (above 1e12) to local <c>YYYY-MM-DD HH:MM</c>.</summary>
    internal static string Time(long value, TimeZoneInfo zone)
    {
        if (value == 0)
            return "0"; // Not a time: the official CLI shows the text as it came.
        return GoTime.Format(value > 1_000_000_000_000 ? value / 1000 : value, zone, GoTime.Layout.Minutes);
    }
}
