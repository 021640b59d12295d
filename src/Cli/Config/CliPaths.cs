using Lark.Cli.Hosting;

namespace Lark.Cli.Config;

/// <summary>
/// Where the official CLI keeps its files: the config directory (<c>LARKSUITE_CLI_CONFIG_DIR</c>, default
/// <c>~/.lark-cli</c>) with <c>config.json</c> and <c>locks/</c>, and the Linux credential store
/// <c>&lt;LARKSUITE_CLI_DATA_DIR or ~/.local/share&gt;/lark-cli/</c>.
/// </summary>
/// <param name="ConfigDirectory">The config directory.</param>
/// <param name="DataDirectory">The data directory the store lives in.</param>
public sealed record CliPaths(string ConfigDirectory, string DataDirectory)
{
    /// <summary><c>&lt;config&gt;/config.json</c>.</summary>
    public string ConfigFile => Path.Join(ConfigDirectory, "config.json");

    /// <summary><c>&lt;config&gt;/locks</c>: cross-process lock files.</summary>
    public string LocksDirectory => Path.Join(ConfigDirectory, "locks");

    /// <summary><c>&lt;data&gt;/lark-cli</c>: the encrypted credential store.</summary>
    public string StoreDirectory => Path.Join(DataDirectory, "lark-cli");

    /// <summary>The paths for <paramref name="host"/>'s environment (HOME from it too).</summary>
    public static CliPaths From(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        var home = host.Env("HOME") ?? Environment.GetFolderPath(Environment.SpecialFolder.UserProfile);
        var config = host.Env("LARKSUITE_CLI_CONFIG_DIR") is { } c ? Expand(c, home) : Path.Join(home, ".lark-cli");
        var data = host.Env("LARKSUITE_CLI_DATA_DIR") is { } d ? Expand(d, home) : Path.Join(home, ".local", "share");
        return new CliPaths(Path.GetFullPath(config, host.WorkingDirectory), Path.GetFullPath(data, host.WorkingDirectory));
    }

    // "~/x" in a variable set by a script that did not let the shell expand it.
    private static string Expand(string path, string home) =>
        path == "~" ? home : path.StartsWith("~/", StringComparison.Ordinal) ? Path.Join(home, path[2..]) : path;
}
