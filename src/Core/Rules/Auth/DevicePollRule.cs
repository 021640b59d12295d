using System.Globalization;
using System.Text.Json;
using Lark.Resources.Rules.Errors;

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
        var code = Errors.LarkCode.Of(root);
        var status = error switch
        {
            null when code == 0 && Text(root, "access_token") is not null => DevicePollStatus.Approved,
            null when code == 0 && JsonText.Field(root, "data") is { ValueKind: JsonValueKind.Object } data && Text(data, "access_token") is not null => DevicePollStatus.Approved,
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
        JsonText.Field(element, name) is { } value
            ? value.ValueKind switch
            {
                JsonValueKind.Number when value.TryGetInt64(out var n) => n,
                JsonValueKind.String when long.TryParse(JsonText.Of(value), NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) => n,
                _ => null,
            }
            : null;


    /// <summary>Why a device flow could not start: the app was refused (config/invalid_client), or the answer was not one.</summary>
    public static LarkFailure StartFailure(JsonElement root, string appId, string reason)
    {
        var code = LarkCode.Of(root);
        var invalidClient = Text(root, "error") == "invalid_client";
        return new LarkFailure
        {
            Category = invalidClient ? ErrorCategory.Config : ErrorCategory.Api,
            Subtype = invalidClient ? ErrorSubtype.InvalidClient : ErrorSubtype.Unknown,
            Message = Wording.Text($"could not start the login for app {appId}: {reason}"),
            Hint = invalidClient ? Wording.Of($"Check the app id and secret ({Term.Configure}).") : Wording.Text("Check the accounts base URL and try again."),
            Fix = invalidClient ? FixKind.Configure : FixKind.CheckNetwork,
            LarkCode = code == 0 ? null : code,
        };
    }

    /// <summary>Why a device flow ended without tokens: denied, expired, an unknown code, a refused app, or an odd answer.</summary>
    public static LarkFailure Failure(DevicePoll poll)
    {
        ArgumentNullException.ThrowIfNull(poll);
        var invalidClient = poll.Error == "invalid_client";
        // A refused app is config/invalid_client whatever the status, as the category below says; a denial is an
        // authentication failure, and user_unauthorized refines authorization only, so it has no more specific subtype.
        var (subtype, message, hint) = poll.Status switch
        {
            _ when invalidClient => (ErrorSubtype.InvalidClient, "the app id or secret was rejected by the token endpoint", Wording.Of($"Check the app credentials ({Term.Configure}).")),
            DevicePollStatus.Denied => (ErrorSubtype.UserUnauthorized, "the login was denied on the verification page", Wording.Of($"Start it again ({Term.LogIn()}) and approve it.")),
            DevicePollStatus.Expired => (ErrorSubtype.TokenExpired, "the login expired before it was approved", Wording.Of($"Start it again ({Term.LogIn()}) and approve it within the time shown.")),
            DevicePollStatus.InvalidGrant => (ErrorSubtype.TokenInvalid, "the device code is unknown or was already used", Wording.Of($"Start a new login: {Term.LogIn()}.")),
            _ => (ErrorSubtype.Unknown, $"the token endpoint answered {poll.Error ?? "an unexpected answer"}", Wording.Text("Try again; if it persists, check the Open API base URL.")),
        };
        var detail = poll.Description is { Length: > 0 } d ? $" ({d})" : "";
        return new LarkFailure
        {
            // A denied login is the user not authorising the app: authorization/user_unauthorized, as the official catalogue has it.
            Category = invalidClient ? ErrorCategory.Config
                : poll.Status == DevicePollStatus.Failed ? ErrorCategory.Api
                : poll.Status == DevicePollStatus.Denied ? ErrorCategory.Authorization
                : ErrorCategory.Authentication,
            Subtype = subtype,
            Message = Wording.Text(message + detail),
            Hint = hint,
            Fix = invalidClient ? FixKind.Configure : poll.Status == DevicePollStatus.Failed ? FixKind.Retry : FixKind.LogIn,
            LarkCode = poll.Code,
        };
    }
}
