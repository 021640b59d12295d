namespace Lark.Cli.Config;

/// <summary>The identity words of the official CLI and their parsing.</summary>
public static class IdentityNames
{
    /// <summary>The user identity.</summary>
    public const string User = "user";

    /// <summary>The bot (app) identity.</summary>
    public const string Bot = "bot";

    /// <summary><c>defaultAs</c>: <c>user</c>, <c>bot</c> or <c>auto</c> (no default); null when not one of them.</summary>
    public static string? ParseDefaultAs(string text) => text.Trim().ToLowerInvariant() switch
    {
        "user" => User,
        "bot" => Bot,
        "auto" => "auto",
        _ => null,
    };

    /// <summary><c>strictMode</c>: <c>bot</c>, <c>user</c> or <c>off</c>; null when not one of them.</summary>
    public static string? ParseStrictMode(string text) => text.Trim().ToLowerInvariant() switch
    {
        "user" => User,
        "bot" => Bot,
        "off" => "off",
        _ => null,
    };
}
