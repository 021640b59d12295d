using System.Text.Json.Nodes;
using Lark.Emulator.Hosting;
using Lark.Emulator.Http;

namespace Lark.Emulator.Endpoints;

/// <summary><c>GET /open-apis/authen/v1/user_info</c>: who a user token belongs to.</summary>
internal static class UserInfoEndpoint
{
    public static void Map(WebApplication app, EmulatorState state) =>
        app.MapGet("/open-apis/authen/v1/user_info", async context =>
        {
            var caller = await OpenApiGate.AuthenticateAsync(context, state);
            if (caller is null)
            {
                return;
            }

            if (!caller.IsUser)
            {
                // The endpoint needs a user token; a tenant token is refused as an invalid user token.
                await Responses.LarkError(context, LarkError.InvalidUserToken);
                return;
            }

            var user = state.Index.Users.GetValueOrDefault(caller.UserOpenId!);
            await Responses.Json(context, 200, new JsonObject
            {
                ["code"] = 0,
                ["msg"] = "success",
                ["data"] = new JsonObject
                {
                    ["name"] = user?.Name ?? "",
                    ["en_name"] = user?.Name ?? "",
                    ["open_id"] = caller.UserOpenId,
                    ["union_id"] = "on_" + caller.UserOpenId!.Replace("ou_", "", StringComparison.Ordinal),
                    ["tenant_key"] = "demo_tenant",
                },
            });
        });
}
