using System.Security.Cryptography;

namespace Lark.Emulator.Auth;

/// <summary>Issues, checks and revokes tenant, user and refresh tokens and device codes.</summary>
internal sealed class TokenStore(EmulatorOptions options)
{
    // Lark hands out a new tenant token only when the current one has less than 30 minutes left.
    private static readonly TimeSpan ReuseThreshold = TimeSpan.FromMinutes(30);

    private readonly Lock gate = new();
    private readonly TimeProvider time = options.Time;
    private readonly Dictionary<string, TenantToken> tenantTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, UserToken> userTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, RefreshToken> refreshTokens = new(StringComparer.Ordinal);
    private readonly Dictionary<string, DeviceAuthorization> devices = new(StringComparer.Ordinal);

    public (string Token, int ExpiresIn) IssueTenantToken(string appId, string prefix = "t-")
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            var current = tenantTokens.Values
                .Where(t => t.AppId == appId && t.Token.StartsWith(prefix, StringComparison.Ordinal) && t.ExpiresAt - now >= ReuseThreshold)
                .MaxBy(t => t.ExpiresAt);
            if (current is not null)
            {
                return (current.Token, (int)(current.ExpiresAt - now).TotalSeconds);
            }

            var token = prefix + NewId();
            tenantTokens[token] = new TenantToken(token, appId, now.AddSeconds(options.TenantTokenLifetimeSeconds));
            return (token, options.TenantTokenLifetimeSeconds);
        }
    }

    public UserTokens IssueUserTokens(string appId, string openId, IReadOnlyList<string> scopes)
    {
        var now = time.GetUtcNow();
        var access = "u-" + NewId();
        string? refresh = scopes.Contains("offline_access") ? "ur-" + NewId() : null;
        lock (gate)
        {
            userTokens[access] = new UserToken(access, appId, openId, scopes.ToHashSet(StringComparer.Ordinal), now.AddSeconds(options.UserTokenLifetimeSeconds));
            if (refresh is not null)
            {
                refreshTokens[refresh] = new RefreshToken(refresh, appId, openId, scopes, now.AddSeconds(options.RefreshTokenLifetimeSeconds));
            }
        }

        return new UserTokens(access, options.UserTokenLifetimeSeconds, refresh, options.RefreshTokenLifetimeSeconds, scopes);
    }

    /// <summary>Checks a bearer token; returns the caller or the Lark error code.</summary>
    public (Caller? Caller, int Code) Authenticate(string? authorization)
    {
        const string Bearer = "Bearer ";
        if (string.IsNullOrWhiteSpace(authorization) || !authorization.StartsWith(Bearer, StringComparison.OrdinalIgnoreCase))
        {
            return (null, Http.LarkError.MissingToken);
        }

        var token = authorization[Bearer.Length..].Trim();
        if (token.Length == 0)
        {
            return (null, Http.LarkError.MissingToken);
        }

        var now = time.GetUtcNow();
        lock (gate)
        {
            if (token.StartsWith("u-", StringComparison.Ordinal))
            {
                if (!userTokens.TryGetValue(token, out var user))
                {
                    return (null, Http.LarkError.InvalidUserToken);
                }

                return user.Expired || now >= user.ExpiresAt
                    ? (null, Http.LarkError.ExpiredUserToken)
                    : (new Caller(user.AppId, user.OpenId, user.Scopes), 0);
            }

            // Only t- tokens call the IM APIs; an app token (a-) or anything else is an invalid tenant token.
            if (token.StartsWith("t-", StringComparison.Ordinal)
                && tenantTokens.TryGetValue(token, out var tenant) && now < tenant.ExpiresAt)
            {
                return (new Caller(tenant.AppId, null, new HashSet<string>()), 0);
            }

            return (null, Http.LarkError.InvalidTenantToken);
        }
    }

    /// <summary>Rotates a refresh token. Returns the new tokens or the error code (20026 unknown/used/revoked, 20037 expired).</summary>
    public (UserTokens? Tokens, int Code) Refresh(string appId, string refreshToken)
    {
        RefreshToken? found;
        lock (gate)
        {
            if (!refreshTokens.TryGetValue(refreshToken, out found) || found.AppId != appId || found.Used)
            {
                return (null, RefreshInvalid);
            }

            if (time.GetUtcNow() >= found.ExpiresAt)
            {
                return (null, RefreshExpired);
            }

            // A refresh token works once: mark it used so a replay is refused.
            refreshTokens[refreshToken] = found with { Used = true };
        }

        return (IssueUserTokens(found.AppId, found.OpenId, found.Scopes), 0);
    }

    /// <summary>Refresh token unknown, already used, or revoked.</summary>
    public const int RefreshInvalid = 20026;

    /// <summary>Refresh token expired.</summary>
    public const int RefreshExpired = 20037;

    public void RevokeTenantTokens()
    {
        lock (gate)
        {
            tenantTokens.Clear();
        }
    }

    public bool Revoke(string token)
    {
        lock (gate)
        {
            return tenantTokens.Remove(token) | userTokens.Remove(token) | refreshTokens.Remove(token);
        }
    }

    public void ExpireUserTokens()
    {
        lock (gate)
        {
            foreach (var key in userTokens.Keys.ToList())
            {
                userTokens[key] = userTokens[key] with { Expired = true };
            }
        }
    }

    public DeviceAuthorization StartDevice(string appId, IReadOnlyList<string> scopes)
    {
        var device = new DeviceAuthorization
        {
            DeviceCode = "dc_" + NewId(),
            UserCode = NewUserCode(),
            AppId = appId,
            Scopes = scopes,
            ExpiresAt = time.GetUtcNow().AddSeconds(options.DeviceCodeLifetimeSeconds),
            IntervalSeconds = options.DeviceIntervalSeconds,
        };
        lock (gate)
        {
            devices[device.DeviceCode] = device;
        }

        return device;
    }

    /// <summary>Sets the outcome of a pending device login found by user code or device code.</summary>
    public bool Decide(string userCodeOrDeviceCode, DeviceState state, string? userOpenId)
    {
        lock (gate)
        {
            var device = devices.Values.FirstOrDefault(d =>
                d.DeviceCode == userCodeOrDeviceCode || string.Equals(d.UserCode, userCodeOrDeviceCode, StringComparison.OrdinalIgnoreCase));
            if (device is null || device.State != DeviceState.Pending)
            {
                return false;
            }

            device.State = state;
            device.UserOpenId = userOpenId;
            return true;
        }
    }

    /// <summary>One poll of the token endpoint for a device code.</summary>
    public DevicePoll Poll(string appId, string deviceCode, int? autoApproveAfter, string? autoApproveUser)
    {
        var now = time.GetUtcNow();
        lock (gate)
        {
            if (!devices.TryGetValue(deviceCode, out var device) || device.AppId != appId || device.State == DeviceState.Consumed)
            {
                return new DevicePoll("invalid_grant", null);
            }

            if (now >= device.ExpiresAt)
            {
                return new DevicePoll("expired_token", null);
            }

            if (device.State == DeviceState.Denied)
            {
                return new DevicePoll("access_denied", null);
            }

            if (device.State == DeviceState.Pending)
            {
                // RFC 8628 §3.5: polling faster than the interval earns slow_down and a 5 s longer interval.
                if (device.LastPoll is { } last && now - last < TimeSpan.FromSeconds(device.IntervalSeconds))
                {
                    device.LastPoll = now;
                    device.IntervalSeconds += 5;
                    return new DevicePoll("slow_down", null);
                }

                device.LastPoll = now;
                if (autoApproveAfter is { } n && autoApproveUser is not null && device.PendingPolls >= n)
                {
                    device.State = DeviceState.Approved;
                    device.UserOpenId = autoApproveUser;
                }
                else
                {
                    device.PendingPolls++;
                    return new DevicePoll("authorization_pending", null);
                }
            }

            device.State = DeviceState.Consumed;
            return new DevicePoll(null, device);
        }
    }

    private static string NewId() => Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));

    private static string NewUserCode()
    {
        // Consonants only, as RFC 8628 §6.1 suggests, so codes are easy to read and type.
        const string Alphabet = "BCDFGHJKLMNPQRSTVWXZ";
        Span<char> code = stackalloc char[9];
        for (var i = 0; i < code.Length; i++)
        {
            code[i] = i == 4 ? '-' : Alphabet[RandomNumberGenerator.GetInt32(Alphabet.Length)];
        }

        return new string(code);
    }

    private sealed record TenantToken(string Token, string AppId, DateTimeOffset ExpiresAt);

    private sealed record UserToken(string Token, string AppId, string OpenId, IReadOnlySet<string> Scopes, DateTimeOffset ExpiresAt, bool Expired = false);

    private sealed record RefreshToken(string Token, string AppId, string OpenId, IReadOnlyList<string> Scopes, DateTimeOffset ExpiresAt, bool Used = false);
}

