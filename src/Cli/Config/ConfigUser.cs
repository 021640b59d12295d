namespace Lark.Cli.Config;

/// <summary>A logged-in user of an app in <c>config.json</c> (<c>users[]</c>); the tokens live in the credential store.</summary>
/// <param name="UserOpenId">The user's open id.</param>
/// <param name="UserName">The display name, when known.</param>
public sealed record ConfigUser(string UserOpenId, string? UserName);
