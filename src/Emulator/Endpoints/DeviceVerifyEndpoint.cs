using Lark.Emulator.Auth;
using Lark.Emulator.Hosting;

namespace Lark.Emulator.Endpoints;

/// <summary>
/// The page a device flow's <c>verification_uri_complete</c> points at. Opening it approves the login for
/// <c>open_id</c> (default: the fixture's first user), or denies it with <c>deny=1</c>; the real page asks
/// the user, the emulator just does it so scripts can approve with one GET.
/// </summary>
internal static class DeviceVerifyEndpoint
{
    public static void Map(WebApplication app, EmulatorState state) =>
        app.MapGet("/oauth/v1/device/verify", (HttpContext context) =>
        {
            var code = context.Request.Query["user_code"].ToString();
            var deny = context.Request.Query["deny"] == "1";
            var openId = context.Request.Query["open_id"].ToString();
            if (openId.Length == 0)
            {
                openId = state.Index.Fixture.Users.FirstOrDefault()?.OpenId ?? "";
            }

            var done = state.Tokens.Decide(code, deny ? DeviceState.Denied : DeviceState.Approved, deny ? null : openId);
            return done
                ? Results.Text(deny ? "Denied.\n" : $"Approved for {openId}.\n")
                : Results.Text("Unknown or already decided user code.\n", statusCode: 404);
        });
}
