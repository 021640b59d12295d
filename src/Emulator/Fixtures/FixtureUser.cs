namespace Lark.Emulator.Fixtures;

/// <summary>A user who can log in through the device flow.</summary>
public sealed class FixtureUser
{
    /// <summary>Open id, <c>ou_…</c>.</summary>
    public required string OpenId { get; init; }

    /// <summary>Display name returned by <c>user_info</c>.</summary>
    public required string Name { get; init; }

    /// <summary>Scopes this user is willing to grant; a token carries the asked scopes that appear here.</summary>
    public IList<string> Scopes { get; init; } = [];
}
