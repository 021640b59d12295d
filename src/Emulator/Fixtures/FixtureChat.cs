namespace Lark.Emulator.Fixtures;

/// <summary>A chat (group) holding messages.</summary>
public sealed class FixtureChat
{
    /// <summary>Chat id, <c>oc_…</c>.</summary>
    public required string ChatId { get; init; }

    /// <summary>Chat name (informational).</summary>
    public string? Name { get; init; }

    /// <summary>Whether the bot is a member; when not, bot requests get 234004 (resources) or 230002 (messages).</summary>
    public bool BotIsMember { get; init; } = true;

    /// <summary>A restricted (secret / anti-leak) chat: resources answer 234038.</summary>
    public bool Restricted { get; init; }

    /// <summary>An external (cross-tenant) chat: resources answer 234009.</summary>
    public bool External { get; init; }
}
