namespace Lark.Resources.Rules.Auth;

/// <summary>A user's OAuth tokens.</summary>
/// <param name="AccessToken">The bearer token.</param>
/// <param name="RefreshToken">The one-use refresh token, when the login asked for <c>offline_access</c>.</param>
/// <param name="ExpiresAt">When the access token expires.</param>
/// <param name="RefreshExpiresAt">When the refresh token expires.</param>
/// <param name="Scope">The granted scopes, space-separated.</param>
public sealed record UserTokens(string AccessToken, string? RefreshToken, DateTimeOffset ExpiresAt, DateTimeOffset? RefreshExpiresAt, string? Scope)
{
    /// <inheritdoc />
    public override string ToString() => $"UserTokens(expires {ExpiresAt:u}, scope {Scope})";
}
