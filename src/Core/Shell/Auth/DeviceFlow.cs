using System.Text;
using System.Text.Json;
using Lark.Resources.Rules.Auth;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Shell.Http;

namespace Lark.Resources.Shell.Auth;

/// <summary>
/// The OAuth 2.0 device flow (RFC 8628) as Lark serves it: start it on the accounts host with the app's
/// credentials, then poll the v2 token endpoint until the user approves. Every wait goes through the API's
/// <see cref="TimeProvider"/>. Failures are <see cref="LarkException"/>s (authentication, config, network or api)
/// whose messages never hold a secret.
/// </summary>
public sealed class DeviceFlow : IDisposable
{
    /// <summary>The device-code grant type.</summary>
    public const string DeviceGrantType = "urn:ietf:params:oauth:grant-type:device_code";

    private readonly LarkApi _api;
    private readonly string _appId;
    private readonly string _appSecret;

    /// <summary>Creates the flow for one app on <paramref name="options"/>' hosts and clock.</summary>
    /// <param name="options">Hosts and clock (the accounts host starts the flow, the Open API host issues tokens).</param>
    /// <param name="appId">The app id.</param>
    /// <param name="appSecret">The app secret.</param>
    /// <param name="handler">A custom HTTP handler, lent: never disposed by the flow.</param>
    public DeviceFlow(LarkClientOptions options, string appId, string appSecret, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        _appId = appId ?? throw new ArgumentNullException(nameof(appId));
        _appSecret = appSecret ?? throw new ArgumentNullException(nameof(appSecret));
        var http = LarkHttp.CreateClient(handler ?? LarkHttp.CreateHandler(), LarkHttp.UserAgentFor(options.UserAgent), disposeHandler: handler is null);
        _api = new LarkApi(http, options, ownsClient: true);
    }

    /// <inheritdoc />
    public void Dispose() => _api.Dispose();

    /// <summary>Starts a login for <paramref name="scope"/> (space-separated; <c>offline_access</c> is always added).</summary>
    public async Task<DeviceAuthorization> StartAsync(string? scope, CancellationToken cancellationToken)
    {
        var form = new Dictionary<string, string> { ["client_id"] = _appId, ["scope"] = DevicePollRule.ScopeWithOfflineAccess(scope) };
        var basic = Convert.ToBase64String(Encoding.UTF8.GetBytes($"{_appId}:{_appSecret}"));
        using var document = await _api.PostFormAsync("oauth/v1/device_authorization", form, cancellationToken, _api.Options.AccountsBase, basic);
        var parsed = DeviceAuthorization.Parse(document.RootElement);
        if (parsed.TryGetValue(out var authorization))
            return authorization;
        throw new LarkException(DevicePollRule.StartFailure(document.RootElement, _appId, parsed.Error ?? "no answer"));
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
        var tokens = TokenAnswer.User(document.RootElement, _api.Time.GetUtcNow(), null);
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
        var code = LarkCode.Of(root);
        var data = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("data", out var d) && d.ValueKind == JsonValueKind.Object ? d : default;
        if (code != 0 || data.ValueKind != JsonValueKind.Object || DevicePollRule.Text(data, "open_id") is not { } openId)
        {
            var failure = ErrorCatalog.Failure(400, new LarkError(code, DevicePollRule.Text(root, "msg") ?? "", null, null, [], []), null, "asking who logged in (user_info)");
            throw new LarkException(code == 0 ? failure with { Category = ErrorCategory.Authentication, Subtype = ErrorSubtype.TokenInvalid, LarkCode = null } : failure);
        }

        return new LarkUserInfo(openId, DevicePollRule.Text(data, "name") ?? DevicePollRule.Text(data, "en_name") ?? "");
    }

    /// <summary>The exception a poll that ends the flow without tokens becomes.</summary>
    public static LarkException Stopped(DevicePoll poll) => new(DevicePollRule.Failure(poll));
}
