namespace Lark.Resources.Rules.Errors;

/// <summary>What kind of fix a failure calls for: a program can act on it, a front end words it.</summary>
public enum FixKind
{
    /// <summary>Nothing the caller does can fix it (a deleted message, a restricted chat): do not retry.</summary>
    None,

    /// <summary>Correct the named input and try again; nothing was sent.</summary>
    ChangeInput,

    /// <summary>Replace the existing target, or choose another.</summary>
    ChangeTarget,

    /// <summary>Act as the other identity (user or bot).</summary>
    ChangeIdentity,

    /// <summary>Log in as the user (again), possibly granting a scope.</summary>
    LogIn,

    /// <summary>Configure or correct the app id and secret.</summary>
    Configure,

    /// <summary>Change the app in the developer console (scopes, bot membership) or ask an administrator.</summary>
    ChangeApp,

    /// <summary>Retry: the failure was passing.</summary>
    Retry,

    /// <summary>Wait, then retry (a rate limit: the server may say how long).</summary>
    WaitAndRetry,

    /// <summary>Run again to resume: verified bytes were kept.</summary>
    Resume,

    /// <summary>Check the network and the API base URL.</summary>
    CheckNetwork,

    /// <summary>Check local files: free space, permissions, what is in the way.</summary>
    CheckLocalFiles,

    /// <summary>A bug: report it.</summary>
    Report,
}
