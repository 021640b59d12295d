using System.Text.Json;
using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Rules.Auth;

/// <summary>
/// Reads the token endpoints' answers, and words their refusals: the bot token
/// (<c>tenant_access_token/internal</c>) and the user's OAuth v2 tokens (<c>authen/v2/oauth/token</c>).
/// </summary>
internal static class TokenAnswer
{
    /// <summary>The lifetime assumed when an answer names none (Lark's maximum: 2 hours).</summary>
    public static readonly TimeSpan DefaultLifetime = TimeSpan.FromHours(2);

    /// <summary>A bot token answer: the token and when it expires; otherwise the failure.</summary>
    public static Validated<(string Token, DateTimeOffset ExpiresAt)> Tenant(JsonElement root, DateTimeOffset now, string appId)
    {
        var code = LarkCode.Of(root);
        if (code == 0 && JsonText.Property(root, "tenant_access_token") is { Length: > 0 } token)
        {
            var expire = DevicePollRule.Seconds(root, "expire") ?? (long)DefaultLifetime.TotalSeconds;
            return Validated<(string, DateTimeOffset)>.Ok((token, now.AddSeconds(Math.Clamp(expire, 0, int.MaxValue))));
        }

        var errorClass = ErrorCatalog.Classify(code, 400);
        var said = DevicePollRule.Text(root, "msg") ?? errorClass.Meaning;
        return Validated<(string, DateTimeOffset)>.Fail(Refused(code, errorClass, $"could not get a bot token for app {appId}: Lark error {code}: {said}",
            code == 0 ? Wording.Text("The token endpoint answered without a token; check the Open API base URL.") : errorClass.Hint));
    }

    /// <summary>
    /// A user token answer (OAuth v2; <c>code</c> may be a string; the tokens may sit under <c>data</c>); none when it
    /// is an error. <paramref name="previousScope"/> stands when the answer names no scope.
    /// </summary>
    public static UserTokens? User(JsonElement root, DateTimeOffset now, string? previousScope)
    {
        if (root.ValueKind != JsonValueKind.Object || LarkCode.Of(root) != 0)
            return null;
        var body = DevicePollRule.Text(root, "access_token") is null && JsonText.Field(root, "data") is { ValueKind: JsonValueKind.Object } data ? data : root;
        if (DevicePollRule.Text(body, "access_token") is not { } access)
            return null;
        var expiresIn = DevicePollRule.Seconds(body, "expires_in") ?? (long)DefaultLifetime.TotalSeconds;
        DateTimeOffset? refreshUntil = DevicePollRule.Seconds(body, "refresh_token_expires_in") is { } rs ? now.AddSeconds(Math.Clamp(rs, 0, int.MaxValue)) : null;
        return new UserTokens(access, DevicePollRule.Text(body, "refresh_token"), now.AddSeconds(Math.Clamp(expiresIn, 0, int.MaxValue)), refreshUntil,
            DevicePollRule.Text(body, "scope") ?? previousScope);
    }

    /// <summary>Why a refresh of the user login failed, from the token endpoint's answer.</summary>
    public static LarkFailure RefreshFailure(JsonElement root)
    {
        var code = LarkCode.Of(root);
        var error = DevicePollRule.Text(root, "error");
        var description = DevicePollRule.Text(root, "error_description") ?? DevicePollRule.Text(root, "msg");
        var errorClass = code == 0 ? null : ErrorCatalog.Classify(code, 400);
        var failure = Refused(code, errorClass, $"refreshing the user login failed: {error ?? "error"} {code} {description}".Trim(), Wording.Of($"Log in again: {Term.LogIn(ErrorCatalog.ReadScope)}."));
        return errorClass is { Category: ErrorCategory.Authentication } ? failure : failure with { Category = ErrorCategory.Authentication, Subtype = ErrorSubtype.RefreshTokenInvalid };
    }

    /// <summary>A stored login that expired and cannot be refreshed.</summary>
    public static LarkFailure LoginExpired(string what) => new()
    {
        Category = ErrorCategory.Authentication,
        Subtype = ErrorSubtype.RefreshTokenExpired,
        Message = Wording.Text(what),
        Hint = Wording.Of($"Log in again: {Term.LogIn(ErrorCatalog.ReadScope)}."),
        Fix = FixKind.LogIn,
    };

    /// <summary>A token obtained elsewhere (<paramref name="origin"/> says where) was rejected and cannot be refreshed.</summary>
    public static LarkFailure StaticTokenRejected(string identity, string origin) => new()
    {
        Category = ErrorCategory.Authentication,
        Subtype = ErrorSubtype.TokenInvalid,
        Message = Wording.Text($"the {identity} access token {origin} was rejected and cannot be refreshed"),
        Hint = identity == "user"
            ? Wording.Of($"Set a fresh token, or log in: {Term.LogIn(ErrorCatalog.ReadScope)}.")
            : Wording.Of($"Set a fresh token, or configure the app ({Term.Configure})."),
        Fix = identity == "user" ? FixKind.LogIn : FixKind.Configure,
    };

    // A refusal is the catalogue's category for its code (authentication when the code says nothing more).
    private static LarkFailure Refused(int code, ErrorClass? errorClass, string message, Wording hint) => new()
    {
        Category = errorClass is { Category: not ErrorCategory.Api } c ? c.Category : ErrorCategory.Authentication,
        Subtype = errorClass is { Category: not ErrorCategory.Api } s ? s.Subtype : ErrorSubtype.TokenInvalid,
        Message = Wording.Text(message),
        Hint = hint,
        Fix = errorClass?.Fix ?? FixKind.Configure,
        LarkCode = code == 0 ? null : code,
        Retryable = errorClass?.Retryable ?? false,
    };
}
