using Lark.Cli.Hosting;
using Lark.Cli.Output;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Shell;

namespace Lark.Cli.Config;

/// <summary>
/// Turns resolved settings into the library's token source for the chosen identity: bot → an environment tenant
/// token, else app id + secret; user → an environment user token, else the stored login (refreshed five minutes
/// ahead, rotations saved under the store's cross-process lock). Missing credentials fail here, before any request.
/// </summary>
public static class CliTokens
{
    /// <summary>The command that logs a user in with the scope that reads messages.</summary>
    public static string LoginCommand { get; } = CliVocabulary.Instance.Words(Term.LogIn(ErrorCatalog.ReadScope));

    /// <summary>The credentials, or a config or authentication failure (exit 3) that says what to do.</summary>
    public static LarkCredentials Create(CliSettings settings, CliHost host)
    {
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(host);
        return settings.Identity == IdentityNames.User ? ForUser(settings, host) : ForBot(settings);
    }

    /// <summary>Fails unless an app id and its secret are known; returns them.</summary>
    public static (string AppId, string AppSecret) RequireApp(CliSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.AppId is not { } id)
        {
            throw new CliFailureException(CliFailure.NotConfigured("not configured: no app id and secret",
                "Run lark-cli config init --app-id <id> --app-secret-stdin, or set LARKSUITE_CLI_APP_ID and LARKSUITE_CLI_APP_SECRET."), settings.Identity);
        }

        return settings.AppSecret is { } secret ? (id, secret) : throw new CliFailureException(MissingSecret(settings, id), settings.Identity);
    }

    private static CliFailure MissingSecret(CliSettings settings, string appId) =>
        CliFailure.NotConfigured($"the secret of app {appId} is not available: {settings.AppSecretProblem ?? "none is configured"}",
            settings.AppFromEnvironment ? "Set LARKSUITE_CLI_APP_SECRET too." : $"Store it again: lark-cli config init --app-id {appId} --app-secret-stdin.");

    private static LarkCredentials ForBot(CliSettings settings)
    {
        if (settings.TenantAccessToken is { } tenant)
            return LarkCredentials.AccessToken(tenant, IdentityNames.Bot, "from the environment (LARKSUITE_CLI_TENANT_ACCESS_TOKEN)");
        var (id, secret) = RequireApp(settings);
        return LarkCredentials.Bot(id, secret);
    }

    private static LarkCredentials ForUser(CliSettings settings, CliHost host)
    {
        if (settings.UserAccessToken is { } token)
            return LarkCredentials.AccessToken(token, IdentityNames.User, "from the environment (LARKSUITE_CLI_USER_ACCESS_TOKEN)");
        if (settings.StoredUserTokens is not { } tokens || settings.UserOpenId is not { } userOpenId || settings.Paths is not { } paths)
        {
            var why = settings.AppId is null ? "no app is configured"
                : settings.UserOpenId is null ? $"no user has logged in to app {settings.AppId}"
                : settings.StoredLoginProblem ?? "the stored login cannot be read";
            throw new CliFailureException(CliFailure.Authentication(ErrorSubtype.TokenMissing, $"no user login: --as user needs a stored login or LARKSUITE_CLI_USER_ACCESS_TOKEN ({why})",
                $"Log in first: {LoginCommand}, or use --as bot."), IdentityNames.User);
        }

        var now = host.Time.GetUtcNow();
        var login = new StoredUserLogin(userOpenId, settings.AppId!, tokens, now);
        if (!login.Usable(now))
        {
            throw new CliFailureException(CliFailure.Authentication(ErrorSubtype.RefreshTokenExpired, $"the login of {userOpenId} expired and cannot be refreshed",
                $"Log in again: {LoginCommand}."), IdentityNames.User);
        }

        // A valid access token needs no secret: only a refresh does (the secret may live in an environment that is gone).
        if (settings.AppSecret is null && settings.AppId is { } appId && login.AccessValid(now))
            return LarkCredentials.From(new SecretlessUserTokenSource(tokens, host.Time, MissingSecret(settings, appId)));

        var (id, secret) = RequireApp(settings);
        var store = new StoredUserTokenStore(new CredentialStore(paths.StoreDirectory), id, userOpenId, paths.LocksDirectory, host.Time);
        return LarkCredentials.User(id, secret, tokens, store);
    }
}
