using System.Text.Json.Nodes;

namespace Lark.Cli.Config;

/// <summary>
/// The <c>appSecret</c> of an app in <c>config.json</c>: a plain string, or a reference to a file or to the
/// credential store. <see cref="ToString"/> never shows a plain secret.
/// </summary>
/// <param name="Source">Which kind.</param>
/// <param name="Value">The secret (plain), the file path (file) or the store account (keychain).</param>
public sealed record SecretReference(SecretSource Source, string Value)
{
    /// <summary>The reference the official CLI writes after <c>config init</c>: <c>appsecret:&lt;appId&gt;</c> in the store.</summary>
    public static SecretReference ForKeychain(string appId) => new(SecretSource.Keychain, CredentialStore.AppSecretAccount(appId));

    /// <summary>Reads the JSON value; null when it is not one of the three shapes.</summary>
    public static SecretReference? FromNode(JsonNode? node) => node switch
    {
        JsonValue value when value.TryGetValue<string>(out var text) => new(SecretSource.Plain, text),
        JsonObject obj when obj["id"] is JsonValue idValue && idValue.TryGetValue<string>(out var id) && obj["source"] is JsonValue sourceValue && sourceValue.TryGetValue<string>(out var source) =>
            source switch
            {
                "file" => new(SecretSource.File, id),
                "keychain" => new(SecretSource.Keychain, id),
                _ => null,
            },
        _ => null,
    };

    /// <summary>The JSON value to write.</summary>
    public JsonNode ToNode() => Source switch
    {
        SecretSource.Plain => JsonValue.Create(Value),
        _ => new JsonObject { ["source"] = Source == SecretSource.File ? "file" : "keychain", ["id"] = Value },
    };

    /// <summary>Where it comes from, for people: never the secret.</summary>
    public string Describe() => Source switch
    {
        SecretSource.Plain => "config.json (plain text)",
        SecretSource.File => $"file {Value}",
        _ => $"keychain {Value}",
    };

    /// <inheritdoc />
    public override string ToString() => $"SecretReference({Describe()})";
}
