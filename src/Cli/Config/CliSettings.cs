using Lark.Resources.Rules.Auth;
using Lark.Resources.Rules.Identifiers;

namespace Lark.Cli.Config;

/// <summary>
/// Everything a command needs to reach Lark, resolved from flags, then environment, then the official
/// <c>config.json</c> and credential store, then defaults. Holds secrets: never print it.
/// </summary>
public sealed record CliSettings
{
    /// <summary>"user" or "bot".</summary>
    public required string Identity { get; init; }

    /// <summary>Why this identity: "flag", "strict-mode", "default-as" or "auto".</summary>
    public required string IdentitySource { get; init; }

    /// <summary>The app id, when one is configured.</summary>
    public string? AppId { get; init; }

    /// <summary>The app secret, resolved from text, file or keychain reference.</summary>
    public string? AppSecret { get; init; }

    /// <summary>The brand.</summary>
    public LarkBrand Brand { get; init; } = LarkBrand.Feishu;

    /// <summary>The Open API base (brand default, or the override).</summary>
    public required Uri OpenBase { get; init; }

    /// <summary>The accounts base (brand default, or the override).</summary>
    public required Uri AccountsBase { get; init; }

    /// <summary>The config profile used (name or app id), when one was.</summary>
    public string? ProfileName { get; init; }

    /// <summary><c>LARKSUITE_CLI_TENANT_ACCESS_TOKEN</c>.</summary>
    public string? TenantAccessToken { get; init; }

    /// <summary><c>LARKSUITE_CLI_USER_ACCESS_TOKEN</c>.</summary>
    public string? UserAccessToken { get; init; }

    /// <summary>The logged-in user's open id (config <c>users[0]</c>), when there is one.</summary>
    public string? UserOpenId { get; init; }

    /// <summary>The stored login of that user, when there is one.</summary>
    public UserTokens? StoredUserTokens { get; init; }

    /// <summary>The logged-in user's display name (config <c>users[0].userName</c>).</summary>
    public string? UserName { get; init; }

    /// <summary>Where the app secret comes from, for people (never the secret itself).</summary>
    public string? AppSecretSource { get; init; }

    /// <summary>Why the app secret could not be read (a missing file or store entry), when it could not.</summary>
    public string? AppSecretProblem { get; init; }

    /// <summary>Why the stored user login could not be read, when it could not.</summary>
    public string? StoredLoginProblem { get; init; }

    /// <summary>The administrator's identity lock in force (<c>bot</c> or <c>user</c>), if any.</summary>
    public string? StrictMode { get; init; }

    /// <summary>The configured default identity (<c>user</c>, <c>bot</c> or <c>auto</c>), if any.</summary>
    public string? DefaultAs { get; init; }

    /// <summary>A note for standard error when strict mode overrode <c>--as</c>.</summary>
    public string? IdentityNote { get; init; }

    /// <summary>The files this came from.</summary>
    public CliPaths? Paths { get; init; }

    /// <summary>Whether an app id came from the environment (which then wins over the config file).</summary>
    public bool AppFromEnvironment { get; init; }

    /// <inheritdoc />
    public override string ToString() => $"CliSettings({Identity} via {IdentitySource}, app {AppId}, {OpenBase})";
}
