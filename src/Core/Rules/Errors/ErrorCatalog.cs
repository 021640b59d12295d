using System.Collections.Frozen;

namespace Lark.Resources.Rules.Errors;

/// <summary>
/// Every Lark error code this project meets, with its kind, retry advice and a hint for the person.
/// Branch on the code, never on the HTTP status (which varies).
/// </summary>
public static class ErrorCatalog
{
    /// <summary>The scope a user login must grant to read message resources.</summary>
    public const string ReadScope = "im:message:readonly";

    /// <summary>The command that grants it.</summary>
    public const string LoginCommand = "lark-cli auth login --scope \"im:message:readonly\"";

    private const string DoNotRetry = "do not retry, return the error to the user";

    private static readonly FrozenDictionary<int, ErrorClass> ByCode = new ErrorClass[]
    {
        new(230110, ErrorKind.NotFound, RetryAdvice.Never, "the message was deleted",
            $"The message no longer exists; ask the sender to share the file again ({DoNotRetry})."),
        new(234001, ErrorKind.Permanent, RetryAdvice.Never, "invalid request parameter",
            "Check --type: image for img_… keys, file for file_… keys (files, audio and video)."),
        new(234002, ErrorKind.Permission, RetryAdvice.Never, "no access to this chat, or the file was deleted",
            $"This identity cannot read the chat, or the file was deleted: {DoNotRetry}."),
        new(234003, ErrorKind.NotFound, RetryAdvice.Never, "the file key is not in this message",
            "Take --message-id and --file-key from the same message's content; for a merge-forwarded message use the merge-forward message's id."),
        new(234004, ErrorKind.Permission, RetryAdvice.Never, "the bot is not in the chat",
            "Add the bot to the chat, or download as a user who is in it (--as user)."),
        new(234009, ErrorKind.Permission, RetryAdvice.Never, "the chat is external (another tenant)",
            "Bots cannot read resources of external chats; download as a member of the chat (--as user)."),
        new(234019, ErrorKind.Transient, RetryAdvice.Few, "the app's scope check failed on the server",
            "A passing check failure; retry once. If it persists, check the app's message scopes in the developer console."),
        new(234037, ErrorKind.Permanent, RetryAdvice.Never, "the resource is larger than 100 MB",
            "Lark does not serve message resources over 100 MB through the API; download it in the Lark client."),
        new(234038, ErrorKind.Permission, RetryAdvice.Never, "the chat is restricted (secret or anti-leak mode)",
            $"Files of restricted chats cannot be downloaded through the API ({DoNotRetry})."),
        new(234040, ErrorKind.Permission, RetryAdvice.Never, "the message is not visible to this identity",
            "The message is hidden from this identity (e.g. sent before the user joined); try the other identity (--as bot or --as user)."),
        new(234041, ErrorKind.Permanent, RetryAdvice.Never, "the tenant's encryption key was deleted",
            $"The file can no longer be decrypted ({DoNotRetry})."),
        new(234042, ErrorKind.Permanent, RetryAdvice.Never, "hybrid storage error",
            $"The tenant's storage refused the file ({DoNotRetry}); ask the tenant administrator."),
        new(234043, ErrorKind.Permanent, RetryAdvice.Never, "this message type cannot be downloaded",
            "Stickers, folders and cards cannot be downloaded; for a merge-forward, download each sub-message's resource with the merge-forward message's id."),
        new(14005, ErrorKind.Permission, RetryAdvice.Never, "no access, or the file was deleted",
            $"This identity cannot read the file, or it was deleted: {DoNotRetry}."),
        new(99991661, ErrorKind.Auth, RetryAdvice.Never, "no access token was sent",
            "Configure credentials with lark-cli config init, or log in with " + LoginCommand + "."),
        new(99991663, ErrorKind.Auth, RetryAdvice.RefreshToken, "the tenant access token is invalid",
            "The bot token was rejected after a refresh; check the app id and secret (lark-cli config show)."),
        new(99991665, ErrorKind.Auth, RetryAdvice.RefreshToken, "the tenant access token expired",
            "The bot token was rejected after a refresh; check the app id and secret (lark-cli config show)."),
        new(99991668, ErrorKind.Auth, RetryAdvice.RefreshToken, "the user access token is invalid",
            "Log in again: " + LoginCommand + "."),
        new(99991677, ErrorKind.Auth, RetryAdvice.RefreshToken, "the user access token expired",
            "Log in again: " + LoginCommand + "."),
        new(99991672, ErrorKind.Permission, RetryAdvice.Never, "the app lacks a required scope",
            "Enable im:message, im:message:readonly or im:message.history:readonly for the app in the developer console, then publish a new app version."),
        new(99991679, ErrorKind.Permission, RetryAdvice.Never, "the user did not grant a required scope",
            "Grant it: " + LoginCommand + "."),
        new(99991400, ErrorKind.RateLimit, RetryAdvice.Backoff, "rate limited",
            "Too many requests (Lark allows 50 per second and 1000 per minute per app); wait a moment and retry."),
        new(10014, ErrorKind.Auth, RetryAdvice.Never, "the app secret is invalid",
            "Check the app secret: lark-cli config init --app-id <id> --app-secret-stdin."),
        new(10003, ErrorKind.Auth, RetryAdvice.Never, "the app id or secret is malformed",
            "Check the app id and secret: lark-cli config show."),
        new(20026, ErrorKind.Auth, RetryAdvice.Never, "the refresh token is invalid", "Log in again: " + LoginCommand + "."),
        new(20037, ErrorKind.Auth, RetryAdvice.Never, "the refresh token expired", "Log in again: " + LoginCommand + "."),
        new(20064, ErrorKind.Auth, RetryAdvice.Never, "the refresh token was revoked", "Log in again: " + LoginCommand + "."),
        new(20073, ErrorKind.Auth, RetryAdvice.Never, "the refresh token was already used", "Log in again: " + LoginCommand + "."),
        new(20050, ErrorKind.Transient, RetryAdvice.Few, "the token server had an internal error", "A passing server error; retry."),
    }.ToFrozenDictionary(c => c.Code);

    /// <summary>Every catalogued class.</summary>
    public static IReadOnlyCollection<ErrorClass> All => ByCode.Values;

    /// <summary>
    /// Classifies a Lark code. Codes not in the catalogue are transient when the HTTP status is 5xx or 429,
    /// otherwise permanent.
    /// </summary>
    public static ErrorClass Classify(int code, int httpStatus)
    {
        if (ByCode.TryGetValue(code, out var known))
            return known;
        return httpStatus is >= 500 or 429
            ? new ErrorClass(code, ErrorKind.Transient, RetryAdvice.Backoff, $"server error (HTTP {httpStatus})", "A passing server error; retry later.")
            : new ErrorClass(code, ErrorKind.Permanent, RetryAdvice.Never, $"Lark error {code}", "See the message and log id; quote the log id when you ask Lark support.");
    }

    /// <summary>Classifies an HTTP failure that carried no Lark code.</summary>
    public static ErrorClass ClassifyStatus(int httpStatus) => httpStatus switch
    {
        429 => new ErrorClass(0, ErrorKind.RateLimit, RetryAdvice.Backoff, "rate limited (HTTP 429)", "Too many requests; wait a moment and retry."),
        408 or >= 500 => new ErrorClass(0, ErrorKind.Transient, RetryAdvice.Backoff, $"server error (HTTP {httpStatus})", "A passing server error; retry later."),
        401 => new ErrorClass(0, ErrorKind.Auth, RetryAdvice.Never, "HTTP 401 without a Lark code", "Check the credentials: lark-cli config show."),
        403 => new ErrorClass(0, ErrorKind.Permission, RetryAdvice.Never, "HTTP 403 without a Lark code", "This identity may not read the resource."),
        404 => new ErrorClass(0, ErrorKind.NotFound, RetryAdvice.Never, "HTTP 404 without a Lark code", "Check the message id, file key and the API base URL."),
        _ => new ErrorClass(0, ErrorKind.Permanent, RetryAdvice.Never, $"unexpected HTTP {httpStatus}", "See the message and log id."),
    };

    /// <summary>
    /// The hint for an error, sharpened by what the server said: the missing scope named in
    /// <c>permission_violations</c> replaces the generic scope hint.
    /// </summary>
    public static string HintFor(ErrorClass errorClass, LarkError? error)
    {
        ArgumentNullException.ThrowIfNull(errorClass);
        var scope = error?.PermissionViolations.Select(v => v.Subject).FirstOrDefault(s => !string.IsNullOrWhiteSpace(s));
        return (errorClass.Code, scope) switch
        {
            (99991679, { } s) => $"Grant the scope: lark-cli auth login --scope \"{s}\".",
            (99991672, { } s) => $"Enable the scope {s} for the app in the developer console, then publish a new app version.",
            _ => errorClass.Hint,
        };
    }
}
