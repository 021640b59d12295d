using System.CommandLine;
using System.Globalization;
using System.Text.Json.Nodes;
using Lark.Cli.Config;
using Lark.Cli.Hosting;
using Lark.Cli.Output;
using Lark.Resources.Rules.Auth;
using Lark.Resources.Shell;
using Lark.Resources.Shell.Auth;

namespace Lark.Cli.Commands;

/// <summary><c>lark-cli auth login</c>: the OAuth device flow; the login is stored as the official CLI stores it.</summary>
public static class AuthLoginCommand
{
    /// <summary>The scope asked for when <c>--scope</c> is not given: what downloading message resources needs.</summary>
    public const string DefaultScope = "im:message:readonly";

    // A resumed flow does not know the code's lifetime; the server's expired_token ends it sooner.
    private static readonly TimeSpan ResumeLimit = TimeSpan.FromMinutes(30);

    /// <summary>Builds the command.</summary>
    public static Command Create(CliHost host, GlobalOptions globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var scope = new Option<string?>("--scope") { Description = $"Scopes to ask for, space-separated; offline_access (for a refresh token) is always added. Default: {DefaultScope}.", HelpName = "scopes" };
        var json = new Option<bool>("--json") { Description = "Write events as JSON lines on stdout (verification, pending, slow_down, authorized) instead of one result envelope." };
        var noWait = new Option<bool>("--no-wait") { Description = "Start the login, print {verification_url, device_code, expires_in, hint} and exit at once (for agents); finish it later with --device-code." };
        var deviceCode = new Option<string?>("--device-code") { Description = "Resume a login started with --no-wait: poll until the user approves it.", HelpName = "code" };
        var command = new Command("login", $"""
            Log a user in with the OAuth device flow: open the URL shown on stderr, confirm the code, and the login (access
            and refresh tokens) is stored encrypted under <app id>:<user open id>, and the user is added to the app's users
            in config.json — where the official CLI keeps them. Polls at the server's interval (5 s slower after
            slow_down, at most 60 s) and stops when the login is denied or expires.

            {CommandSupport.StoreNote}

            Examples:
              lark-cli auth login --scope "im:message:readonly"
              lark-cli auth login --no-wait -q .device_code     # agents: show the URL to a person, then
              lark-cli auth login --device-code <code>
            """)
        {
            scope, json, noWait, deviceCode,
        };
        GlobalOptions.AddTo(command, globals.Profile, globals.Jq);
        command.SetAction((parsed, cancellationToken) => RunAsync(host, globals, parsed, parsed.GetValue(scope), parsed.GetValue(json), parsed.GetValue(noWait), parsed.GetValue(deviceCode), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliHost host, GlobalOptions globals, ParseResult parsed, string? scope, bool json, bool noWait, string? deviceCode, CancellationToken cancellationToken)
    {
        var jq = Envelope.ParseJq(parsed.GetValue(globals.Jq));
        if (noWait && deviceCode is not null)
            throw new CliFailureException(CliFailure.Validation("--no-wait and --device-code do not go together", "Start with --no-wait, then resume with --device-code.", "--device-code"));
        if (deviceCode is { } given && (given.Length == 0 || given.Any(char.IsWhiteSpace)))
            throw new CliFailureException(CliFailure.Validation("--device-code is empty or holds spaces", "Pass the device_code printed by lark-cli auth login --no-wait.", "--device-code"));
        var settings = SettingsResolver.Resolve(host, parsed.GetValue(globals.Profile), null);
        var (appId, appSecret) = CliTokens.RequireApp(settings);
        using var flow = new DeviceFlow(CommandClient.Options(settings, host), appId, appSecret, host.HttpHandler);
        try
        {
            string code;
            TimeSpan interval;
            DateTimeOffset deadline;
            if (deviceCode is not null)
            {
                (code, interval, deadline) = (deviceCode, TimeSpan.FromSeconds(DevicePollRule.DefaultIntervalSeconds), host.Time.GetUtcNow() + ResumeLimit);
                host.Error.WriteLine("Waiting for the login to be approved…");
            }
            else
            {
                var authorization = await flow.StartAsync(scope ?? DefaultScope, cancellationToken);
                var started = host.Time.GetUtcNow();
                if (noWait)
                {
                    Envelope.Write(host.Out, NoWait(authorization), jq);
                    return 0;
                }

                host.Error.WriteLine($"Open {authorization.VerificationUrl} and confirm the code {authorization.UserCode} (valid for {Minutes(authorization.ExpiresIn)}). Waiting…");
                if (json)
                {
                    CommandSupport.Line(host.Out, new JsonObject
                    {
                        ["event"] = "verification",
                        ["verification_url"] = authorization.VerificationUrl,
                        ["user_code"] = authorization.UserCode,
                        ["expires_in"] = (long)authorization.ExpiresIn.TotalSeconds,
                        ["interval"] = (long)authorization.Interval.TotalSeconds,
                    });
                }

                (code, interval, deadline) = (authorization.DeviceCode, authorization.Interval, started + authorization.ExpiresIn);
            }

            var events = new PollEvents(host, json, interval);
            var tokens = await flow.WaitAsync(code, interval, deadline, events, cancellationToken);
            var user = await flow.GetUserAsync(tokens.AccessToken, cancellationToken);
            var storedSecret = Save(settings, appId, appSecret, user, tokens, host.Time);
            var data = new JsonObject
            {
                ["app_id"] = appId,
                ["user_open_id"] = user.OpenId,
                ["user_name"] = user.Name,
                ["scope"] = tokens.Scope,
                ["expires_at"] = CommandSupport.Time(tokens.ExpiresAt),
                ["refresh_expires_at"] = tokens.RefreshExpiresAt is { } r ? CommandSupport.Time(r) : null,
            };
            if (storedSecret is not null)
            {
                data["app_secret"] = new JsonObject { ["stored_in"] = "keychain", ["account"] = storedSecret };
                host.Error.WriteLine($"The app {appId} came from the environment: its secret is now in the credential store ({storedSecret}) and config.json refers to it, so the login keeps working without LARKSUITE_CLI_APP_ID and LARKSUITE_CLI_APP_SECRET.");
            }

            if (json)
            {
                data["event"] = "authorized";
                CommandSupport.Line(host.Out, data);
            }
            else
            {
                Envelope.Write(host.Out, Envelope.Success(IdentityNames.User, data), jq);
            }

            return 0;
        }
        catch (LarkException e)
        {
            throw new CliFailureException(CliFailure.From(e), IdentityNames.User);
        }
    }

    // Returns the store account the app secret was saved under, when this login had to save it.
    private static string? Save(CliSettings settings, string appId, string appSecret, LarkUserInfo user, UserTokens tokens, TimeProvider time)
    {
        var paths = settings.Paths!;
        var credentials = new CredentialStore(paths.StoreDirectory);
        var store = new StoredUserTokenStore(credentials, appId, user.OpenId, paths.LocksDirectory, time);
        store.Save(new StoredUserLogin(user.OpenId, appId, tokens, time.GetUtcNow()));
        var config = ConfigFile.Load(paths.ConfigFile);
        var app = config.GetOrAddApp(appId);
        if (app.Brand is null)
            app.Brand = settings.Brand == Resources.Rules.Identifiers.LarkBrand.Lark ? "lark" : "feishu";
        string? storedSecret = null;
        if (app.Secret is null && settings.AppFromEnvironment)
        {
            // An entry without its secret breaks once the environment is gone (a refresh needs it): keep it where
            // config init keeps it, as the official keychain reference. The device flow just proved it right.
            storedSecret = CredentialStore.AppSecretAccount(appId);
            credentials.Set(storedSecret, appSecret);
            app.Secret = SecretReference.ForKeychain(appId);
        }

        app.PutFirstUser(new ConfigUser(user.OpenId, user.Name));
        config.Save();
        return storedSecret;
    }

    private static JsonObject NoWait(DeviceAuthorization authorization) => new()
    {
        ["verification_url"] = authorization.VerificationUrl,
        ["device_code"] = authorization.DeviceCode,
        ["user_code"] = authorization.UserCode,
        ["expires_in"] = (long)authorization.ExpiresIn.TotalSeconds,
        ["interval"] = (long)authorization.Interval.TotalSeconds,
        ["hint"] = $"Ask the user to open verification_url and approve (code {authorization.UserCode}), then run: lark-cli auth login --device-code {authorization.DeviceCode}",
    };

    private static string Minutes(TimeSpan span) =>
        span.TotalMinutes >= 1 ? $"{Math.Floor(span.TotalMinutes).ToString(CultureInfo.InvariantCulture)} min" : $"{(long)span.TotalSeconds} s";

    // Poll answers as events: JSON lines with --json, else a line on stderr when the server asks us to slow down.
    private sealed class PollEvents(CliHost host, bool json, TimeSpan interval) : IProgress<DevicePoll>
    {
        private TimeSpan _interval = interval;

        public void Report(DevicePoll value)
        {
            _interval = DevicePollRule.NextInterval(_interval, value.Status);
            if (json && value.KeepPolling)
            {
                CommandSupport.Line(host.Out, new JsonObject
                {
                    ["event"] = value.Status == DevicePollStatus.SlowDown ? "slow_down" : "pending",
                    ["interval"] = (long)_interval.TotalSeconds,
                });
            }
            else if (value.Status == DevicePollStatus.SlowDown)
            {
                host.Error.WriteLine($"The server asked to poll more slowly: every {(long)_interval.TotalSeconds} s now.");
            }
        }
    }
}
