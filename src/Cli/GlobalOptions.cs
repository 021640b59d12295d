using System.CommandLine;

namespace Lark.Cli;

/// <summary>
/// The options the official CLI's commands share (<c>--as</c>, <c>--profile</c>, <c>--jq</c>). Each command takes only
/// those that mean something to it (<c>mcp</c> prints no JSON to filter; <c>config init</c> uses no identity), so a
/// misplaced one is refused instead of silently ignored.
/// </summary>
public sealed class GlobalOptions
{
    /// <summary><c>--as user|bot</c>.</summary>
    public Option<string?> As { get; } = new("--as")
    {
        Description = "Identity to call the API as: user (a logged-in user) or bot (the app). Default: strict mode, then defaultAs, then user when a user login exists, else bot.",
        HelpName = "user|bot",
    };

    /// <summary><c>--profile NAME</c>.</summary>
    public Option<string?> Profile { get; } = new("--profile")
    {
        Description = "The app to use from config.json, by name or app id; it wins over LARKSUITE_CLI_APP_ID. Default: the environment's app, else currentApp, else the first app.",
        HelpName = "name",
    };

    /// <summary><c>--jq EXPR</c> / <c>-q EXPR</c>.</summary>
    public Option<string?> Jq { get; } = new("--jq", "-q")
    {
        Description = "Filter the JSON result with a jq expression, e.g. -q .data.saved_path. Supported: paths (.a.b, .a[0], .a[]), |, ',', length, keys, select(...), comparisons, and/or/not.",
        HelpName = "expr",
    };

    /// <summary>Adds the shared <paramref name="options"/> a command reads to <paramref name="command"/>.</summary>
    public static void AddTo(Command command, params Option[] options)
    {
        ArgumentNullException.ThrowIfNull(command);
        ArgumentNullException.ThrowIfNull(options);
        foreach (var option in options)
            command.Add(option);
    }
}
