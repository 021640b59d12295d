using Lark.Cli.Hosting;
using Lark.Cli.Output;
using Lark.Resources.Rules.Identifiers;

namespace Lark.Cli.Config;

/// <summary>
/// Resolves <see cref="CliSettings"/>: flags, then the environment, then the official <c>config.json</c> and
/// credential store, then defaults. Bad values fail at once naming the variable or file (exit 2); missing
/// credentials do not, so a command that sends nothing (<c>--dry-run</c>) works unconfigured — the token
/// source (<see cref="CliTokens"/>) is where a missing app or login becomes a failure.
/// </summary>
public static class SettingsResolver
{
    /// <summary>Resolves the settings for a command run with <c>--profile</c> <paramref name="profile"/> and <c>--as</c> <paramref name="asFlag"/>.</summary>
    public static CliSettings Resolve(CliHost host, string? profile, string? asFlag)
    {
        ArgumentNullException.ThrowIfNull(host);
        if (asFlag is not (null or IdentityNames.User or IdentityNames.Bot))
            throw new CliFailureException(CliFailure.Validation($"--as \"{asFlag}\" is not an identity", "Use --as user or --as bot.", "--as"));

        var paths = CliPaths.From(host);
        var now = host.Time.GetUtcNow();
        // Environment values are checked before the file is read: a bad variable is named even when the file is bad too.
        var envBrand = host.Env("LARKSUITE_CLI_BRAND") is { } b ? Brand(b, "LARKSUITE_CLI_BRAND", "Set it to feishu or lark, or unset it.") : (LarkBrand?)null;
        var envStrict = host.Env("LARKSUITE_CLI_STRICT_MODE") is { } s ? Strict(s, "LARKSUITE_CLI_STRICT_MODE", "Set it to bot, user or off, or unset it.") : null;
        var envDefault = host.Env("LARKSUITE_CLI_DEFAULT_AS") is { } d ? DefaultAs(d, "LARKSUITE_CLI_DEFAULT_AS", "Set it to user, bot or auto, or unset it.") : null;
        var envOpen = Url(host.Env("LARKSUITE_CLI_OPEN_BASE_URL"), "LARKSUITE_CLI_OPEN_BASE_URL", "Fix or unset LARKSUITE_CLI_OPEN_BASE_URL.");
        var envAccounts = Url(host.Env("LARKSUITE_CLI_ACCOUNTS_BASE_URL"), "LARKSUITE_CLI_ACCOUNTS_BASE_URL", "Fix or unset LARKSUITE_CLI_ACCOUNTS_BASE_URL.");

        (profile, var profileSource) = Profile(host, profile);

        var config = ConfigFile.Load(paths.ConfigFile);
        var envAppId = host.Env("LARKSUITE_CLI_APP_ID");
        // Flags, then environment, then file: --profile picks the app even when the environment names one; else the
        // environment's app wins, and a config entry for the same app still lends its logins.
        var app = SelectApp(config, host, profile, profileSource);
        var appFromEnvironment = envAppId is not null && profile is null;
        var fix = $"Fix it in {config.Path}.";
        string Where(string field) => $"{config.Path} (app {app?.DisplayName}) {field}";

        var brand = envBrand ?? (app?.Brand is { } ab ? Brand(ab, Where("brand"), fix) : LarkBrand.Feishu);
        var openBase = envOpen ?? Url(app?.OpenBaseUrl, Where("openBaseUrl"), fix) ?? brand.OpenBase();
        var accountsBase = envAccounts ?? Url(app?.AccountsBaseUrl, Where("accountsBaseUrl"), fix) ?? brand.AccountsBase();
        var strict = envStrict
            ?? (app?.StrictMode is { } sm ? Strict(sm, Where("strictMode"), fix) : null)
            ?? (config.StrictMode is { } rsm ? Strict(rsm, $"{config.Path} strictMode", fix) : null);
        var defaultAs = envDefault ?? (app?.DefaultAs is { } da ? DefaultAs(da, Where("defaultAs"), fix) : null);

        var appId = appFromEnvironment ? envAppId : app?.AppId;
        var store = new CredentialStore(paths.StoreDirectory);
        // LARKSUITE_CLI_APP_SECRET belongs to LARKSUITE_CLI_APP_ID: it never goes with another app a profile picked.
        var (secret, secretSource, secretProblem) = envAppId is not null && appId == envAppId && host.Env("LARKSUITE_CLI_APP_SECRET") is { } envSecret
            ? (envSecret, "environment LARKSUITE_CLI_APP_SECRET", null)
            : app is not null ? ReadSecret(app, store, host) : (null, null, null);

        var user = app?.Users is { Count: > 0 } users ? users[0] : null;
        StoredUserLogin? login = null;
        string? loginProblem = null;
        if (appId is not null && user is not null)
        {
            try
            {
                login = store.Get(CredentialStore.UserAccount(appId, user.UserOpenId)) is { } json ? StoredUserLogin.Parse(json) : null;
                loginProblem = login is null ? $"no stored login for {user.UserOpenId} in {store.Directory}" : null;
            }
            catch (CliFailureException e)
            {
                loginProblem = e.Failure.Message;
            }
        }

        var userToken = host.Env("LARKSUITE_CLI_USER_ACCESS_TOKEN");
        var effectiveStrict = strict == "off" ? null : strict;
        string identity, source;
        string? note = null;
        if (effectiveStrict is not null)
        {
            (identity, source) = (effectiveStrict, "strict-mode");
            if (asFlag is not null && asFlag != effectiveStrict)
                note = $"strict mode allows only --as {effectiveStrict}; --as {asFlag} was ignored";
        }
        else if (asFlag is not null)
        {
            (identity, source) = (asFlag, "flag");
        }
        else if (defaultAs is IdentityNames.User or IdentityNames.Bot)
        {
            (identity, source) = (defaultAs, "default-as");
        }
        else
        {
            var userReady = userToken is not null || login is not null && login.Usable(now);
            (identity, source) = (userReady ? IdentityNames.User : IdentityNames.Bot, "auto");
        }

        return new CliSettings
        {
            Identity = identity,
            IdentitySource = source,
            IdentityNote = note,
            AppId = appId,
            AppSecret = secret,
            AppSecretSource = secretSource,
            AppSecretProblem = secretProblem,
            AppFromEnvironment = appFromEnvironment,
            Brand = brand,
            OpenBase = openBase,
            AccountsBase = accountsBase,
            ProfileName = appFromEnvironment ? null : app?.DisplayName,
            TenantAccessToken = host.Env("LARKSUITE_CLI_TENANT_ACCESS_TOKEN"),
            UserAccessToken = userToken,
            UserOpenId = user?.UserOpenId,
            UserName = user?.UserName,
            StoredUserTokens = login?.Tokens,
            StoredLoginProblem = loginProblem,
            StrictMode = effectiveStrict,
            DefaultAs = defaultAs,
            Paths = paths,
        };
    }

    /// <summary>The profile in use and where it came from: <c>--profile</c>, else <c>LARKSUITE_CLI_PROFILE</c> (the --profile of every command).</summary>
    public static (string? Profile, string Source) Profile(CliHost host, string? flag)
    {
        ArgumentNullException.ThrowIfNull(host);
        return flag is null && host.Env("LARKSUITE_CLI_PROFILE") is { Length: > 0 } fromEnvironment
            ? (fromEnvironment, "LARKSUITE_CLI_PROFILE")
            : (flag, "--profile");
    }

    /// <summary>
    /// The config entry in use: <paramref name="profile"/> when given (the flag wins over the environment); else the
    /// entry of <c>LARKSUITE_CLI_APP_ID</c> when the environment names an app (none when the file has no such app);
    /// else <c>currentApp</c> or the first. <paramref name="profileSource"/> names where the profile came from.
    /// </summary>
    public static AppConfig? SelectApp(ConfigFile config, CliHost host, string? profile, string profileSource = "--profile")
    {
        ArgumentNullException.ThrowIfNull(config);
        ArgumentNullException.ThrowIfNull(host);
        return profile is null && host.Env("LARKSUITE_CLI_APP_ID") is { } envAppId ? config.Apps.FirstOrDefault(a => a.AppId == envAppId) : config.Select(profile, profileSource);
    }

    /// <summary>The credential store of <paramref name="settings"/>.</summary>
    public static CredentialStore Store(CliSettings settings) =>
        new((settings ?? throw new ArgumentNullException(nameof(settings))).Paths?.StoreDirectory ?? throw new InvalidOperationException("settings without paths"));

    private static (string? Secret, string? Source, string? Problem) ReadSecret(AppConfig app, CredentialStore store, CliHost host)
    {
        switch (app.Secret)
        {
            case null:
                return (null, null, $"the app {app.DisplayName} in config.json has no appSecret");
            case { Source: SecretSource.Plain } plain:
                return (plain.Value, plain.Describe(), null);
            case { Source: SecretSource.File } file:
                var path = Path.GetFullPath(file.Value, host.WorkingDirectory);
                try
                {
                    var text = File.ReadAllText(path).Trim();
                    return text.Length > 0 ? (text, file.Describe(), null) : (null, file.Describe(), $"the app secret file {path} is empty");
                }
                catch (Exception e) when (e is IOException or UnauthorizedAccessException)
                {
                    return (null, file.Describe(), $"cannot read the app secret file {path}: {e.GetType().Name}");
                }

            case var keychain:
                try
                {
                    return store.Get(keychain.Value) is { Length: > 0 } secret
                        ? (secret, keychain.Describe(), null)
                        : (null, keychain.Describe(), $"the credential store {store.Directory} has no entry {keychain.Value}");
                }
                catch (CliFailureException e)
                {
                    return (null, keychain.Describe(), e.Failure.Message);
                }
        }
    }

    private static LarkBrand Brand(string text, string name, string hint) =>
        LarkBrands.Parse(text).TryGetValue(out var brand) ? brand
        : throw new CliFailureException(CliFailure.Config($"{name}: brand \"{text}\" is not supported (feishu or lark)", hint));

    private static string Strict(string text, string name, string hint) =>
        IdentityNames.ParseStrictMode(text) ?? throw new CliFailureException(CliFailure.Config($"{name}: \"{text}\" is not a strict mode (bot, user or off)", hint));

    private static string DefaultAs(string text, string name, string hint) =>
        IdentityNames.ParseDefaultAs(text) ?? throw new CliFailureException(CliFailure.Config($"{name}: \"{text}\" is not an identity (user, bot or auto)", hint));

    private static Uri? Url(string? text, string name, string hint) =>
        text is null ? null
        : LarkBrands.ParseBaseUrl(text, name).TryGetValue(out var uri) ? uri
        : throw new CliFailureException(CliFailure.Config(LarkBrands.ParseBaseUrl(text, name).Error!, hint));
}
