using System.CommandLine;
using System.Text.Json.Nodes;
using Lark.Cli.Config;
using Lark.Cli.Hosting;
using Lark.Cli.Output;

namespace Lark.Cli.Commands;

/// <summary><c>lark-cli auth logout</c>: forgets the app's user logins (store entries and config.json users).</summary>
public static class AuthLogoutCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliHost host, GlobalOptions globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var user = new Option<string?>("--user") { Description = "Log out only this user (open id ou_…). Default: every user of the app.", HelpName = "ou_…" };
        var command = new Command("logout", """
            Log out: delete the stored tokens (<app id>:<user open id> in the credential store) and remove the users from
            the app in config.json. Local only: the tokens are not revoked at Lark (they expire on their own). The app
            secret stays.

            Example:
              lark-cli auth logout --profile work
            """)
        {
            user,
        };
        GlobalOptions.AddTo(command, globals.Profile, globals.Jq);
        command.SetAction((parsed, _) =>
        {
            var jq = Envelope.ParseJq(parsed.GetValue(globals.Jq));
            var profile = parsed.GetValue(globals.Profile);
            var settings = SettingsResolver.Resolve(host, profile, null);
            if (settings.AppId is not { } appId)
            {
                throw new CliFailureException(CliFailure.NotConfigured($"not configured: no app in {settings.Paths!.ConfigFile} and no LARKSUITE_CLI_APP_ID",
                    "Run lark-cli config init --app-id <id> --app-secret-stdin."), IdentityNames.User);
            }

            var config = ConfigFile.Load(settings.Paths!.ConfigFile);
            var (selected, source) = SettingsResolver.Profile(host, profile);
            var app = SettingsResolver.SelectApp(config, host, selected, source);
            var only = parsed.GetValue(user);
            var targets = (app?.Users ?? []).Select(u => u.UserOpenId).Where(id => only is null || id == only).ToList();
            if (only is not null && !targets.Contains(only))
                targets.Add(only); // a store entry may outlive its config entry
            var store = SettingsResolver.Store(settings);
            var removed = new JsonArray();
            foreach (var id in targets)
            {
                var hadTokens = store.Remove(CredentialStore.UserAccount(appId, id));
                var hadEntry = app?.RemoveUser(id) ?? false;
                if (hadTokens || hadEntry)
                    removed.Add((JsonNode)id);
            }

            if (app is not null && config.Exists)
                config.Save();
            Envelope.Write(host.Out, Envelope.Success(IdentityNames.User, new JsonObject
            {
                ["app_id"] = appId,
                ["removed"] = removed,
                ["note"] = removed.Count == 0 ? "no user was logged in" : "local logout: the tokens were deleted from this machine, not revoked at Lark",
            }), jq);
            return Task.FromResult(0);
        });
        return command;
    }
}
