using System.CommandLine;
using System.Reflection;
using Lark.Cli.Config;
using Lark.Cli.Hosting;
using Lark.Cli.Output;
using Lark.Resources.Shell;

namespace Lark.Cli.Commands;

/// <summary>
/// What every command that talks to Lark does first, in one place: resolve the settings (checking <c>--as</c>), say
/// so when strict mode overrides it, build the client options and the client with the chosen identity.
/// </summary>
internal static class CommandClient
{
    /// <summary>The CLI's own <c>User-Agent</c> token, after the library's.</summary>
    public static string UserAgent { get; } =
        $"lark-cli/{typeof(CommandClient).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0"}";

    /// <summary>Resolves the settings for a command with <c>--as</c> and <c>--profile</c>; a strict-mode override is noted on stderr.</summary>
    public static async Task<CliSettings> SettingsAsync(CliHost host, GlobalOptions globals, ParseResult parsed, string program = "lark-cli")
    {
        var settings = SettingsResolver.Resolve(host, parsed.GetValue(globals.Profile), parsed.GetValue(globals.As));
        // Strict mode overriding --as is not silent; stderr keeps stdout the JSON result alone.
        if (settings.IdentityNote is { } note)
            await host.Error.WriteLineAsync($"{program}: note: {note}");
        return settings;
    }

    /// <summary>The library's options for the settings' hosts on the host's clock.</summary>
    public static LarkClientOptions Options(CliSettings settings, CliHost host) => new()
    {
        Brand = settings.Brand,
        OpenBaseUrl = settings.OpenBase,
        AccountsBaseUrl = settings.AccountsBase,
        Time = host.Time,
        UserAgent = UserAgent,
    };

    /// <summary>A client acting as the settings' identity; missing credentials fail here, naming the identity.</summary>
    public static LarkClient Create(CliSettings settings, CliHost host)
    {
        try
        {
            return new LarkClient(Options(settings, host), CliTokens.Create(settings, host), host.HttpHandler);
        }
        catch (CliFailureException e)
        {
            throw new CliFailureException(e.Failure, settings.Identity);
        }
    }
}
