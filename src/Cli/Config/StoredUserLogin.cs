using Lark.Resources.Rules.Auth;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lark.Cli.Config;

/// <summary>
/// A user's login as the official CLI stores it under <c>&lt;appId&gt;:&lt;userOpenId&gt;</c>:
/// <c>{"userOpenId","appId","accessToken","refreshToken","expiresAt","refreshExpiresAt","scope","grantedAt"}</c>,
/// times in Unix milliseconds. <see cref="ToString"/> never shows a token.
/// </summary>
/// <param name="UserOpenId">The user.</param>
/// <param name="AppId">The app the tokens were issued to.</param>
/// <param name="Tokens">The tokens.</param>
/// <param name="GrantedAt">When the user logged in.</param>
public sealed record StoredUserLogin(string UserOpenId, string AppId, UserTokens Tokens, DateTimeOffset GrantedAt)
{
    /// <summary>Reads the stored JSON; null when it is not a login.</summary>
    public static StoredUserLogin? Parse(string json)
    {
        JsonObject? root;
        try
        {
            root = JsonNode.Parse(json) as JsonObject;
        }
        catch (JsonException)
        {
            return null;
        }

        if (root is null || AppConfig.TextOf(root, "accessToken") is not { } access)
            return null;
        var expires = Millis(root["expiresAt"]) ?? 0;
        var refreshExpires = Millis(root["refreshExpiresAt"]);
        return new StoredUserLogin(AppConfig.TextOf(root, "userOpenId") ?? "", AppConfig.TextOf(root, "appId") ?? "",
            new UserTokens(access, AppConfig.TextOf(root, "refreshToken"), DateTimeOffset.FromUnixTimeMilliseconds(expires),
                refreshExpires is > 0 ? DateTimeOffset.FromUnixTimeMilliseconds(refreshExpires.Value) : null, AppConfig.TextOf(root, "scope")),
            DateTimeOffset.FromUnixTimeMilliseconds(Millis(root["grantedAt"]) ?? 0));
    }

    /// <summary>The JSON to store (compact, field order as the official CLI's).</summary>
    public string ToJson() => new JsonObject
    {
        ["userOpenId"] = UserOpenId,
        ["appId"] = AppId,
        ["accessToken"] = Tokens.AccessToken,
        ["refreshToken"] = Tokens.RefreshToken ?? "",
        ["expiresAt"] = Tokens.ExpiresAt.ToUnixTimeMilliseconds(),
        ["refreshExpiresAt"] = Tokens.RefreshExpiresAt?.ToUnixTimeMilliseconds() ?? 0,
        ["scope"] = Tokens.Scope ?? "",
        ["grantedAt"] = GrantedAt.ToUnixTimeMilliseconds(),
    }.ToJsonString();

    /// <summary>Whether the access token is still valid at <paramref name="now"/>.</summary>
    public bool AccessValid(DateTimeOffset now) => now < Tokens.ExpiresAt;

    /// <summary>Whether a refresh can still renew it at <paramref name="now"/>.</summary>
    public bool Refreshable(DateTimeOffset now) =>
        Tokens.RefreshToken is { Length: > 0 } && (Tokens.RefreshExpiresAt is not { } until || now < until);

    /// <summary>Whether the login can be used at <paramref name="now"/> (valid, or renewable).</summary>
    public bool Usable(DateTimeOffset now) => AccessValid(now) || Refreshable(now);

    /// <inheritdoc />
    public override string ToString() => $"StoredUserLogin({AppId}:{UserOpenId}, {Tokens})";

    private static long? Millis(JsonNode? node) => node is JsonValue value
        ? value.TryGetValue<long>(out var n) ? n
        : value.TryGetValue<double>(out var d) ? (long)d
        : value.TryGetValue<string>(out var s) && long.TryParse(s, System.Globalization.CultureInfo.InvariantCulture, out var p) ? p
        : null
        : null;
}
