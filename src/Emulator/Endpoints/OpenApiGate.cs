using Lark.Emulator.Auth;
using Lark.Emulator.Hosting;
using Lark.Emulator.Http;

namespace Lark.Emulator.Endpoints;

/// <summary>The checks every Open API call makes before its own: token, rate limit, scopes.</summary>
internal static class OpenApiGate
{
    private static readonly string[] MessageScopes = ["im:message", "im:message:readonly", "im:message.history:readonly"];

    /// <summary>Token then rate limit. Writes the error and returns <see langword="null"/> when refused.</summary>
    public static async Task<Caller?> AuthenticateAsync(HttpContext context, EmulatorState state)
    {
        var (caller, code) = state.Tokens.Authenticate(context.Request.Headers.Authorization.ToString());
        if (caller is null)
        {
            await Responses.LarkError(context, code);
            return null;
        }

        var decision = state.RateLimiter.Check(caller.AppId);
        if (!decision.Allow)
        {
            context.Response.Headers["x-ogw-ratelimit-limit"] = decision.Limit.ToString();
            context.Response.Headers["x-ogw-ratelimit-reset"] = decision.ResetSeconds.ToString();
            await Responses.LarkError(context, LarkError.RateLimited);
            return null;
        }

        return caller;
    }

    /// <summary>Token, rate limit, then the IM read scopes: the app's (99991672), then the user's (99991679).</summary>
    public static async Task<Caller?> AuthorizeMessagesAsync(HttpContext context, EmulatorState state)
    {
        var caller = await AuthenticateAsync(context, state);
        if (caller is null)
        {
            return null;
        }

        var app = state.Index.Apps.GetValueOrDefault(caller.AppId);
        if (app is null || !MessageScopes.Any(app.Scopes.Contains))
        {
            await Responses.LarkError(context, LarkError.AppScopeMissing, appId: caller.AppId);
            return null;
        }

        if (caller.IsUser && !MessageScopes.Any(caller.UserScopes.Contains))
        {
            await Responses.LarkError(context, LarkError.UserScopeMissing, appId: caller.AppId);
            return null;
        }

        return caller;
    }
}
