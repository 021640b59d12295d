using Lark.Emulator.Auth;
using Lark.Emulator.Hosting;
using Lark.Emulator.Http;

namespace Lark.Emulator.Endpoints;

/// <summary>The checks every Open API call makes before its own: token, rate limit, scopes.</summary>
internal static class OpenApiGate
{
    /// <summary>Any one of these reads messages and their resources.</summary>
    public static readonly IReadOnlyList<string> MessageScopes = ["im:message", "im:message:readonly", "im:message.history:readonly"];

    /// <summary>
    /// Any one of these reads chat information and resolves direct chats. Lark asks for <c>im:chat</c> or
    /// <c>im:chat:readonly</c>; the emulator also takes the message scopes, so an app set up for reading
    /// conversations needs nothing more.
    /// </summary>
    public static readonly IReadOnlyList<string> ChatScopes = ["im:chat", "im:chat:readonly", .. MessageScopes];

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
    public static Task<Caller?> AuthorizeMessagesAsync(HttpContext context, EmulatorState state) =>
        AuthorizeAsync(context, state, MessageScopes);

    /// <summary>Token, rate limit, then one of <paramref name="anyOf"/>: the app's (99991672), then the user's (99991679).</summary>
    public static async Task<Caller?> AuthorizeAsync(HttpContext context, EmulatorState state, IReadOnlyList<string> anyOf)
    {
        var caller = await AuthenticateAsync(context, state);
        if (caller is null)
        {
            return null;
        }

        var app = state.Index.Apps.GetValueOrDefault(caller.AppId);
        if (app is null || !anyOf.Any(app.Scopes.Contains))
        {
            await Responses.LarkError(context, LarkError.AppScopeMissing, appId: caller.AppId, scopes: anyOf);
            return null;
        }

        if (caller.IsUser && !anyOf.Any(caller.UserScopes.Contains))
        {
            await Responses.LarkError(context, LarkError.UserScopeMissing, appId: caller.AppId, scopes: anyOf);
            return null;
        }

        return caller;
    }
}
