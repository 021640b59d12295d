namespace Lark.Resources.Rules.Errors;

/// <summary>A front-end word inside a <see cref="Wording"/>, with its argument (the scope of a login).</summary>
/// <param name="Kind">Which word.</param>
/// <param name="Argument">Its argument, when it takes one.</param>
public readonly record struct Term(TermKind Kind, string? Argument = null)
{
    /// <summary>Act as the user.</summary>
    public static Term UserIdentity => new(TermKind.UserIdentity);

    /// <summary>Act as the bot.</summary>
    public static Term BotIdentity => new(TermKind.BotIdentity);

    /// <summary>Act as the other identity.</summary>
    public static Term OtherIdentity => new(TermKind.OtherIdentity);

    /// <summary>Configure an app.</summary>
    public static Term Configure => new(TermKind.Configure);

    /// <summary>Look at the configured app.</summary>
    public static Term ShowConfiguration => new(TermKind.ShowConfiguration);

    /// <summary>Replace the target.</summary>
    public static Term Overwrite => new(TermKind.Overwrite);

    /// <summary>Do the same again.</summary>
    public static Term RunAgain => new(TermKind.RunAgain);

    /// <summary>Do not retry.</summary>
    public static Term DoNotRetry => new(TermKind.DoNotRetry);

    /// <summary>The working directory.</summary>
    public static Term WorkingDirectory => new(TermKind.WorkingDirectory);

    /// <summary>The program.</summary>
    public static Term Program => new(TermKind.Program);

    /// <summary>A user login, granting <paramref name="scope"/> when given.</summary>
    public static Term LogIn(string? scope = null) => new(TermKind.LogIn, scope);
}
