namespace Lark.Resources.Rules.Auth;

/// <summary>What one poll of the token endpoint during a device flow said (RFC 8628 §3.5).</summary>
public enum DevicePollStatus
{
    /// <summary>The user approved: the answer holds tokens.</summary>
    Approved,

    /// <summary><c>authorization_pending</c>: keep polling at the interval.</summary>
    Pending,

    /// <summary><c>slow_down</c>: keep polling, 5 seconds slower.</summary>
    SlowDown,

    /// <summary><c>access_denied</c>: the user said no. Stop.</summary>
    Denied,

    /// <summary><c>expired_token</c>: the device code expired. Stop.</summary>
    Expired,

    /// <summary><c>invalid_grant</c>: the device code is unknown or was already redeemed. Stop.</summary>
    InvalidGrant,

    /// <summary>Anything else (bad client credentials, unexpected answers). Stop.</summary>
    Failed,
}
