using System.Text.Json.Nodes;

namespace Lark.Cli.Config;

/// <summary>
/// One entry of <c>apps[]</c> in <c>config.json</c>, a live view over its JSON object: fields this program does not
/// know stay as they were when the file is written back.
/// </summary>
public sealed class AppConfig
{
    internal AppConfig(JsonObject node) => Node = node;

    internal JsonObject Node { get; }

    /// <summary><c>name</c>: the profile name.</summary>
    public string? Name { get => Text("name"); set => Set("name", value); }

    /// <summary><c>appId</c>.</summary>
    public string? AppId { get => Text("appId"); set => Set("appId", value); }

    /// <summary><c>appSecret</c>: plain, file or keychain reference.</summary>
    public SecretReference? Secret
    {
        get => SecretReference.FromNode(Node["appSecret"]);
        set => Node["appSecret"] = value?.ToNode();
    }

    /// <summary><c>brand</c>: <c>feishu</c> or <c>lark</c>.</summary>
    public string? Brand { get => Text("brand"); set => Set("brand", value); }

    /// <summary><c>lang</c>.</summary>
    public string? Lang { get => Text("lang"); set => Set("lang", value); }

    /// <summary><c>defaultAs</c>: <c>user</c>, <c>bot</c> or <c>auto</c>.</summary>
    public string? DefaultAs { get => Text("defaultAs"); set => Set("defaultAs", value); }

    /// <summary><c>strictMode</c>: <c>bot</c>, <c>user</c> or <c>off</c>.</summary>
    public string? StrictMode { get => Text("strictMode"); set => Set("strictMode", value); }

    /// <summary><c>openBaseUrl</c> (ours): the Open API host of a private deployment.</summary>
    public string? OpenBaseUrl { get => Text("openBaseUrl"); set => Set("openBaseUrl", value); }

    /// <summary><c>accountsBaseUrl</c> (ours): the accounts (OAuth) host of a private deployment.</summary>
    public string? AccountsBaseUrl { get => Text("accountsBaseUrl"); set => Set("accountsBaseUrl", value); }

    /// <summary>The profile name, else the app id.</summary>
    public string DisplayName => Name ?? AppId ?? "(unnamed)";

    /// <summary><c>users[]</c>, in order; the first is the default user.</summary>
    public IReadOnlyList<ConfigUser> Users =>
        Node["users"] is JsonArray users
            ? [.. users.OfType<JsonObject>()
                .Select(u => (Id: TextOf(u, "userOpenId"), Name: TextOf(u, "userName")))
                .Where(u => u.Id is not null)
                .Select(u => new ConfigUser(u.Id!, u.Name))]
            : [];

    /// <summary>Makes <paramref name="user"/> the first user (replacing an entry with the same open id).</summary>
    public void PutFirstUser(ConfigUser user)
    {
        ArgumentNullException.ThrowIfNull(user);
        var users = Node["users"] as JsonArray ?? [];
        Node["users"] = users;
        var existing = users.OfType<JsonObject>().FirstOrDefault(u => TextOf(u, "userOpenId") == user.UserOpenId);
        if (existing is not null)
            users.Remove(existing);
        existing ??= [];
        existing["userOpenId"] = user.UserOpenId;
        existing["userName"] = user.UserName ?? "";
        users.Insert(0, existing);
    }

    /// <summary>Removes the user with <paramref name="userOpenId"/>; whether there was one.</summary>
    public bool RemoveUser(string userOpenId)
    {
        if (Node["users"] is not JsonArray users)
            return false;
        var found = users.OfType<JsonObject>().Where(u => TextOf(u, "userOpenId") == userOpenId).ToList();
        foreach (var user in found)
            users.Remove(user);
        return found.Count > 0;
    }

    /// <summary>Whether <paramref name="nameOrId"/> names this app.</summary>
    public bool Matches(string nameOrId) => Name == nameOrId || AppId == nameOrId;

    private string? Text(string name) => TextOf(Node, name);

    private void Set(string name, string? value)
    {
        if (value is null)
            Node.Remove(name);
        else
            Node[name] = value;
    }

    internal static string? TextOf(JsonObject node, string name) =>
        node[name] is JsonValue value && value.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
}
