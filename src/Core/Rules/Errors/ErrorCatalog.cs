using System.Collections.Frozen;
using System.Globalization;

namespace Lark.Resources.Rules.Errors;

/// <summary>
/// Every Lark error code this project meets, with its category and subtype in the official error contract, retry
/// advice and a hint for the person. Branch on the code, never on the HTTP status (which varies). The one place a
/// code becomes a <see cref="LarkFailure"/>.
/// </summary>
public static class ErrorCatalog
{
    /// <summary>The scope a user login must grant to read messages and their resources.</summary>
    public const string ReadScope = "im:message:readonly";

    private static readonly Term Login = Term.LogIn(ReadScope);

    private static readonly FrozenDictionary<int, ErrorClass> ByCode = new ErrorClass[]
    {
        Api(230110, ErrorSubtype.NotFound, "the message was deleted",
            $"The message no longer exists; ask the sender to share the file again ({Term.DoNotRetry})."),
        Api(234001, ErrorSubtype.InvalidParameters, "invalid request parameter",
            $"Check {InputField.ResourceType}: image for img_… keys, file for file_… keys (files, audio and video)."),
        Denied(234002, "no access to this chat, or the file was deleted",
            $"This identity cannot read the chat, or the file was deleted: {Term.DoNotRetry}."),
        Api(234003, ErrorSubtype.NotFound, "the file key is not in this message",
            $"Take {InputField.MessageId} and {InputField.FileKey} from the same message's content; for a merge-forwarded message use the merge-forward message's id."),
        Denied(234004, "the bot is not in the chat",
            $"Add the bot to the chat, or act as a user who is in it ({Term.UserIdentity}).", FixKind.ChangeIdentity),
        Api(234009, ErrorSubtype.CrossTenant, "the chat is external (another tenant)",
            $"Bots cannot read resources of external chats; act as a member of the chat ({Term.UserIdentity}).", FixKind.ChangeIdentity),
        new(234019, ErrorCategory.Api, ErrorSubtype.ServerError, RetryAdvice.Few, "the app's scope check failed on the server",
            Wording.Text("A passing check failure; retry once. If it persists, check the app's message scopes in the developer console."), FixKind.Retry),
        Api(234037, ErrorSubtype.FeatureNotAvailable, "the resource is larger than 100 MB",
            $"Lark does not serve message resources over 100 MB through the API; download it in the Lark client."),
        Denied(234038, "the chat is restricted (secret or anti-leak mode)",
            $"Files of restricted chats cannot be downloaded through the API ({Term.DoNotRetry})."),
        Denied(234040, "the message is not visible to this identity",
            $"The message is hidden from this identity (e.g. sent before the user joined); try the other identity ({Term.OtherIdentity}).", FixKind.ChangeIdentity),
        Api(234041, ErrorSubtype.FeatureNotAvailable, "the tenant's encryption key was deleted",
            $"The file can no longer be decrypted ({Term.DoNotRetry})."),
        Api(234042, ErrorSubtype.FeatureNotAvailable, "hybrid storage error",
            $"The tenant's storage refused the file ({Term.DoNotRetry}); ask the tenant administrator."),
        Api(234043, ErrorSubtype.FeatureNotAvailable, "this message type cannot be downloaded",
            $"Stickers, folders and cards cannot be downloaded; for a merge-forward, download each sub-message's resource with the merge-forward message's id."),
        Denied(14005, "no access, or the file was deleted",
            $"This identity cannot read the file, or it was deleted: {Term.DoNotRetry}."),
        Api(230001, ErrorSubtype.InvalidParameters, "the request's parameters were refused",
            $"Check the ids, times and page size; {Term.DoNotRetry} with the same values."),
        Denied(230002, "the bot is not in the chat",
            $"Add the bot to the chat, or act as a user who is in it ({Term.UserIdentity}).", FixKind.ChangeIdentity),
        Denied(230073, "the thread is not visible to this identity",
            $"Try the other identity ({Term.OtherIdentity}), or ask a member of the chat.", FixKind.ChangeIdentity),
        Denied(230027, "the user has not authorised the app",
            $"Log in again: {Login}.", FixKind.LogIn, ErrorSubtype.UserUnauthorized),
        Auth(99991661, ErrorSubtype.TokenMissing, RetryAdvice.Never, "no access token was sent",
            $"Configure credentials ({Term.Configure}), or log in: {Login}.", FixKind.Configure),
        Auth(99991663, ErrorSubtype.TokenInvalid, RetryAdvice.RefreshToken, "the tenant access token is invalid",
            $"The bot token was rejected after a refresh; check the app id and secret ({Term.ShowConfiguration}).", FixKind.Configure),
        Auth(99991665, ErrorSubtype.TokenExpired, RetryAdvice.RefreshToken, "the tenant access token expired",
            $"The bot token was rejected after a refresh; check the app id and secret ({Term.ShowConfiguration}).", FixKind.Configure),
        Auth(99991668, ErrorSubtype.TokenInvalid, RetryAdvice.RefreshToken, "the user access token is invalid", $"Log in again: {Login}."),
        Auth(99991677, ErrorSubtype.TokenExpired, RetryAdvice.RefreshToken, "the user access token expired", $"Log in again: {Login}."),
        Scope(99991672, ErrorSubtype.AppScopeNotApplied, "the app lacks a required scope",
            $"Enable im:message, im:message:readonly or im:message.history:readonly for the app in the developer console, then publish a new app version.", FixKind.ChangeApp),
        Scope(99991679, ErrorSubtype.MissingScope, "the user did not grant a required scope", $"Grant it: {Login}.", FixKind.LogIn),
        new(99991400, ErrorCategory.Api, ErrorSubtype.RateLimit, RetryAdvice.Backoff, "rate limited",
            Wording.Text("Too many requests (Lark allows 50 per second and 1000 per minute per app); wait a moment and retry."), FixKind.WaitAndRetry),
        new(10014, ErrorCategory.Config, ErrorSubtype.InvalidClient, RetryAdvice.Never, "the app secret is invalid",
            Wording.Of($"Check the app secret ({Term.Configure})."), FixKind.Configure),
        new(99991543, ErrorCategory.Config, ErrorSubtype.InvalidClient, RetryAdvice.Never, "the app id or secret is incorrect",
            Wording.Of($"Check the app id and secret ({Term.ShowConfiguration})."), FixKind.Configure),
        new(10003, ErrorCategory.Config, ErrorSubtype.InvalidClient, RetryAdvice.Never, "the app id or secret is malformed",
            Wording.Of($"Check the app id and secret ({Term.ShowConfiguration})."), FixKind.Configure),
        Auth(20026, ErrorSubtype.RefreshTokenInvalid, RetryAdvice.Never, "the refresh token is invalid", $"Log in again: {Login}."),
        Auth(20037, ErrorSubtype.RefreshTokenExpired, RetryAdvice.Never, "the refresh token expired", $"Log in again: {Login}."),
        Auth(20064, ErrorSubtype.RefreshTokenRevoked, RetryAdvice.Never, "the refresh token was revoked", $"Log in again: {Login}."),
        Auth(20073, ErrorSubtype.RefreshTokenReused, RetryAdvice.Never, "the refresh token was already used", $"Log in again: {Login}."),
        new(20050, ErrorCategory.Authentication, ErrorSubtype.RefreshServerError, RetryAdvice.Few, "the token server had an internal error",
            Wording.Text("A passing server error; retry."), FixKind.Retry),
    }.ToFrozenDictionary(c => c.Code);

    /// <summary>Every catalogued class.</summary>
    public static IReadOnlyCollection<ErrorClass> All => ByCode.Values;

    /// <summary>
    /// Classifies a Lark code. Codes not in the catalogue are a passing server error when the HTTP status is 5xx or
    /// 429, otherwise api/unknown.
    /// </summary>
    public static ErrorClass Classify(int code, int httpStatus)
    {
        if (ByCode.TryGetValue(code, out var known))
            return known;
        return httpStatus is >= 500 or 429
            ? new ErrorClass(code, ErrorCategory.Api, ErrorSubtype.ServerError, RetryAdvice.Backoff, $"server error (HTTP {Number(httpStatus)})", Wording.Text("A passing server error; retry later."), FixKind.Retry)
            : new ErrorClass(code, ErrorCategory.Api, ErrorSubtype.Unknown, RetryAdvice.Never, $"Lark error {Number(code)}", Wording.Text("See the message and log id; quote the log id when you ask Lark support."), FixKind.None);
    }

    /// <summary>Classifies an HTTP failure that carried no Lark code.</summary>
    public static ErrorClass ClassifyStatus(int httpStatus) => httpStatus switch
    {
        429 => new ErrorClass(0, ErrorCategory.Api, ErrorSubtype.RateLimit, RetryAdvice.Backoff, "rate limited (HTTP 429)", Wording.Text("Too many requests; wait a moment and retry."), FixKind.WaitAndRetry),
        408 or >= 500 => new ErrorClass(0, ErrorCategory.Network, ErrorSubtype.ServerError, RetryAdvice.Backoff, $"server error (HTTP {Number(httpStatus)})", Wording.Text("A passing server error; retry later."), FixKind.Retry),
        401 => new ErrorClass(0, ErrorCategory.Authentication, ErrorSubtype.TokenInvalid, RetryAdvice.Never, "HTTP 401 without a Lark code", Wording.Of($"Check the credentials ({Term.ShowConfiguration})."), FixKind.Configure),
        403 => new ErrorClass(0, ErrorCategory.Authorization, ErrorSubtype.PermissionDenied, RetryAdvice.Never, "HTTP 403 without a Lark code", Wording.Text("This identity may not read the resource."), FixKind.ChangeIdentity),
        404 => new ErrorClass(0, ErrorCategory.Api, ErrorSubtype.NotFound, RetryAdvice.Never, "HTTP 404 without a Lark code", Wording.Text("Check the ids and the API base URL."), FixKind.ChangeInput),
        _ => new ErrorClass(0, ErrorCategory.Api, ErrorSubtype.Unknown, RetryAdvice.Never, $"unexpected HTTP {Number(httpStatus)}", Wording.Text("See the message and log id."), FixKind.None),
    };

    /// <summary>
    /// The hint for an error, sharpened by what the server said: the missing scope named in
    /// <c>permission_violations</c> replaces the generic scope hint.
    /// </summary>
    public static Wording HintFor(ErrorClass errorClass, LarkError? error)
    {
        ArgumentNullException.ThrowIfNull(errorClass);
        var scope = MissingScopes(error).FirstOrDefault();
        return (errorClass.Code, scope) switch
        {
            (99991679, { } s) => Wording.Of($"Grant the scope: {Term.LogIn(s)}."),
            (99991672, { } s) => Wording.Of($"Enable the scope {s} for the app in the developer console, then publish a new app version."),
            _ => errorClass.Hint,
        };
    }

    /// <summary>
    /// The failure for an error answer: classified by its Lark code (else its status), with what the server said.
    /// <paramref name="context"/> says what was being done ("reading message om_…").
    /// </summary>
    public static LarkFailure Failure(int httpStatus, LarkError? error, string? logId, string? context = null, TimeSpan? retryAfter = null)
    {
        var errorClass = error is { } lark ? Classify(lark.Code, httpStatus) : ClassifyStatus(httpStatus);
        var said = error is { Message: { Length: > 0 } m } ? m : null;
        var what = error is { } e
            ? $"Lark error {Number(e.Code)}: {said ?? errorClass.Meaning} ({errorClass.Meaning}, HTTP {Number(httpStatus)})"
            : errorClass.Meaning;
        return new LarkFailure
        {
            Category = errorClass.Category,
            Subtype = errorClass.Subtype,
            Message = Wording.Text(context is null ? what : $"{context} failed: {what}"),
            Hint = HintFor(errorClass, error),
            Fix = errorClass.Fix,
            LarkCode = error?.Code,
            LogId = error?.LogId ?? logId,
            HttpStatus = httpStatus,
            Retryable = errorClass.Retryable,
            RetryAfter = errorClass.Retryable ? retryAfter : null,
            MissingScopes = [.. MissingScopes(error)],
        };
    }

    private static IEnumerable<string> MissingScopes(LarkError? error) =>
        error?.PermissionViolations.Select(v => v.Subject).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct(StringComparer.Ordinal) ?? [];

    private static string Number(int value) => value.ToString(CultureInfo.InvariantCulture);

    private static ErrorClass Api(int code, ErrorSubtype subtype, string meaning, Wording.Builder hint, FixKind? fix = null) =>
        new(code, ErrorCategory.Api, subtype, RetryAdvice.Never, meaning, Wording.Of(hint), fix ?? (subtype is ErrorSubtype.InvalidParameters or ErrorSubtype.NotFound ? FixKind.ChangeInput : FixKind.None));

    private static ErrorClass Denied(int code, string meaning, Wording.Builder hint, FixKind fix = FixKind.None, ErrorSubtype subtype = ErrorSubtype.PermissionDenied) =>
        new(code, ErrorCategory.Authorization, subtype, RetryAdvice.Never, meaning, Wording.Of(hint), fix);

    private static ErrorClass Auth(int code, ErrorSubtype subtype, RetryAdvice retry, string meaning, Wording.Builder hint, FixKind fix = FixKind.LogIn) =>
        new(code, ErrorCategory.Authentication, subtype, retry, meaning, Wording.Of(hint), fix);

    private static ErrorClass Scope(int code, ErrorSubtype subtype, string meaning, Wording.Builder hint, FixKind fix) =>
        new(code, ErrorCategory.Authorization, subtype, RetryAdvice.Never, meaning, Wording.Of(hint), fix);
}
