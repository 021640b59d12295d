using System.Globalization;
using System.Text.Json;

namespace Lark.Resources.Rules.Auth;

/// <summary>Pure rules of device-flow polling: classify an answer, pace the next poll.</summary>
public static class DevicePollRule
{
    /// <summary>The interval when the server names none (RFC 8628: 5 s).</summary>
    public const int DefaultIntervalSeconds = 5;

    /// <summary>The longest interval: <c>slow_down</c> adds 5 s up to this.</summary>
    public static readonly TimeSpan MaxInterval = TimeSpan.FromSeconds(60);

    /// <summary>The shortest interval honoured, so a bad answer cannot make the program hammer the server.</summary>
    public static readonly TimeSpan MinInterval = TimeSpan.FromSeconds(1);

    /// <summary>Classifies a token-endpoint answer during a device flow.</summary>
    public static DevicePoll Classify(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return new(DevicePollStatus.Failed, null, "the token endpoint answered something that is not a JSON object", null);
        var error = Text(root, "error");
        var description = Text(root, "error_description") ?? Text(root, "msg");
        var code = Code(root);
        var status = error switch
        {
            null when code == 0 && Text(root, "access_token") is not null => DevicePollStatus.Approved,
            null when code == 0 && root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object && Text(data, "access_token") is not null => DevicePollStatus.Approved,
            "authorization_pending" => DevicePollStatus.Pending,
            "slow_down" => DevicePollStatus.SlowDown,
            "access_denied" => DevicePollStatus.Denied,
            "expired_token" => DevicePollStatus.Expired,
            "invalid_grant" => DevicePollStatus.InvalidGrant,
            _ => DevicePollStatus.Failed,
        };
        return new(status, error, description, code == 0 ? null : code);
    }

    /// <summary>The interval before the next poll: 5 s more after <c>slow_down</c>, capped at <see cref="MaxInterval"/>.</summary>
    public static TimeSpan NextInterval(TimeSpan current, DevicePollStatus status) =>
        ClampInterval(status == DevicePollStatus.SlowDown ? current + TimeSpan.FromSeconds(5) : current);

    /// <summary>Keeps an interval within [<see cref="MinInterval"/>, <see cref="MaxInterval"/>].</summary>
    public static TimeSpan ClampInterval(TimeSpan interval) =>
        interval < MinInterval ? MinInterval : interval > MaxInterval ? MaxInterval : interval;

    /// <summary>The scope to ask for: the given scopes, deduplicated in order, plus <c>offline_access</c> (for a refresh token).</summary>
    public static string ScopeWithOfflineAccess(string? scope)
    {
        var scopes = (scope ?? "").Split([' ', ',', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Distinct(StringComparer.Ordinal).ToList();
        if (!scopes.Contains("offline_access", StringComparer.Ordinal))
            scopes.Add("offline_access");
        return string.Join(' ', scopes);
    }

    /// <summary>A string property, or null when absent, empty or not a string.</summary>
    public static string? Text(JsonElement element, string name) =>
        JsonText.Property(element, name) is { Length: > 0 } text ? text : null;

    /// <summary>A whole number of seconds (number or numeric string), or null.</summary>
    public static long? Seconds(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var value)
            ? value.ValueKind switch
            {
                JsonValueKind.Number when value.TryGetInt64(out var n) => n,
                JsonValueKind.String when long.TryParse(JsonText.Of(value), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
                _ => null,
            }
            : null;

    /// <summary>The Lark <c>code</c> (number or string); 0 when absent.</summary>
    public static int Code(JsonElement root) => (int)Math.Clamp(Seconds(root, "code") ?? 0, int.MinValue, int.MaxValue);
}
