namespace Lark.Emulator.Conversations;

/// <summary>
/// The emulator's mapping between a user's three ids. Lark's are unrelated strings; deriving them from the open id
/// keeps fixtures short and makes every id reversible.
/// </summary>
internal static class UserIds
{
    private const string OpenPrefix = "ou_";
    private const string UnionPrefix = "on_";

    public static bool TryParseType(string? text, out UserIdType type)
    {
        (var ok, type) = text switch
        {
            null or "" or "open_id" => (true, UserIdType.OpenId),
            "union_id" => (true, UserIdType.UnionId),
            "user_id" => (true, UserIdType.UserId),
            _ => (false, UserIdType.OpenId),
        };
        return ok;
    }

    public static string Name(UserIdType type) => type switch
    {
        UserIdType.UnionId => "union_id",
        UserIdType.UserId => "user_id",
        _ => "open_id",
    };

    /// <summary>The user's id of <paramref name="type"/>.</summary>
    public static string From(string openId, UserIdType type)
    {
        var bare = openId.StartsWith(OpenPrefix, StringComparison.Ordinal) ? openId[OpenPrefix.Length..] : openId;
        return type switch
        {
            UserIdType.UnionId => UnionPrefix + bare,
            UserIdType.UserId => bare,
            _ => openId,
        };
    }

    /// <summary>The open id of a user named by an id of <paramref name="type"/>.</summary>
    public static string ToOpenId(string id, UserIdType type) => type switch
    {
        UserIdType.UnionId when id.StartsWith(UnionPrefix, StringComparison.Ordinal) => OpenPrefix + id[UnionPrefix.Length..],
        UserIdType.UserId => OpenPrefix + id,
        _ => id,
    };
}
