namespace Lark.Resources.Rules.Errors;

/// <summary>
/// The words in a message or hint that differ between front ends: how to act as another identity, how to log in or
/// configure, how to run again. The library's texts use these instead of a command or a flag.
/// </summary>
public enum TermKind
{
    /// <summary>Act as the user.</summary>
    UserIdentity,

    /// <summary>Act as the bot.</summary>
    BotIdentity,

    /// <summary>Act as the other identity, whichever it is.</summary>
    OtherIdentity,

    /// <summary>A user login granting the scope in the argument.</summary>
    LogIn,

    /// <summary>Configuring an app id and secret.</summary>
    Configure,

    /// <summary>Looking at the configured app.</summary>
    ShowConfiguration,

    /// <summary>Asking for the target to be replaced.</summary>
    Overwrite,

    /// <summary>Doing the same thing again.</summary>
    RunAgain,

    /// <summary>The advice not to retry (an agent is also told to return the error to the user).</summary>
    DoNotRetry,

    /// <summary>The directory relative paths start from ("the working directory").</summary>
    WorkingDirectory,

    /// <summary>The program a bug is reported against.</summary>
    Program,
}
