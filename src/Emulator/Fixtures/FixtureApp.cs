namespace Lark.Emulator.Fixtures;

/// <summary>An app (bot) with its credentials and the scopes an administrator granted it.</summary>
public sealed class FixtureApp
{
    /// <summary>App id, <c>cli_…</c>.</summary>
    public required string AppId { get; init; }

    /// <summary>App secret.</summary>
    public required string AppSecret { get; init; }

    /// <summary>Scopes granted to the app, e.g. <c>im:message:readonly</c>.</summary>
    public IList<string> Scopes { get; init; } = [];

    /// <summary>The bot's display name: <c>sender.sender_name</c> of the messages it sent.</summary>
    public string? Name { get; init; }

    /// <summary>
    /// The bot's own open id (<c>ou_…</c>), as users see it in mentions; a user resolves their direct chat with
    /// the bot by it (<c>chat_p2p/batch_query</c>).
    /// </summary>
    public string? BotOpenId { get; init; }
}
