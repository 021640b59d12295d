namespace Lark.Resources.Rules.Messages;

/// <summary>
/// The readable text of a message's content, as the official CLI's message converter renders it, for every
/// <c>msg_type</c>: <c>@Name</c> for mentions in text and posts, posts flattened to markdown-ish lines,
/// <c>[Image: img_…]</c>, <c>&lt;file key=… name=…/&gt;</c>, cards simplified, merge-forwards expanded, <c>[type]</c> for the
/// unknown. Total: content that is not what its type promises gets the official placeholder, never an exception.
/// </summary>
public static class MessageRenderer
{
    /// <summary>Renders <paramref name="message"/>'s content.</summary>
    /// <param name="message">The message.</param>
    /// <param name="subMessages">For a merge_forward, the flat list <c>GET /messages/{id}</c> returned (children carry <see cref="LarkMessage.UpperMessageId"/>), else empty.</param>
    /// <param name="zone">The local time zone for times shown inside content (merge-forward entries, calendars, to-dos).</param>
    /// <param name="senderNames">
    /// Names of senders by id seen elsewhere in the same listing, for merge-forward entries whose sender came without
    /// a name (the official CLI shares one such cache across a run); sub-messages' own names are added to it.
    /// </param>
    public static string RenderContent(LarkMessage message, IReadOnlyList<LarkMessage> subMessages, TimeZoneInfo zone, IReadOnlyDictionary<string, string>? senderNames = null)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(zone);
        var raw = message.Content ?? "";
        return Body(message.MsgType, raw, message.Mentions, zone, message.MessageId.Length == 0
            ? null
            : () => MergeForwardText.Render(message.MessageId, subMessages ?? [], zone, senderNames));
    }

    /// <summary>
    /// The content of a merge-forward whose sub-messages could not be fetched, as the official CLI shows it:
    /// <c>[Merged forward: fetch failed: &lt;error&gt;]</c>.
    /// </summary>
    public static string MergeForwardFetchFailed(string error) => $"[Merged forward: fetch failed: {error}]";

    /// <summary>Content by type; <paramref name="mergeForward"/> expands a merge-forward (without it, the summary).</summary>
    internal static string Body(string msgType, string raw, IReadOnlyList<MessageMention>? mentions, TimeZoneInfo zone, Func<string>? mergeForward)
    {
        // Empty content is empty whatever the type.
        if (raw.Length == 0)
            return "";
        mentions ??= [];
        return msgType switch
        {
            "text" => Text(raw, mentions),
            "post" => PostText.Render(raw, MentionMap.Of(mentions)),
            "image" => AttachmentText.Image(raw),
            "file" => AttachmentText.File(raw),
            "audio" => AttachmentText.Audio(raw),
            "video" or "media" => AttachmentText.Video(raw),
            "sticker" => "[Sticker]",
            "interactive" => CardText.Render(raw, mentions),
            "share_chat" => ShareText.Chat(raw),
            "share_user" => ShareText.User(raw),
            "location" => ShareText.Location(raw),
            "merge_forward" => mergeForward is null ? MergeForwardText.Summary(raw) : mergeForward(),
            "folder" => AttachmentText.Folder(raw),
            "share_calendar_event" => CalendarText.Share(raw, zone),
            "calendar" => CalendarText.Invite(raw, zone),
            "general_calendar" => CalendarText.General(raw, zone),
            "video_chat" => "[Video call]",
            "system" => SystemText.Render(raw),
            "todo" => TodoText.Render(raw, zone),
            "vote" => VoteText.Render(raw),
            "hongbao" => ShareText.Hongbao(raw),
            _ => $"[{msgType}]",
        };
    }

    // A text message: its text with mentions resolved; without a text, the raw content as it came.
    private static string Text(string raw, IReadOnlyList<MessageMention> mentions) => ContentText.WithObject(raw, "text", content =>
        GoJson.S(content, "text") is { Length: > 0 } text ? MentionMap.Of(mentions).Resolve(text) : raw);
}
