using System.CommandLine;
using System.Text.Json.Nodes;
using Lark.Cli.Config;
using Lark.Cli.Hosting;
using Lark.Cli.Output;
using Lark.Resources.Rules.Identifiers;

namespace Lark.Cli.Commands;

/// <summary><c>lark-cli config show</c>: the resolved configuration, secrets redacted.</summary>
public static class ConfigShowCommand
{
    /// <summary>What a secret is shown as.</summary>
    public const string Redacted = "****";

    /// <summary>Builds the command.</summary>
    public static Command Create(CliHost host, GlobalOptions globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var command = new Command("show", """
            Show the configuration in effect: which app (from --profile, LARKSUITE_CLI_APP_ID, currentApp or the first
            in config.json), brand and API hosts, where the secret comes from (the secret itself is shown as ****), the
            logged-in users, and the identity a command would use and why. Sends nothing.

            Example:
              lark-cli config show --profile work -q .data.identity
            """);
        GlobalOptions.AddTo(command, globals.As, globals.Profile, globals.Jq);
        command.SetAction((parsed, _) =>
        {
            var jq = Envelope.ParseJq(parsed.GetValue(globals.Jq));
            var profile = parsed.GetValue(globals.Profile);
            var settings = SettingsResolver.Resolve(host, profile, parsed.GetValue(globals.As));
            if (settings.AppId is null && settings.TenantAccessToken is null && settings.UserAccessToken is null)
            {
                throw new CliFailureException(CliFailure.NotConfigured($"not configured: no app in {settings.Paths!.ConfigFile} and no LARKSUITE_CLI_APP_ID",
                    "Run lark-cli config init --app-id <id> --app-secret-stdin."), settings.Identity);
            }

            var config = ConfigFile.Load(settings.Paths!.ConfigFile);
            var (selected, source) = SettingsResolver.Profile(host, profile);
            var app = SettingsResolver.SelectApp(config, host, selected, source);
            var data = new JsonObject
            {
                ["config_file"] = config.Path,
                ["config_file_exists"] = config.Exists,
                ["credential_store"] = settings.Paths.StoreDirectory,
                ["current_app"] = config.CurrentApp,
                ["app"] = new JsonObject
                {
                    ["name"] = app?.Name,
                    ["app_id"] = settings.AppId,
                    ["app_secret"] = settings.AppSecret is null ? null : Redacted,
                    ["app_secret_source"] = settings.AppSecretSource,
                    ["app_secret_problem"] = settings.AppSecretProblem,
                    ["from_environment"] = settings.AppFromEnvironment,
                    ["brand"] = settings.Brand.ToWire(),
                    ["open_base_url"] = settings.OpenBase.ToString(),
                    ["accounts_base_url"] = settings.AccountsBase.ToString(),
                    ["users"] = new JsonArray([.. (app?.Users ?? []).Select(u => (JsonNode)new JsonObject { ["user_open_id"] = u.UserOpenId, ["user_name"] = u.UserName })]),
                },
                ["apps"] = new JsonArray([.. config.Apps.Select(a => (JsonNode)new JsonObject { ["name"] = a.Name, ["app_id"] = a.AppId, ["brand"] = a.Brand })]),
                ["identity"] = settings.Identity,
                ["identity_source"] = settings.IdentitySource,
                ["identity_note"] = settings.IdentityNote,
                ["strict_mode"] = settings.StrictMode,
                ["default_as"] = settings.DefaultAs,
                ["environment"] = new JsonObject
                {
                    ["user_access_token"] = settings.UserAccessToken is null ? null : Redacted,
                    ["tenant_access_token"] = settings.TenantAccessToken is null ? null : Redacted,
                },
            };
            Envelope.Write(host.Out, Envelope.Success(settings.Identity, data), jq);
            return Task.FromResult(0);
        });
        return command;
    }
}
