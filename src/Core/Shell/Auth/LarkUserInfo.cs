namespace Lark.Resources.Shell.Auth;

/// <summary>Who a user token belongs to (<c>GET /open-apis/authen/v1/user_info</c>).</summary>
/// <param name="OpenId">The user's open id (<c>ou_…</c>).</param>
/// <param name="Name">The display name.</param>
public sealed record LarkUserInfo(string OpenId, string Name);
