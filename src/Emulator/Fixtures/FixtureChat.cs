namespace Lark.Emulator.Fixtures;

/// <summary>A chat (group, topic group or direct chat) holding messages.</summary>
public sealed class FixtureChat
{
    /// <summary>Chat id, <c>oc_…</c>.</summary>
    public required string ChatId { get; init; }

    /// <summary>Chat name; Lark answers an empty name for a direct chat.</summary>
    public string? Name { get; init; }

    /// <summary>The chat's description (<c>data.description</c> of the chat endpoint).</summary>
    public string? Description { get; init; }

    /// <summary>Avatar URL; <see langword="null"/> answers a default avatar.</summary>
    public string? Avatar { get; init; }

    /// <summary>Group, topic group or direct chat.</summary>
    public ChatMode ChatMode { get; init; } = ChatMode.Group;

    /// <summary>
    /// The users in the chat (open ids); <see langword="null"/> means every fixture user. A user token of someone
    /// else is refused (230027 on the message APIs, 232011 on the chat endpoint). A direct chat names one user
    /// (with the bot) or two.
    /// </summary>
    public IList<string>? Members { get; init; }

    /// <summary>The owner's open id; <see langword="null"/> means the first member.</summary>
    public string? OwnerId { get; init; }

    /// <summary>Whether the bot is a member; when not, bot requests get 234004 (resources), 230002 (messages) or 232011 (chat).</summary>
    public bool BotIsMember { get; init; } = true;

    /// <summary>A restricted (secret / anti-leak) chat: resources answer 234038.</summary>
    public bool Restricted { get; init; }

    /// <summary>An external (cross-tenant) chat: resources answer 234009.</summary>
    public bool External { get; init; }
}
