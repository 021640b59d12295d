namespace Lark.Emulator.Auth;

/// <summary>A freshly issued user token set.</summary>
internal sealed record UserTokens(string AccessToken, int ExpiresIn, string? RefreshToken, int RefreshExpiresIn, IReadOnlyList<string> Scopes);
