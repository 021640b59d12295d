using System.CommandLine;
using System.Text;
using System.Text.Json.Nodes;
using Lark.Cli.Config;
using Lark.Cli.Hosting;
using Lark.Cli.Output;
using Lark.Resources.Rules.Identifiers;

namespace Lark.Cli.Commands;

/// <summary><c>lark-cli config init</c>: stores an app's credentials the way the official CLI does.</summary>
public static class ConfigInitCommand
{
    /// <summary>Builds the command.</summary>
    public static Command Create(CliHost host, GlobalOptions globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var appId = new Option<string>("--app-id") { Description = "The app id (cli_…) from the developer console.", Required = true, HelpName = "cli_…" };
        var secretStdin = new Option<bool>("--app-secret-stdin") { Description = "Read the app secret from standard input (one line; surrounding whitespace is dropped). Without it, a terminal is prompted with echo off; a pipe is refused." };
        var brand = new Option<string>("--brand") { Description = "feishu (open.feishu.cn, the default) or lark (open.larksuite.com).", DefaultValueFactory = _ => "feishu", HelpName = "feishu|lark" };
        var name = new Option<string?>("--name") { Description = "A profile name to select the app with --profile. Default: keep the app's name, else none (the app id works too).", HelpName = "name" };
        var command = new Command("init", $"""
            Configure an app: the secret goes to the encrypted credential store (<data dir>/lark-cli/appsecret_<app id>.enc),
            and config.json gets a keychain reference to it, the brand, and currentApp pointing at the app. The same files
            and format as the official CLI, so either program can read them. Nothing is sent to Lark; the secret is never
            printed.

            {CommandSupport.StoreNote}

            Example:
              printf '%s' "$SECRET" | lark-cli config init --app-id cli_a1b2c3 --app-secret-stdin --brand feishu --name work
            """)
        {
            appId, secretStdin, brand, name,
        };
        GlobalOptions.AddTo(command, globals.Jq);
        command.SetAction((parsed, _) =>
        {
            var jq = Envelope.ParseJq(parsed.GetValue(globals.Jq));
            var id = parsed.GetValue(appId)!.Trim();
            if (id.Length == 0 || id.Length > 128 || id.Any(c => char.IsWhiteSpace(c) || char.IsControl(c) || c is '/' or '\\'))
                throw new CliFailureException(CliFailure.Validation($"--app-id \"{id}\" is not an app id", "Copy the app id (cli_…) from the developer console.", "--app-id"));
            var brandText = parsed.GetValue(brand)!;
            if (!LarkBrands.Parse(brandText).TryGetValue(out var parsedBrand))
                throw new CliFailureException(CliFailure.Validation($"--brand \"{brandText}\" is not supported", "Use --brand feishu or --brand lark.", "--brand"));
            var profile = parsed.GetValue(name)?.Trim();
            if (profile is { Length: 0 })
                throw new CliFailureException(CliFailure.Validation("--name is empty", "Give a name, or leave --name out.", "--name"));
            var secret = ReadSecret(host, id, parsed.GetValue(secretStdin));

            var paths = CliPaths.From(host);
            var config = ConfigFile.Load(paths.ConfigFile);
            if (profile is not null && config.Apps.FirstOrDefault(a => a.Name == profile && a.AppId != id) is { } other)
                throw new CliFailureException(CliFailure.Validation($"--name \"{profile}\" already names app {other.AppId}", "Pick another name.", "--name"));
            var store = new CredentialStore(paths.StoreDirectory);
            try
            {
                store.Set(CredentialStore.AppSecretAccount(id), secret);
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                throw new CliFailureException(CliFailure.LocalFile($"cannot write the credential store {store.Directory}: {e.GetType().Name}", "Check the directory's permissions, or set LARKSUITE_CLI_DATA_DIR."));
            }

            var app = config.GetOrAddApp(id);
            if (profile is not null)
                app.Name = profile;
            app.Secret = SecretReference.ForKeychain(id);
            app.Brand = parsedBrand.ToWire();
            config.CurrentApp = app.Name ?? id;
            config.Save();
            Envelope.Write(host.Out, Envelope.Success(null, new JsonObject
            {
                ["app_id"] = id,
                ["name"] = app.Name,
                ["brand"] = parsedBrand.ToWire(),
                ["current_app"] = config.CurrentApp,
                ["config_file"] = config.Path,
                ["app_secret"] = new JsonObject { ["stored_in"] = "keychain", ["account"] = CredentialStore.AppSecretAccount(id), ["file"] = store.PathOf(CredentialStore.AppSecretAccount(id)) },
            }), jq);
            return Task.FromResult(0);
        });
        return command;
    }

    private static string ReadSecret(CliHost host, string appId, bool fromStdin)
    {
        string? secret;
        if (fromStdin)
        {
            secret = host.In.ReadToEnd().Trim();
        }
        else if (host.InputIsTerminal)
        {
            host.Error.Write($"App secret for {appId} (input hidden): ");
            host.Error.Flush();
            secret = ReferenceEquals(host.In, Console.In) && !Console.IsInputRedirected ? ReadHidden() : host.In.ReadLine();
            host.Error.WriteLine();
            secret = secret?.Trim();
        }
        else
        {
            throw new CliFailureException(CliFailure.Validation("no app secret: standard input is not a terminal and --app-secret-stdin is missing",
                "Pipe the secret in with --app-secret-stdin, e.g. printf '%s' \"$SECRET\" | lark-cli config init --app-id <id> --app-secret-stdin."));
        }

        return secret is { Length: > 0 } ? secret
            : throw new CliFailureException(CliFailure.Validation("the app secret is empty", "Give the secret on standard input (--app-secret-stdin) or at the prompt."));
    }

    // Console.ReadKey with intercept: the secret never reaches the screen or the scrollback.
    private static string ReadHidden()
    {
        var text = new StringBuilder();
        while (true)
        {
            var key = Console.ReadKey(intercept: true);
            if (key.Key == ConsoleKey.Enter)
                return text.ToString();
            if (key.Key == ConsoleKey.Backspace)
            {
                if (text.Length > 0)
                    text.Length--;
            }
            else if (!char.IsControl(key.KeyChar))
            {
                text.Append(key.KeyChar);
            }
        }
    }
}
