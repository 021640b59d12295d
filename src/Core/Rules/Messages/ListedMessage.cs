namespace Lark.Resources.Rules.Messages;

/// <summary>
/// One message as the official CLI lists it (its per-message output object), built by
/// <see cref="ListedMessages.From"/> and written by <see cref="ListedMessages.ToJson(ListedMessage)"/>. Reactions, thread replies and
/// resources are added by whoever fetches them.
/// </summary>
public sealed record ListedMessage
{
    /// <summary><c>message_id</c>.</summary>
    public required string MessageId { get; init; }

    /// <summary><c>msg_type</c>.</summary>
    public required string MsgType { get; init; }

    /// <summary><c>content</c>: the readable text (see <see cref="MessageRenderer"/>); empty when the message has none.</summary>
    public required string Content { get; init; }

    /// <summary><c>sender</c>, its <see cref="MessageSender.Name"/> the name resolved for display.</summary>
    public MessageSender? Sender { get; init; }

    /// <summary><c>create_time</c>: local <c>YYYY-MM-DD HH:MM</c>; empty when the server sent none.</summary>
    public required string CreateTime { get; init; }

    /// <summary><c>deleted</c>.</summary>
    public bool Deleted { get; init; }

    /// <summary><c>updated</c>.</summary>
    public bool Updated { get; init; }

    /// <summary><c>update_time</c> (local <c>YYYY-MM-DD HH:MM</c>), only for an edited message.</summary>
    public string? UpdateTime { get; init; }

    /// <summary><c>thread_id</c>, when the message is in a thread.</summary>
    public string? ThreadId { get; init; }

    /// <summary><c>reply_to</c>: the parent message, when the message is a reply outside a thread.</summary>
    public string? ReplyTo { get; init; }

    /// <summary><c>chat_id</c>, when the server sent one.</summary>
    public string? ChatId { get; init; }

    /// <summary><c>message_position</c>, the JSON value the server sent.</summary>
    public string? MessagePosition { get; init; }

    /// <summary><c>thread_message_position</c>, the JSON value the server sent.</summary>
    public string? ThreadMessagePosition { get; init; }

    /// <summary><c>message_app_link</c>: the server's, or one built for the brand from the chat (or thread) and position.</summary>
    public string? MessageAppLink { get; init; }

    /// <summary><c>mentions</c> (written only when there are any).</summary>
    public IReadOnlyList<MessageMention> Mentions { get; init; } = [];

    /// <summary><c>reactions</c> (written only when it holds counts or details).</summary>
    public MessageReactions? Reactions { get; init; }

    /// <summary><c>reactions_error</c>: reading this message's reactions failed.</summary>
    public bool ReactionsError { get; init; }

    /// <summary><c>thread_replies</c>: the replies of the thread this message hosts (written only when there are any).</summary>
    public IReadOnlyList<ListedMessage>? ThreadReplies { get; init; }

    /// <summary><c>thread_has_more</c>: the thread has replies beyond <see cref="ThreadReplies"/>.</summary>
    public bool ThreadHasMore { get; init; }

    /// <summary><c>thread_replies_error</c>: fetching the thread's replies failed.</summary>
    public bool ThreadRepliesError { get; init; }

    /// <summary><c>resources</c>: the downloadable resources and their outcome (written only when there are any).</summary>
    public IReadOnlyList<ResourceEntry>? Resources { get; init; }

    /// <summary>The content as Lark sent it (a JSON string), for renderers of other formats; not printed.</summary>
    public string? RawContent { get; init; }
}
