namespace Lark.Resources.Rules.Names;

/// <summary>Character classes of the HTTP grammar (RFC 9110 §5.6) that header parsing needs.</summary>
internal static class HttpSyntax
{
    /// <summary>tchar: any VCHAR except delimiters <c>(),/:;&lt;=&gt;?@[\]{}"</c>.</summary>
    public static bool IsTokenChar(char c) =>
        c switch
        {
            >= 'a' and <= 'z' or >= 'A' and <= 'Z' or >= '0' and <= '9' => true,
            '!' or '#' or '$' or '%' or '&' or '\'' or '*' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~' => true,
            _ => false,
        };

    /// <summary>OWS: space or horizontal tab.</summary>
    public static bool IsWhitespace(char c) => c is ' ' or '\t';

    /// <summary>
    /// qdtext (and what a quoted-pair may escape, minus the quote and backslash themselves):
    /// HTAB, SP, visible ASCII, obs-text. Characters above U+00FF are allowed too, because a
    /// header already decoded as UTF-8 carries them; surrogates are checked separately for pairing.
    /// </summary>
    public static bool IsQuotedTextChar(char c) => c == '\t' || (c >= ' ' && c != '\u007F');

    /// <summary>The length of the token at the start of <paramref name="text"/> (0 when none).</summary>
    public static int TokenLength(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && IsTokenChar(text[length]))
            length++;
        return length;
    }

    /// <summary>The number of OWS characters at the start of <paramref name="text"/>.</summary>
    public static int WhitespaceLength(ReadOnlySpan<char> text)
    {
        var length = 0;
        while (length < text.Length && IsWhitespace(text[length]))
            length++;
        return length;
    }
}
