using System.CommandLine;
using System.Text.Json.Nodes;
using Lark.Cli.Config;
using Lark.Cli.Hosting;
using Lark.Cli.Output;

namespace Lark.Cli.Commands;

/// <summary><c>lark-cli auth status</c>: who is logged in to the app, with which scopes, until when. Never a token.</summary>
public static class AuthStatusCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliHost host, GlobalOptions globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var command = new Command("status", """
            Show the app's logged-in users (config.json users[], the first is the default), each login's scopes and
            expiry and whether it can still be refreshed, and the identity a command would use now. Tokens are never
            printed. Sends nothing.

            Example:
              lark-cli auth status -q '.data.users[0].access_token_valid'
            """);
        GlobalOptions.AddTo(command, globals.As, globals.Profile, globals.Jq);
        command.SetAction((parsed, _) =>
        {
            var jq = Envelope.ParseJq(parsed.GetValue(globals.Jq));
            var profile = parsed.GetValue(globals.Profile);
            var settings = SettingsResolver.Resolve(host, profile, parsed.GetValue(globals.As));
            if (settings.AppId is null && settings.UserAccessToken is null)
            {
                throw new CliFailureException(CliFailure.NotConfigured($"not configured: no app in {settings.Paths!.ConfigFile} and no LARKSUITE_CLI_APP_ID",
                    "Run lark-cli config init --app-id <id> --app-secret-stdin."), settings.Identity);
            }

            var now = host.Time.GetUtcNow();
            var config = ConfigFile.Load(settings.Paths!.ConfigFile);
            var (selected, source) = SettingsResolver.Profile(host, profile);
            var app = SettingsResolver.SelectApp(config, host, selected, source);
            var store = SettingsResolver.Store(settings);
            var users = new JsonArray();
            foreach (var user in app?.Users ?? [])
            {
                var entry = new JsonObject { ["user_open_id"] = user.UserOpenId, ["user_name"] = user.UserName };
                StoredUserLogin? login = null;
                try
                {
                    login = store.Get(CredentialStore.UserAccount(settings.AppId!, user.UserOpenId)) is { } text ? StoredUserLogin.Parse(text) : null;
                }
                catch (CliFailureException e)
                {
                    entry["problem"] = e.Failure.Message;
                }

                entry["logged_in"] = login is not null;
                if (login is not null)
                {
                    entry["scope"] = login.Tokens.Scope;
                    entry["expires_at"] = CommandSupport.Time(login.Tokens.ExpiresAt);
                    entry["refresh_expires_at"] = login.Tokens.RefreshExpiresAt is { } r ? CommandSupport.Time(r) : null;
                    entry["granted_at"] = CommandSupport.Time(login.GrantedAt);
                    entry["access_token_valid"] = login.AccessValid(now);
                    entry["refreshable"] = login.Refreshable(now);
                }

                users.Add((JsonNode)entry);
            }

            var data = new JsonObject
            {
                ["app_id"] = settings.AppId,
                ["logged_in"] = settings.StoredUserTokens is not null || settings.UserAccessToken is not null,
                ["user_open_id"] = settings.UserOpenId,
                ["user_name"] = settings.UserName,
                ["users"] = users,
                ["environment_user_token"] = settings.UserAccessToken is not null,
                ["identity"] = settings.Identity,
                ["identity_source"] = settings.IdentitySource,
                ["identity_note"] = settings.IdentityNote,
            };
            Envelope.Write(host.Out, Envelope.Success(settings.Identity, data), jq);
            return Task.FromResult(0);
        });
        return command;
    }
}
