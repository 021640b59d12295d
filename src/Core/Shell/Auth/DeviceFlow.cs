using System.Text;
using System.Text.Json;
using Lark.Resources.Rules.Auth;
using Lark.Resources.Rules.Download;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Shell.Http;

namespace Lark.Resources.Shell.Auth;

/// <summary>
/// The OAuth 2.0 device flow (RFC 8628) as Lark serves it: start it on the accounts host with the app's
/// credentials, then poll the v2 token endpoint until the user approves. Every wait goes through the API's
/// <see cref="TimeProvider"/>. Failures are <see cref="LarkDownloadException"/>s of kind Auth (or Network/Api)
/// whose messages never hold a secret.
/// </summary>
public sealed class DeviceFlow
{
    /// <summary>The device-code grant type.</summary>
    public const string DeviceGrantType = "urn:ietf:params:oauth:grant-type:device_code";

    private readonly LarkApi _api;
    private readonly string _appId;
    private readonly string _appSecret;

    /// <summary>Creates the flow for one app over <paramref name="api"/>.</summary>
    public DeviceFlow(LarkApi api, string appId, string appSecret)
    {
        _api = api ?? throw new ArgumentNullException(nameof(api));
        _appId = appId ?? throw new ArgumentNullException(nameof(appId));
        _appSecret = appSecret ?? throw new ArgumentNullException(nameof(appSecret));
    }

    /// <summary>Starts a login for <paramref name="scope"/> (space-separated; <c>offline_access</c> is always added).</summary>
    public async Task<DeviceAuthorization> StartAsync(string? scope, CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string> { ["client_id"] = _appId, ["scope"] = DevicePollRule.ScopeWithOfflineAccess(scope) };
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_appId}:{_appSecret}"));
        using var document = await _api.PostFormAsync("oauth/v1/device_authorization", form, cancellationToken, _api.Options.AccountsBase, basic);
        var parsed = DeviceAuthorization.Parse(document.RootElement);
        if (parsed.TryGetValue(out var authorization))
            return authorization;
        var code = DevicePollRule.Code(document.RootElement);
        var invalidClient = DevicePollRule.Text(document.RootElement, "error") == "invalid_client";
        throw new LarkDownloadException(new DownloadFailure(invalidClient ? FailureKind.Auth : FailureKind.Api,
            $"could not start the login for app {_appId}: {parsed.Error}",
            invalidClient ? "Check the app id and secret: lark-cli config init." : "Check the accounts base URL and try again.", code == 0 ? null : code));
    }

    /// <summary>Polls the token endpoint once for <paramref name="deviceCode"/>; on approval, also returns the tokens.</summary>
    public async Task<(DevicePoll Poll, UserTokens? Tokens)> PollOnceAsync(string deviceCode, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(deviceCode);
        var form = new Dictionary<string, string>
        {
            ["grant_type"] = DeviceGrantType,
            ["device_code"] = deviceCode,
            ["client_id"] = _appId,
            ["client_secret"] = _appSecret,
        };
        using var document = await _api.PostFormAsync("open-apis/authen/v2/oauth/token", form, cancellationToken);
        var poll = DevicePollRule.Classify(document.RootElement);
        if (poll.Status != DevicePollStatus.Approved)
            return (poll, null);
        var root = document.RootElement.TryGetProperty("access_token", out _) ? document.RootElement : document.RootElement.GetProperty("data");
        var tokens = UserTokenSource.ReadTokens(root, _api.Time.GetUtcNow(), null);
        return tokens is null ? (poll with { Status = DevicePollStatus.Failed, Description = "the approved answer holds no usable token" }, null) : (poll, tokens);
    }

    /// <summary>
    /// Polls until the user approves, waiting <paramref name="interval"/> before each poll (5 s more after each
    /// <c>slow_down</c>, at most 60 s), and gives up at <paramref name="deadline"/> or on denial or expiry.
    /// <paramref name="progress"/> hears every poll answer.
    /// </summary>
    public async Task<UserTokens> WaitAsync(string deviceCode, TimeSpan interval, DateTimeOffset deadline, IProgress<DevicePoll>? progress, CancellationToken cancellationToken)
    {
        interval = DevicePollRule.ClampInterval(interval);
        while (true)
        {
            if (_api.Time.GetUtcNow() + interval > deadline)
                throw Stopped(new DevicePoll(DevicePollStatus.Expired, "expired_token", "the device code expired before the login was approved", null));
            await Task.Delay(interval, _api.Time, cancellationToken);
            var (poll, tokens) = await PollOnceAsync(deviceCode, cancellationToken);
            progress?.Report(poll);
            if (tokens is not null)
                return tokens;
            if (!poll.KeepPolling)
                throw Stopped(poll);
            interval = DevicePollRule.NextInterval(interval, poll.Status);
        }
    }

    /// <summary>Asks who <paramref name="accessToken"/> belongs to.</summary>
    public async Task<LarkUserInfo> GetUserAsync(string accessToken, CancellationToken cancellationToken)
    {
        using var document = await _api.GetJsonAsync("open-apis/authen/v1/user_info", accessToken, cancellationToken);
        var root = document.RootElement;
        var code = LarkApi.CodeOf(root);
        var data = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
        if (code != 0 || data.ValueKind != JsonValueKind.Object || DevicePollRule.Text(data, "open_id") is not { } openId)
        {
            var errorClass = ErrorCatalog.Classify(code, 400);
            throw new LarkDownloadException(new DownloadFailure(FailureKind.Auth,
                $"could not ask who logged in (user_info): Lark error {code}: {DevicePollRule.Text(root, "msg") ?? errorClass.Meaning}",
                errorClass.Hint, code == 0 ? null : code));
        }

        return new LarkUserInfo(openId, DevicePollRule.Text(data, "name") ?? DevicePollRule.Text(data, "en_name") ?? "");
    }

    /// <summary>The exception a poll that ends the flow without tokens becomes.</summary>
    public static LarkDownloadException Stopped(DevicePoll poll)
    {
        ArgumentNullException.ThrowIfNull(poll);
        var (message, hint) = poll.Status switch
        {
            DevicePollStatus.Denied => ("the login was denied on the verification page", "Run lark-cli auth login again and approve it."),
            DevicePollStatus.Expired => ("the login expired before it was approved", "Run lark-cli auth login again and approve it within the time shown."),
            DevicePollStatus.InvalidGrant => ("the device code is unknown or was already used", "Start a new login: lark-cli auth login --scope \"…\"."),
            _ when poll.Error == "invalid_client" => ("the app id or secret was rejected by the token endpoint", "Check the app credentials: lark-cli config init."),
            _ => ($"the token endpoint answered {poll.Error ?? "an unexpected answer"}", "Try again; if it persists, check the Open API base URL."),
        };
        var detail = poll.Description is { Length: > 0 } d ? $" ({d})" : "";
        return new LarkDownloadException(new DownloadFailure(poll.Status == DevicePollStatus.Failed && poll.Error != "invalid_client" ? FailureKind.Api : FailureKind.Auth,
            message + detail, hint, poll.Code));
    }
}
