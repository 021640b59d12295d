namespace Lark.Emulator.Http;

/// <summary>The Lark error codes the emulator answers, with their HTTP statuses and messages.</summary>
public static class LarkError
{
    /// <summary>Message deleted (recalled); never used for an id that names no message.</summary>
    public const int MessageDeleted = 230110;

    /// <summary>Invalid parameter on the message APIs (list, get).</summary>
    public const int MessageInvalidParameter = 230001;

    /// <summary>Bot not in the chat, message APIs.</summary>
    public const int MessageBotNotInChat = 230002;

    /// <summary>The caller (a user) lacks the permission: not a member of the chat, message APIs.</summary>
    public const int MessageNoPermission = 230027;

    /// <summary>The thread is invisible to the caller (or does not exist).</summary>
    public const int ThreadInvisible = 230073;

    /// <summary>Invalid parameter on the chat APIs (<c>chats</c>, <c>chat_p2p</c>).</summary>
    public const int ChatInvalidParameter = 232001;

    /// <summary>The chat id names no chat, chat APIs.</summary>
    public const int ChatNotFound = 232006;

    /// <summary>The caller (bot or user) is not in the chat, chat APIs.</summary>
    public const int NotInChat = 232011;

    /// <summary>Invalid request parameter (e.g. wrong <c>type</c>).</summary>
    public const int InvalidParameter = 234001;

    /// <summary>No access to this chat or file.</summary>
    public const int NoAccess = 234002;

    /// <summary>file_key not in this message.</summary>
    public const int KeyNotInMessage = 234003;

    /// <summary>Bot not in the chat, resource API.</summary>
    public const int BotNotInChat = 234004;

    /// <summary>External (cross-tenant) chat.</summary>
    public const int ExternalChat = 234009;

    /// <summary>Resource larger than 100 MB (<see cref="Fixtures.FixtureResource.MaxSize"/>).</summary>
    public const int FileTooLarge = 234037;

    /// <summary>Restricted (secret / anti-leak) chat.</summary>
    public const int RestrictedChat = 234038;

    /// <summary>Message invisible to the operator.</summary>
    public const int Invisible = 234040;

    /// <summary>Unsupported message type (sticker, folder, card, merge-forward itself).</summary>
    public const int UnsupportedType = 234043;

    /// <summary>No token sent.</summary>
    public const int MissingToken = 99991661;

    /// <summary>Tenant token invalid or expired.</summary>
    public const int InvalidTenantToken = 99991663;

    /// <summary>User token invalid.</summary>
    public const int InvalidUserToken = 99991668;

    /// <summary>User token expired.</summary>
    public const int ExpiredUserToken = 99991677;

    /// <summary>App lacks the scope.</summary>
    public const int AppScopeMissing = 99991672;

    /// <summary>User did not grant the scope.</summary>
    public const int UserScopeMissing = 99991679;

    /// <summary>Rate limited.</summary>
    public const int RateLimited = 99991400;

    /// <summary>Token endpoint: invalid parameter / unknown app.</summary>
    public const int AuthInvalidParameter = 10003;

    /// <summary>Token endpoint: app secret invalid.</summary>
    public const int AppSecretInvalid = 10014;

    /// <summary>The HTTP status Lark answers with for <paramref name="code"/>, per the protocol sheet's table.</summary>
    public static int HttpStatus(int code) => code switch
    {
        NoAccess => 401,
        RateLimited => 429,
        _ => 400,
    };

    /// <summary>A human message for <paramref name="code"/>.</summary>
    public static string Message(int code) => code switch
    {
        MessageDeleted => "The message has been deleted.",
        MessageInvalidParameter => "invalid request parameter",
        MessageBotNotInChat => "Bot is not in the chat.",
        MessageNoPermission => "Lack of necessary permissions.",
        ThreadInvisible => "The thread is invisible to the operator.",
        ChatInvalidParameter => "Your request contains an invalid request parameter.",
        ChatNotFound => "Your request specifies a chat_id which is invalid.",
        NotInChat => "Operator can NOT be out of the chat.",
        InvalidParameter => "Invalid request param.",
        NoAccess => "Unauthorized. You do not have permission to perform the requested operation on the resource.",
        KeyNotInMessage => "File not in msg.",
        BotNotInChat => "App not in chat.",
        ExternalChat => "The chat is an external chat; the operation is not supported.",
        FileTooLarge => "The file size exceeds the limit (100 MB).",
        RestrictedChat => "The chat is restricted (secret chat or anti-leak mode); resources cannot be downloaded.",
        Invisible => "The message is invisible to the operator.",
        UnsupportedType => "Unsupported message type.",
        14005 => "No access or the file has been deleted.",
        234019 => "App scope check failed.",
        234041 => "Tenant master key has been deleted.",
        234042 => "Hybrid deployment storage error.",
        MissingToken => "Missing access token for authorization. Please make a request with token attached.",
        InvalidTenantToken => "Invalid access token for authorization. Please make a request with token attached.",
        99991665 => "Tenant access token expired.",
        InvalidUserToken => "Invalid access token for authorization. Please make a request with token attached.",
        ExpiredUserToken => "The user access token has expired.",
        AppScopeMissing => "Access denied. One of the following scopes is required: [im:message, im:message:readonly, im:message.history:readonly].",
        UserScopeMissing => "Access denied. The user has not granted one of the following scopes: [im:message, im:message:readonly, im:message.history:readonly].",
        RateLimited => "request trigger frequency limit",
        _ => "error",
    };
}
