using System.Text.Json;
using System.Text.Json.Nodes;
using Lark.Emulator.Hosting;
using Lark.Emulator.Http;

namespace Lark.Emulator.Endpoints;

/// <summary><c>tenant_access_token/internal</c> and <c>app_access_token/internal</c>.</summary>
internal static class TokenEndpoints
{
    public static void Map(WebApplication app, EmulatorState state)
    {
        app.MapPost("/open-apis/auth/v3/tenant_access_token/internal", context => Issue(context, state, appToken: false));
        app.MapPost("/open-apis/auth/v3/app_access_token/internal", context => Issue(context, state, appToken: true));
    }

    private static async Task Issue(HttpContext context, EmulatorState state, bool appToken)
    {
        string? appId = null, appSecret = null;
        try
        {
            var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            appId = body?["app_id"]?.GetValue<string>();
            appSecret = body?["app_secret"]?.GetValue<string>();
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or FormatException)
        {
            // Treated like missing fields below.
        }

        // Credential errors come with HTTP 200 and a non-zero code, as Lark does.
        if (string.IsNullOrEmpty(appId) || string.IsNullOrEmpty(appSecret) || !state.Index.Apps.TryGetValue(appId, out var app))
        {
            await Responses.Json(context, 200, new JsonObject { ["code"] = LarkError.AuthInvalidParameter, ["msg"] = "app_id or app_secret invalid" });
            return;
        }

        if (app.AppSecret != appSecret)
        {
            await Responses.Json(context, 200, new JsonObject { ["code"] = LarkError.AppSecretInvalid, ["msg"] = "app secret invalid" });
            return;
        }

        var (tenant, expire) = state.Tokens.IssueTenantToken(app.AppId);
        var answer = new JsonObject { ["code"] = 0, ["msg"] = "ok" };
        if (appToken)
        {
            var (appAccess, _) = state.Tokens.IssueTenantToken(app.AppId, prefix: "a-");
            answer["app_access_token"] = appAccess;
        }

        answer["tenant_access_token"] = tenant;
        answer["expire"] = expire;
        await Responses.Json(context, 200, answer);
    }
}
