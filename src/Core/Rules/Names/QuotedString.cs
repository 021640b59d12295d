using System.Text;

namespace Lark.Resources.Rules.Names;

/// <summary>The HTTP quoted-string (RFC 9110 §5.6.4): <c>DQUOTE *( qdtext / quoted-pair ) DQUOTE</c>.</summary>
internal static class QuotedString
{
    /// <summary>
    /// Measures the quoted-string at the start of <paramref name="text"/> (which starts with a quote).
    /// </summary>
    /// <param name="text">Text starting with <c>"</c>.</param>
    /// <param name="length">The length including both quotes.</param>
    /// <param name="error">Why it is not a quoted-string, on failure.</param>
    public static bool TryMeasure(ReadOnlySpan<char> text, out int length, out string? error)
    {
        length = 0;
        var position = 1;
        while (position < text.Length)
        {
            var c = text[position];
            if (c == '"')
            {
                length = position + 1;
                error = null;
                return true;
            }

            if (c == '\\')
            {
                position++;
                if (position == text.Length)
                    break;
                c = text[position];
            }

            if (!HttpSyntax.IsQuotedTextChar(c))
            {
                error = $"control character U+{(int)c:X4} inside a quoted-string";
                return false;
            }

            // A header string from .NET never holds half a surrogate pair; anything else is garbage.
            if (char.IsLowSurrogate(c))
            {
                error = "unpaired surrogate inside a quoted-string";
                return false;
            }

            if (char.IsHighSurrogate(c))
            {
                if (position + 1 == text.Length || !char.IsLowSurrogate(text[position + 1]))
                {
                    error = "unpaired surrogate inside a quoted-string";
                    return false;
                }

                position++;
            }

            position++;
        }

        error = "unbalanced quotes: the quoted-string never ends";
        return false;
    }

    /// <summary>
    /// Copies the content of a quoted-string already checked by <see cref="TryMeasure"/>, dropping the
    /// quotes and the backslashes of quoted-pairs.
    /// </summary>
    /// <param name="quoted">The whole quoted-string, quotes included.</param>
    /// <param name="destination">At least <c>quoted.Length - 2</c> characters.</param>
    /// <returns>The number of characters written.</returns>
    public static int Unescape(ReadOnlySpan<char> quoted, Span<char> destination)
    {
        var content = quoted[1..^1];
        var written = 0;
        for (var i = 0; i < content.Length; i++)
        {
            if (content[i] == '\\')
                i++;
            destination[written++] = content[i];
        }

        return written;
    }

    /// <summary>Appends one printable ASCII character as the inside of a quoted-string, escaping <c>"</c> and <c>\</c>.</summary>
    public static void AppendEscaped(StringBuilder builder, char c)
    {
        if (c is '"' or '\\')
            builder.Append('\\');
        builder.Append(c);
    }
}
