using System.Text.Json.Nodes;

namespace Lark.Emulator.Fixtures;

/// <summary>A message. Its <see cref="Content"/> object is served as the JSON string <c>body.content</c>.</summary>
public sealed class FixtureMessage
{
    /// <summary>Message id, <c>om_…</c>.</summary>
    public required string MessageId { get; init; }

    /// <summary>The chat it was sent in.</summary>
    public required string ChatId { get; init; }

    /// <summary>
    /// <c>text</c>, <c>post</c>, <c>image</c>, <c>file</c>, <c>audio</c>, <c>media</c>, <c>sticker</c>, <c>folder</c>,
    /// <c>interactive</c>, <c>merge_forward</c>, <c>share_chat</c>, <c>share_user</c>, <c>location</c>, <c>system</c>, …
    /// </summary>
    public required string MsgType { get; init; }

    /// <summary>The content object, e.g. <c>{"image_key":"img_…"}</c>. For a card: its default (degraded) form.</summary>
    public JsonObject? Content { get; init; }

    /// <summary>
    /// For an <c>interactive</c> message: the card JSON as stored. <c>card_msg_content_type=user_card_content</c>
    /// answers it as the content, <c>raw_card_content</c> answers <c>{"json_card":"&lt;it, as a string&gt;","card_schema":N}</c>.
    /// </summary>
    public JsonObject? Card { get; init; }

    /// <summary>For a child of a merge-forward: the container's message id.</summary>
    public string? UpperMessageId { get; init; }

    /// <summary>For a reply: the first message of the reply chain (the thread root inside a thread).</summary>
    public string? RootId { get; init; }

    /// <summary>For a reply: the message it answers (quotes).</summary>
    public string? ParentId { get; init; }

    /// <summary>The thread (<c>omt_…</c>) the message starts or belongs to; its root is the one without <see cref="RootId"/>.</summary>
    public string? ThreadId { get; init; }

    /// <summary>
    /// A deleted (recalled) message: listings show it with <c>deleted:true</c> and the recalled text as content;
    /// reading it alone and its resources answer 230110.
    /// </summary>
    public bool Deleted { get; init; }

    /// <summary>When false the message is invisible to the caller: resources answer 234040, a thread it roots 230073.</summary>
    public bool Visible { get; init; } = true;

    /// <summary>
    /// Who sent it: a user's open id, or an app id (the message is then the bot's, <c>sender_type</c> <c>app</c>);
    /// defaults to the fixture's first user.
    /// </summary>
    public string? SenderId { get; init; }

    /// <summary>Creation time in Unix milliseconds; defaults to a fixed base plus one second per message.</summary>
    public long? CreateTime { get; init; }

    /// <summary>When it was last edited, Unix milliseconds; a time after <see cref="CreateTime"/> makes it <c>updated:true</c>.</summary>
    public long? UpdateTime { get; init; }

    /// <summary>The @-mentions its content names by key.</summary>
    public IList<FixtureMention>? Mentions { get; init; }

    /// <summary>Emoji reactions on it, in the order they were added.</summary>
    public IList<FixtureReaction>? Reactions { get; init; }
}
