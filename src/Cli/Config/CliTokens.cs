using Lark.Cli.Hosting;
using Lark.Cli.Output;
using Lark.Resources.Rules.Download;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Shell.Auth;
using Lark.Resources.Shell.Http;

namespace Lark.Cli.Config;

/// <summary>
/// Turns resolved settings into the library's token source for the chosen identity: bot → an environment tenant
/// token, else app id + secret; user → an environment user token, else the stored login (refreshed five minutes
/// ahead, rotations saved under the store's cross-process lock). Missing credentials fail here, before any request.
/// </summary>
public static class CliTokens
{
    /// <summary>The token source, or a config (exit 2) or auth (exit 3) failure that says what to do.</summary>
    public static ITokenSource Create(LarkApi api, CliSettings settings, CliHost host)
    {
        ArgumentNullException.ThrowIfNull(api);
        ArgumentNullException.ThrowIfNull(settings);
        ArgumentNullException.ThrowIfNull(host);
        return settings.Identity == IdentityNames.User ? ForUser(api, settings, host) : ForBot(api, settings);
    }

    /// <summary>Fails unless an app id and its secret are known; returns them.</summary>
    public static (string AppId, string AppSecret) RequireApp(CliSettings settings)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.AppId is not { } id)
        {
            throw new CliFailureException(CliFailure.Config("not configured: no app id and secret",
                "Run lark-cli config init --app-id <id> --app-secret-stdin, or set LARKSUITE_CLI_APP_ID and LARKSUITE_CLI_APP_SECRET."), settings.Identity);
        }

        return settings.AppSecret is { } secret ? (id, secret) : throw new CliFailureException(MissingSecret(settings, id), settings.Identity);
    }

    private static CliFailure MissingSecret(CliSettings settings, string appId) =>
        CliFailure.Config($"the secret of app {appId} is not available: {settings.AppSecretProblem ?? "none is configured"}",
            settings.AppFromEnvironment ? "Set LARKSUITE_CLI_APP_SECRET too." : $"Store it again: lark-cli config init --app-id {appId} --app-secret-stdin.");

    private static ITokenSource ForBot(LarkApi api, CliSettings settings)
    {
        if (settings.TenantAccessToken is { } tenant)
            return new StaticTokenSource(tenant, IdentityNames.Bot);
        var (id, secret) = RequireApp(settings);
        return new TenantTokenSource(api, id, secret);
    }

    private static ITokenSource ForUser(LarkApi api, CliSettings settings, CliHost host)
    {
        if (settings.UserAccessToken is { } token)
            return new StaticTokenSource(token, IdentityNames.User);
        if (settings.StoredUserTokens is not { } tokens || settings.UserOpenId is not { } userOpenId || settings.Paths is not { } paths)
        {
            var why = settings.AppId is null ? "no app is configured"
                : settings.UserOpenId is null ? $"no user has logged in to app {settings.AppId}"
                : settings.StoredLoginProblem ?? "the stored login cannot be read";
            throw new CliFailureException(new CliFailure(FailureKind.Auth, $"no user login: --as user needs a stored login or LARKSUITE_CLI_USER_ACCESS_TOKEN ({why})",
                $"Log in first: {ErrorCatalog.LoginCommand}, or use --as bot."), IdentityNames.User);
        }

        var now = host.Time.GetUtcNow();
        var login = new StoredUserLogin(userOpenId, settings.AppId!, tokens, now);
        if (!login.Usable(now))
        {
            throw new CliFailureException(new CliFailure(FailureKind.Auth, $"the login of {userOpenId} expired and cannot be refreshed",
                $"Log in again: {ErrorCatalog.LoginCommand}."), IdentityNames.User);
        }

        // A valid access token needs no secret: only a refresh does (the secret may live in an environment that is gone).
        if (settings.AppSecret is null && settings.AppId is { } appId && login.AccessValid(now))
            return new SecretlessUserTokenSource(tokens, host.Time, MissingSecret(settings, appId));

        var (id, secret) = RequireApp(settings);
        var store = new StoredUserTokenStore(new CredentialStore(paths.StoreDirectory), id, userOpenId, paths.LocksDirectory, host.Time);
        return new UserTokenSource(api, id, secret, tokens, store);
    }
}
