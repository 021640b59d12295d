using Lark.Cli.Hosting;
using Lark.Cli.Output;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Shell.Auth;
using Lark.Resources.Shell.Http;

namespace Lark.Cli.Config;

/// <summary>Turns resolved settings into the library's token source for the chosen identity.</summary>
public static class CliTokens
{
    /// <summary>The token source, or a config/auth failure that says what to do.</summary>
    public static ITokenSource Create(LarkApi api, CliSettings settings, CliHost host)
    {
        ArgumentNullException.ThrowIfNull(settings);
        if (settings.Identity == "user")
        {
            if (settings.UserAccessToken is { } token)
                return new StaticTokenSource(token, "user");
            throw new CliFailureException(new CliFailure(Resources.Rules.Download.FailureKind.Auth,
                "no user login: --as user needs a stored login or LARKSUITE_CLI_USER_ACCESS_TOKEN",
                $"Log in first: {ErrorCatalog.LoginCommand}, or use --as bot."));
        }

        if (settings.TenantAccessToken is { } tenant)
            return new StaticTokenSource(tenant, "bot");
        if (settings.AppId is { } id && settings.AppSecret is { } secret)
            return new TenantTokenSource(api, id, secret);
        throw new CliFailureException(CliFailure.Config("not configured: no app id and secret",
            "Run lark-cli config init --app-id <id> --app-secret-stdin, or set LARKSUITE_CLI_APP_ID and LARKSUITE_CLI_APP_SECRET."));
    }
}
