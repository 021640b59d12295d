using System.Text.Json;

namespace Lark.Resources.Rules.Auth;

/// <summary>The answer of <c>POST /oauth/v1/device_authorization</c>: what the user must open and what the program polls with.</summary>
/// <param name="DeviceCode">The code the program polls the token endpoint with (a secret of sorts: it redeems a login).</param>
/// <param name="UserCode">The code the user confirms on the verification page.</param>
/// <param name="VerificationUri">The page to open.</param>
/// <param name="VerificationUriComplete">The page with the user code filled in, when the server sent one.</param>
/// <param name="ExpiresIn">How long the device code stays usable.</param>
/// <param name="Interval">How long to wait between polls.</param>
public sealed record DeviceAuthorization(string DeviceCode, string UserCode, string VerificationUri, string? VerificationUriComplete, TimeSpan ExpiresIn, TimeSpan Interval)
{
    /// <summary>The URL to show a person: the complete one when there is one.</summary>
    public string VerificationUrl => VerificationUriComplete ?? VerificationUri;

    /// <summary>Reads the answer; a failure says what was missing or what the server said.</summary>
    public static Result<DeviceAuthorization> Parse(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return Result<DeviceAuthorization>.Fail("the device authorization answer is not a JSON object");
        if (DevicePollRule.Text(root, "error") is { } error)
            return Result<DeviceAuthorization>.Fail($"device authorization refused: {error} {DevicePollRule.Text(root, "error_description")}".TrimEnd());
        // Some deployments wrap the fields in "data".
        var body = JsonText.Field(root, "data") is { ValueKind: JsonValueKind.Object } data ? data : root;
        var deviceCode = DevicePollRule.Text(body, "device_code");
        var userCode = DevicePollRule.Text(body, "user_code");
        var uri = DevicePollRule.Text(body, "verification_uri") ?? DevicePollRule.Text(body, "verification_url");
        if (deviceCode is null || userCode is null || uri is null)
            return Result<DeviceAuthorization>.Fail($"the device authorization answer lacks device_code, user_code or verification_uri (code {Errors.LarkCode.Of(root)})");
        var expires = DevicePollRule.Seconds(body, "expires_in") ?? 300;
        var interval = DevicePollRule.Seconds(body, "interval") ?? DevicePollRule.DefaultIntervalSeconds;
        return Result<DeviceAuthorization>.Ok(new DeviceAuthorization(deviceCode, userCode, uri, DevicePollRule.Text(body, "verification_uri_complete"),
            TimeSpan.FromSeconds(Math.Max(expires, 1)), DevicePollRule.ClampInterval(TimeSpan.FromSeconds(interval))));
    }

    /// <inheritdoc />
    public override string ToString() => $"DeviceAuthorization(user code {UserCode}, {VerificationUri}, expires in {ExpiresIn})";
}
