using System.Globalization;
using System.Text.Json;
using Lark.Resources.Properties.Errors;

namespace Lark.Resources.Properties.Auth;

/// <summary>Token endpoint answers: the fields the rules read, each absent or of any JSON kind, under the root or <c>data</c>.</summary>
internal static class AuthJson
{
    public const string AccessSecret = "u-SECRET-access-7f3a";
    public const string RefreshSecret = "ur-SECRET-refresh-91bc";
    public const string TenantSecret = "t-SECRET-tenant-c0de";

    private static string Quote(string text) => JsonSerializer.Serialize(text);

    public static Gen<string> Texts(string secret) => Gen.Elements(Quote(secret), "\"\"", "5", "null", "true", "{}", "[\"x\"]", "\"\\ud800\"");

    public static Gen<string> Seconds { get; } = Gen.Frequency(
        (3, Gen.Choose(-100, 100_000).Select(i => i.ToString(CultureInfo.InvariantCulture))),
        (2, Gen.Choose(0, 100_000).Select(i => "\"" + i.ToString(CultureInfo.InvariantCulture) + "\"")),
        (1, Gen.Elements("9223372036854775807", "\"-9223372036854775808\"", "99999999999999999999", "1.5", "\"1.5\"", "\"soon\"", "null", "{}", "\" 60\"", "\"+60\"")));

    public static Gen<string> Words { get; } = Gen.Elements(
        "\"authorization_pending\"", "\"slow_down\"", "\"access_denied\"", "\"expired_token\"", "\"invalid_grant\"", "\"invalid_client\"",
        "\"server_error\"", "\"\"", "null", "7", "\"{Output} --flag\"");

    // Optional fields: each present about half the time.
    private static Gen<string?> Field(string name, Gen<string> values) =>
        Gen.Frequency((1, Gen.Constant<string?>(null)), (1, values.Select(v => (string?)$"\"{name}\":{v}")));

    public static Gen<string> Body { get; } =
        from accessToken in Field("access_token", Texts(AccessSecret))
        from refreshToken in Field("refresh_token", Texts(RefreshSecret))
        from expiresIn in Field("expires_in", Seconds)
        from refreshExpiresIn in Field("refresh_token_expires_in", Seconds)
        from scope in Field("scope", Gen.Elements("\"im:message:readonly offline_access\"", "\"\"", "3"))
        select "{" + string.Join(',', new[] { accessToken, refreshToken, expiresIn, refreshExpiresIn, scope }.OfType<string>()) + "}";

    public static Gen<string> Answers { get; } = Gen.Frequency(
        (6, from code in Gen.Frequency((3, Gen.Elements("0", "\"0\"")), (2, LarkCodeProperties.Values), (1, Gen.Constant("")))
            from top in Body
            from data in Gen.Frequency((1, Gen.Constant<string?>(null)), (2, Body.Select(b => (string?)b)), (1, Gen.Elements<string?>("[]", "\"x\"", "null")))
            from tenant in Field("tenant_access_token", Texts(TenantSecret))
            from expire in Field("expire", Seconds)
            from error in Field("error", Words)
            from description in Field("error_description", Gen.Elements("\"the code is bad\"", "5", "\"\""))
            from msg in Field("msg", Gen.Elements("\"no\"", "\"\"", "[]"))
            let fields = new[] { code.Length == 0 ? null : "\"code\":" + code, tenant, expire, error, description, msg, data is null ? null : "\"data\":" + data }
            select "{" + string.Join(',', fields.Concat([top[1..^1]]).Where(f => !string.IsNullOrEmpty(f))) + "}"),
        (1, Gen.Elements("[]", "null", "5", "\"x\"", "{}", "[{\"access_token\":\"a\"}]")));

    /// <summary>Parses <paramref name="json"/> and runs <paramref name="read"/> on its root while the document lives.</summary>
    public static T With<T>(string json, Func<JsonElement, T> read)
    {
        using var document = JsonDocument.Parse(json);
        return read(document.RootElement);
    }
}
