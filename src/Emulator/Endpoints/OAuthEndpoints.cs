using System.Text;
using System.Text.Json.Nodes;
using Lark.Emulator.Auth;
using Lark.Emulator.Fixtures;
using Lark.Emulator.Hosting;
using Lark.Emulator.Http;

namespace Lark.Emulator.Endpoints;

/// <summary>
/// The device flow (<c>/oauth/v1/device_authorization</c>) and the v2 token endpoint.
/// Errors follow RFC 6749/8628 (<c>{"error","error_description"}</c>, HTTP 400, 401 for bad client
/// credentials) plus a numeric <c>code</c>, which the official CLI reads. Lark's numbers for the
/// device-flow states are not public, so the ones below are the emulator's own: branch on <c>error</c>.
/// Refresh failures use 20026 (unknown, already used or revoked) and 20037 (expired); the protocol sheet
/// only says that 20026/20037/20064/20073 all mean "log in again".
/// </summary>
internal static class OAuthEndpoints
{
    private const string DeviceGrant = "urn:ietf:params:oauth:grant-type:device_code";

    /// <summary>Emulator-chosen codes for device-flow errors (not Lark's published numbers).</summary>
    private static readonly Dictionary<string, int> DeviceErrorCodes = new(StringComparer.Ordinal)
    {
        ["authorization_pending"] = 20065,
        ["slow_down"] = 20066,
        ["access_denied"] = 20067,
        ["expired_token"] = 20068,
        ["invalid_grant"] = 20069,
    };

    public static void Map(WebApplication app, EmulatorState state)
    {
        app.MapPost("/oauth/v1/device_authorization", context => DeviceAuthorization(context, state));
        app.MapPost("/open-apis/authen/v2/oauth/token", context => Token(context, state));
    }

    private static async Task DeviceAuthorization(HttpContext context, EmulatorState state)
    {
        var form = await ReadFormAsync(context);
        var basic = ParseBasic(context.Request.Headers.Authorization.ToString());
        var clientId = form.GetValueOrDefault("client_id") ?? basic?.Id;
        var app = Client(state, basic?.Id, basic?.Secret);
        if (app is null || clientId != app.AppId)
        {
            await Responses.OAuthError(context, 401, 20002, "invalid_client", "Client authentication failed.");
            return;
        }

        var scopes = SplitScopes(form.GetValueOrDefault("scope"));
        var device = state.Tokens.StartDevice(app.AppId, scopes);
        var baseUrl = $"{context.Request.Scheme}://{context.Request.Host}";
        await Responses.Json(context, 200, new JsonObject
        {
            ["device_code"] = device.DeviceCode,
            ["user_code"] = device.UserCode,
            ["verification_uri"] = $"{baseUrl}/oauth/v1/device/verify",
            ["verification_uri_complete"] = $"{baseUrl}/oauth/v1/device/verify?user_code={device.UserCode}",
            ["expires_in"] = state.Options.DeviceCodeLifetimeSeconds,
            ["interval"] = device.IntervalSeconds,
        });
    }

    private static async Task Token(HttpContext context, EmulatorState state)
    {
        var form = await ReadFormAsync(context);
        var app = Client(state, form.GetValueOrDefault("client_id"), form.GetValueOrDefault("client_secret"));
        if (app is null)
        {
            await Responses.OAuthError(context, 401, 20002, "invalid_client", "Client authentication failed.");
            return;
        }

        switch (form.GetValueOrDefault("grant_type"))
        {
            case DeviceGrant:
                await DeviceToken(context, state, app, form.GetValueOrDefault("device_code") ?? "");
                break;
            case "refresh_token":
                var (tokens, code) = state.Tokens.Refresh(app.AppId, form.GetValueOrDefault("refresh_token") ?? "");
                if (tokens is null)
                {
                    var description = code == TokenStore.RefreshExpired
                        ? "The refresh token has expired."
                        : "The refresh token is invalid, revoked or already used.";
                    await Responses.OAuthError(context, 400, code, "invalid_grant", description);
                    return;
                }

                await Success(context, tokens);
                break;
            default:
                await Responses.OAuthError(context, 400, 20001, "unsupported_grant_type", "grant_type is not supported.");
                break;
        }
    }

    private static async Task DeviceToken(HttpContext context, EmulatorState state, FixtureApp app, string deviceCode)
    {
        var autoUser = state.Index.Fixture.Users.FirstOrDefault()?.OpenId;
        var poll = state.Tokens.Poll(app.AppId, deviceCode, state.Options.AutoApproveDeviceAfterPolls, autoUser);
        if (poll.Approved is not { } approved)
        {
            var error = poll.Error ?? "invalid_grant";
            var description = error switch
            {
                "authorization_pending" => "The user has not yet approved the request.",
                "slow_down" => "Polling too fast; wait 5 seconds longer between polls.",
                "access_denied" => "The user denied the request.",
                "expired_token" => "The device code has expired.",
                _ => "The device code is invalid or was already used.",
            };
            await Responses.OAuthError(context, 400, DeviceErrorCodes[error], error, description);
            return;
        }

        var user = state.Index.Users.GetValueOrDefault(approved.UserOpenId ?? "");
        // A user grants only the asked scopes that the fixture lets them grant; offline_access always passes.
        var granted = approved.Scopes
            .Where(s => s == "offline_access" || user is null || user.Scopes.Contains(s))
            .ToList();
        var tokens = state.Tokens.IssueUserTokens(app.AppId, approved.UserOpenId ?? "", granted);
        await Success(context, tokens);
    }

    private static Task Success(HttpContext context, UserTokens tokens)
    {
        var body = new JsonObject
        {
            ["code"] = 0,
            ["access_token"] = tokens.AccessToken,
            ["expires_in"] = tokens.ExpiresIn,
        };
        if (tokens.RefreshToken is not null)
        {
            body["refresh_token"] = tokens.RefreshToken;
            body["refresh_token_expires_in"] = tokens.RefreshExpiresIn;
        }

        body["scope"] = string.Join(' ', tokens.Scopes);
        body["token_type"] = "Bearer";
        return Responses.Json(context, 200, body);
    }

    private static FixtureApp? Client(EmulatorState state, string? id, string? secret) =>
        id is not null && state.Index.Apps.TryGetValue(id, out var app) && app.AppSecret == secret ? app : null;

    private static List<string> SplitScopes(string? scope) =>
        [.. (scope ?? "").Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).Distinct(StringComparer.Ordinal)];

    private static (string Id, string Secret)? ParseBasic(string header)
    {
        const string Prefix = "Basic ";
        if (!header.StartsWith(Prefix, StringComparison.OrdinalIgnoreCase))
        {
            return null;
        }

        try
        {
            var decoded = Encoding.UTF8.GetString(Convert.FromBase64String(header[Prefix.Length..].Trim()));
            var colon = decoded.IndexOf(':', StringComparison.Ordinal);
            return colon < 0 ? null : (decoded[..colon], decoded[(colon + 1)..]);
        }
        catch (FormatException)
        {
            return null;
        }
    }

    private static async Task<Dictionary<string, string>> ReadFormAsync(HttpContext context)
    {
        var result = new Dictionary<string, string>(StringComparer.Ordinal);
        if (!context.Request.HasFormContentType)
        {
            return result;
        }

        var form = await context.Request.ReadFormAsync(context.RequestAborted);
        foreach (var (key, value) in form)
        {
            result[key] = value.ToString();
        }

        return result;
    }
}
