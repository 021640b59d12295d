using System.Text;

namespace Lark.Resources.Rules.Errors;

/// <summary>
/// The declared subtypes of the official CLI's error contract (v1.0.89, <c>errs/subtypes.go</c>): a wire-stable
/// refinement of an <see cref="ErrorCategory"/>. Wire names are the members' names in snake case
/// (<see cref="FileIo"/> is <c>file_io</c>).
/// </summary>
public enum ErrorSubtype
{
    /// <summary>No more specific subtype applies (an unknown Lark code).</summary>
    Unknown,

    /// <summary>Validation: an input failed its check.</summary>
    InvalidArgument,

    /// <summary>Validation: the input is valid but the state does not allow it (e.g. the target file exists).</summary>
    FailedPrecondition,

    /// <summary>Validation: the command is not part of this build.</summary>
    CommandUnavailable,

    /// <summary>Authentication: no token was sent or none is stored.</summary>
    TokenMissing,

    /// <summary>Authentication: the token was refused.</summary>
    TokenInvalid,

    /// <summary>Authentication: the token expired.</summary>
    TokenExpired,

    /// <summary>Authentication: the refresh token cannot be used.</summary>
    RefreshTokenInvalid,

    /// <summary>Authentication: the refresh token expired.</summary>
    RefreshTokenExpired,

    /// <summary>Authentication: the refresh token was revoked.</summary>
    RefreshTokenRevoked,

    /// <summary>Authentication: the refresh token was already used (they work once).</summary>
    RefreshTokenReused,

    /// <summary>Authentication: the token server failed in passing.</summary>
    RefreshServerError,

    /// <summary>Authorization: the user did not grant a scope.</summary>
    MissingScope,

    /// <summary>Authorization: the user never authorised the app.</summary>
    UserUnauthorized,

    /// <summary>Authorization: the app did not apply for a scope.</summary>
    AppScopeNotApplied,

    /// <summary>Authorization: the token was issued without the scope.</summary>
    TokenScopeInsufficient,

    /// <summary>Authorization: the app is unavailable.</summary>
    AppUnavailable,

    /// <summary>Authorization: the app is disabled in this tenant.</summary>
    AppDisabled,

    /// <summary>Authorization: this identity may not read this chat, message or file.</summary>
    PermissionDenied,

    /// <summary>Config: the app id or secret was refused.</summary>
    InvalidClient,

    /// <summary>Config: nothing is configured.</summary>
    NotConfigured,

    /// <summary>Config: the configuration is malformed.</summary>
    InvalidConfig,

    /// <summary>Network: the connection failed (no more specific subtype).</summary>
    Transport,

    /// <summary>Network: a connect or read timeout.</summary>
    Timeout,

    /// <summary>Network: the TLS handshake failed.</summary>
    Tls,

    /// <summary>Network: the host name could not be resolved.</summary>
    Dns,

    /// <summary>Network or API: the server failed in passing (HTTP 5xx).</summary>
    ServerError,

    /// <summary>Network: the server answered but broke the HTTP contract (a wrong <c>Content-Range</c>).</summary>
    Protocol,

    /// <summary>Network: the resource changed during the transfer; starting over reads the current version.</summary>
    RepresentationChanged,

    /// <summary>API: too many requests.</summary>
    RateLimit,

    /// <summary>API: a conflicting concurrent change.</summary>
    Conflict,

    /// <summary>API: the operation crosses a tenant boundary (an external chat).</summary>
    CrossTenant,

    /// <summary>API: the operation crosses the Feishu/Lark boundary.</summary>
    CrossBrand,

    /// <summary>API: the server refused a parameter.</summary>
    InvalidParameters,

    /// <summary>API: the caller does not own the resource.</summary>
    OwnershipMismatch,

    /// <summary>API: the message, key or resource does not exist (or not together).</summary>
    NotFound,

    /// <summary>API: a quota or size limit was reached.</summary>
    QuotaExceeded,

    /// <summary>API: the resource already exists.</summary>
    AlreadyExists,

    /// <summary>API: the resource exists but the API cannot serve this feature of it (a card's image, a 100 MB+ file).</summary>
    FeatureNotAvailable,

    /// <summary>Policy: a browser challenge is required.</summary>
    ChallengeRequired,

    /// <summary>Policy: access is denied outright.</summary>
    AccessDenied,

    /// <summary>Policy: a content-safety scanner blocked the output.</summary>
    ContentSafety,

    /// <summary>Internal: the client failed unexpectedly (a bug).</summary>
    SdkError,

    /// <summary>Internal: a response could not be read as the API promises.</summary>
    InvalidResponse,

    /// <summary>Internal: a local file could not be read or written.</summary>
    FileIo,

    /// <summary>Internal: an external tool failed.</summary>
    ExternalTool,

    /// <summary>Internal: local persistence (configuration, credential store) failed.</summary>
    Storage,

    /// <summary>Confirmation: the action needs explicit confirmation.</summary>
    ConfirmationRequired,
}

/// <summary>Wire names of <see cref="ErrorSubtype"/>.</summary>
public static class ErrorSubtypes
{
    /// <summary>The contract's wire name: the member's name in snake case (<c>invalid_argument</c>, <c>file_io</c>).</summary>
    public static string ToWire(this ErrorSubtype subtype)
    {
        var name = subtype.ToString();
        var wire = new StringBuilder(name.Length + 4);
        for (var i = 0; i < name.Length; i++)
        {
            if (char.IsUpper(name[i]) && i > 0)
                wire.Append('_');
            wire.Append(char.ToLowerInvariant(name[i]));
        }

        return wire.ToString();
    }
}
