namespace Lark.Emulator.Auth;

/// <summary>Who a bearer token stands for.</summary>
/// <param name="AppId">The app the token was issued to.</param>
/// <param name="UserOpenId">The user for user tokens; <see langword="null"/> for tenant (bot) tokens.</param>
/// <param name="UserScopes">Scopes the user granted to this token (user tokens only).</param>
internal sealed record Caller(string AppId, string? UserOpenId, IReadOnlySet<string> UserScopes)
{
    public bool IsUser => UserOpenId is not null;
}
