namespace Lark.Resources.Rules.Names;

/// <summary>What counts as a file name's extension.</summary>
public static class Extension
{
    /// <summary>Longer tails after the last dot are part of the name, not an extension.</summary>
    public const int MaxLength = 16;

    /// <summary>
    /// The extension with its dot (<c>.pdf</c>), or empty: the text after the last dot when the stem is not
    /// empty and the tail is 1–16 letters or digits.
    /// </summary>
    public static string Of(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        var dot = name.LastIndexOf('.');
        if (dot <= 0 || dot == name.Length - 1 || name.Length - dot - 1 > MaxLength)
            return "";
        for (var i = dot + 1; i < name.Length; i++)
        {
            if (!char.IsAsciiLetterOrDigit(name[i]))
                return "";
        }

        return name[dot..];
    }
}
