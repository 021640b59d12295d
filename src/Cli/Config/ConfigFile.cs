using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lark.Cli.Output;

namespace Lark.Cli.Config;

/// <summary>
/// The official CLI's <c>config.json</c>:
/// <c>{"strictMode"?, "currentApp"?, "apps":[{"name"?, "appId", "appSecret", "brand", "lang"?, "defaultAs"?, "strictMode"?, "users":[…]}]}</c>,
/// plus our per-app <c>openBaseUrl</c> and <c>accountsBaseUrl</c>. Kept as a JSON tree (no reflection, AOT-safe)
/// so unknown fields survive a rewrite. Written as 2-space JSON, mode 0600 in a 0700 directory, atomically.
/// </summary>
public sealed class ConfigFile
{
    private static readonly JsonSerializerOptions Indented = new() { WriteIndented = true, IndentSize = 2, Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly JsonObject _root;

    private ConfigFile(JsonObject root, string path, bool exists)
    {
        _root = root;
        Path = path;
        Exists = exists;
    }

    /// <summary>The file this came from and is written to.</summary>
    public string Path { get; }

    /// <summary>Whether the file existed when loaded.</summary>
    public bool Exists { get; private set; }

    /// <summary>Top-level <c>strictMode</c>.</summary>
    public string? StrictMode
    {
        get => AppConfig.TextOf(_root, "strictMode");
        set => Set("strictMode", value);
    }

    /// <summary><c>currentApp</c>: the name or app id of the app used without <c>--profile</c>.</summary>
    public string? CurrentApp
    {
        get => AppConfig.TextOf(_root, "currentApp");
        set => Set("currentApp", value);
    }

    /// <summary><c>apps[]</c>, in order.</summary>
    public IReadOnlyList<AppConfig> Apps =>
        _root["apps"] is JsonArray apps ? [.. apps.OfType<JsonObject>().Select(a => new AppConfig(a))] : [];

    /// <summary>Loads <paramref name="path"/>; a missing file is an empty config. A malformed one is a config failure naming it.</summary>
    public static ConfigFile Load(string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        string text;
        try
        {
            text = File.ReadAllText(path);
        }
        catch (Exception e) when (e is FileNotFoundException or DirectoryNotFoundException)
        {
            return new ConfigFile([], path, exists: false);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            throw new CliFailureException(CliFailure.Config($"cannot read {path}: {e.Message}", "Check the file's permissions, or point LARKSUITE_CLI_CONFIG_DIR elsewhere."));
        }

        return Parse(text, path);
    }

    /// <summary>Parses the text of a config file; <paramref name="path"/> names it in errors.</summary>
    public static ConfigFile Parse(string text, string path)
    {
        JsonNode? node;
        try
        {
            node = JsonNode.Parse(text);
        }
        catch (JsonException e)
        {
            throw Malformed(path, $"not valid JSON ({e.Message})");
        }

        if (node is not JsonObject root)
            throw Malformed(path, "the top level is not a JSON object");
        Check(root, "strictMode", path, "");
        Check(root, "currentApp", path, "");
        if (root["apps"] is { } apps)
        {
            if (apps is not JsonArray array)
                throw Malformed(path, "\"apps\" is not an array");
            for (var i = 0; i < array.Count; i++)
            {
                var where = $"apps[{i}].";
                if (array[i] is not JsonObject app)
                    throw Malformed(path, $"apps[{i}] is not an object");
                if (AppConfig.TextOf(app, "appId") is null)
                    throw Malformed(path, $"{where}appId is missing or not a string");
                foreach (var name in (string[])["name", "appId", "brand", "lang", "defaultAs", "strictMode", "openBaseUrl", "accountsBaseUrl"])
                    Check(app, name, path, where);
                if (app["appSecret"] is { } secret && SecretReference.FromNode(secret) is null)
                    throw Malformed(path, $"{where}appSecret is neither a string nor {{\"source\":\"file\"|\"keychain\",\"id\":…}}");
                if (app["users"] is { } users && (users is not JsonArray list || list.Any(u => u is not JsonObject o || AppConfig.TextOf(o, "userOpenId") is null)))
                    throw Malformed(path, $"{where}users is not an array of {{\"userOpenId\",\"userName\"}}");
            }
        }

        return new ConfigFile(root, path, exists: true);
    }

    /// <summary>
    /// The app to use: <paramref name="profile"/> (a name or app id) when given, else <c>currentApp</c>, else the first;
    /// null when there are no apps. A profile or currentApp that names no app is a config failure.
    /// </summary>
    public AppConfig? Select(string? profile, string profileSource = "--profile")
    {
        var apps = Apps;
        if (profile is not null)
        {
            return apps.FirstOrDefault(a => a.Name == profile) ?? apps.FirstOrDefault(a => a.AppId == profile)
                ?? throw new CliFailureException(CliFailure.NotConfigured($"{profileSource} \"{profile}\" names no app in {Path}{Known(apps)}",
                    profileSource == "--profile"
                        ? "Use a name or app id from lark-cli config show, or add the app: lark-cli config init --app-id <id> --app-secret-stdin --name <name>."
                        : $"Unset {profileSource} or set it to a name or app id from lark-cli config show.") with { Param = profileSource });
        }

        if (CurrentApp is { } current)
        {
            return apps.FirstOrDefault(a => a.Name == current) ?? apps.FirstOrDefault(a => a.AppId == current)
                ?? throw new CliFailureException(CliFailure.Config($"currentApp \"{current}\" in {Path} names no app{Known(apps)}",
                    "Fix currentApp in the file, or run lark-cli config init again."));
        }

        return apps.Count > 0 ? apps[0] : null;
    }

    /// <summary>The app with <paramref name="appId"/>, added at the end when there is none.</summary>
    public AppConfig GetOrAddApp(string appId)
    {
        if (Apps.FirstOrDefault(a => a.AppId == appId) is { } existing)
            return existing;
        var apps = _root["apps"] as JsonArray ?? [];
        _root["apps"] = apps;
        var node = new JsonObject { ["appId"] = appId };
        apps.Add((JsonNode)node);
        return new AppConfig(node);
    }

    /// <summary>The file's text: 2-space JSON with a final newline.</summary>
    public string ToJson() => _root.ToJsonString(Indented) + "\n";

    /// <summary>Writes the file atomically (0600, in a 0700 directory).</summary>
    public void Save()
    {
        SecureFiles.EnsurePrivateDirectory(System.IO.Path.GetDirectoryName(Path)!);
        SecureFiles.WriteAtomic(Path, ToJson());
        Exists = true;
    }

    private void Set(string name, string? value)
    {
        if (value is null)
            _root.Remove(name);
        else
            _root[name] = value;
    }

    private static void Check(JsonObject node, string name, string path, string where)
    {
        if (node[name] is { } value && (value is not JsonValue v || !v.TryGetValue<string>(out _)))
            throw Malformed(path, $"{where}{name} is not a string");
    }

    private static string Known(IReadOnlyList<AppConfig> apps) =>
        apps.Count == 0 ? " (it has no apps)" : $" (apps: {string.Join(", ", apps.Select(a => a.Name is null ? a.AppId : $"{a.Name} [{a.AppId}]"))})";

    private static CliFailureException Malformed(string path, string why) =>
        new(CliFailure.Config($"{path} is malformed: {why}", "Fix the file (it is JSON), or move it away and run lark-cli config init."));
}
