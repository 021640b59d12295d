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
}
