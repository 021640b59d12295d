using System.CommandLine;

namespace Lark.Cli;

/// <summary>Options every command takes, as in the official CLI.</summary>
public sealed class GlobalOptions
{
    /// <summary><c>--as user|bot</c>.</summary>
    public Option<string?> As { get; } = new("--as")
    {
        Description = "Identity to call the API as: user (a logged-in user) or bot (the app). Default: strict mode, then defaultAs, then user when a user login exists, else bot.",
        HelpName = "user|bot",
        Recursive = true,
    };

    /// <summary><c>--profile NAME</c>.</summary>
    public Option<string?> Profile { get; } = new("--profile")
    {
        Description = "The app to use from config.json, by name or app id; it wins over LARKSUITE_CLI_APP_ID. Default: the environment's app, else currentApp, else the first app.",
        HelpName = "name",
        Recursive = true,
    };

    /// <summary><c>--jq EXPR</c> / <c>-q EXPR</c>.</summary>
    public Option<string?> Jq { get; } = new("--jq", "-q")
    {
        Description = "Filter the JSON result with a jq expression, e.g. -q .data.saved_path. Supported: paths (.a.b, .a[0], .a[]), |, ',', length, keys, select(...), comparisons, and/or/not.",
        HelpName = "expr",
        Recursive = true,
    };

    /// <summary>Adds the options to the root command.</summary>
    public void AddTo(Command root)
    {
        ArgumentNullException.ThrowIfNull(root);
        root.Add(As);
        root.Add(Profile);
        root.Add(Jq);
    }
}
