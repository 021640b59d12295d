using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Lark.Resources.Rules.Names;

/// <summary>
/// The RFC 8187 ext-value: <c>charset "'" [ language ] "'" value-chars</c>, where value-chars are
/// attr-chars and <c>%HH</c> escapes of the bytes of the text in that charset.
/// </summary>
internal static class ExtendedValue
{
    // Percent-decoded values up to this many bytes decode on the stack.
    private const int StackBytes = 256;

    /// <summary>Decodes an ext-value; fails on bad syntax, a bad escape, an unknown charset or invalid bytes.</summary>
    public static Result<string> Decode(ReadOnlySpan<char> value)
    {
        var firstQuote = value.IndexOf('\'');
        if (firstQuote < 0)
            return Result<string>.Fail("no charset: the ext-value lacks its ' delimiters");
        var charset = value[..firstQuote];
        if (charset.IsEmpty)
            return Result<string>.Fail("no charset in the ext-value");
        foreach (var c in charset)
        {
            if (!IsCharsetChar(c))
                return Result<string>.Fail("malformed charset in the ext-value");
        }

        var rest = value[(firstQuote + 1)..];
        var secondQuote = rest.IndexOf('\'');
        if (secondQuote < 0)
            return Result<string>.Fail("the ext-value lacks its second ' delimiter");
        foreach (var c in rest[..secondQuote])
        {
            if (!char.IsAsciiLetterOrDigit(c) && c != '-')
                return Result<string>.Fail("malformed language tag in the ext-value");
        }

        var encoded = rest[(secondQuote + 1)..];
        var byteCount = CountDecodedBytes(encoded);
        if (byteCount < 0)
            return Result<string>.Fail("bad percent-encoding in the ext-value");

        byte[]? rented = null;
        var bytes = byteCount <= StackBytes
            ? stackalloc byte[StackBytes]
            : (rented = ArrayPool<byte>.Shared.Rent(byteCount));
        try
        {
            bytes = bytes[..byteCount];
            PercentDecode(encoded, bytes);
            return DecodeCharset(charset, bytes);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<byte>.Shared.Return(rented);
        }
    }

    /// <summary>Appends <c>UTF-8''</c> and the percent-encoded UTF-8 bytes of <paramref name="text"/>.</summary>
    /// <remarks>Unpaired surrogates cannot be UTF-8; they become U+FFFD, as UTF-8 encoding does.</remarks>
    public static void AppendUtf8(StringBuilder builder, string text)
    {
        builder.Append("UTF-8''");
        foreach (var b in Encoding.UTF8.GetBytes(text))
        {
            if (b < 0x80 && IsAttrChar((char)b))
            {
                builder.Append((char)b);
            }
            else
            {
                builder.Append('%').Append(HexDigit(b >> 4)).Append(HexDigit(b & 0xF));
            }
        }
    }

    private static Result<string> DecodeCharset(ReadOnlySpan<char> charset, ReadOnlySpan<byte> bytes)
    {
        if (charset.Equals("UTF-8", StringComparison.OrdinalIgnoreCase))
        {
            return Utf8.IsValid(bytes)
                ? Result<string>.Ok(Encoding.UTF8.GetString(bytes))
                : Result<string>.Fail("bytes invalid in UTF-8");
        }

        if (charset.Equals("ISO-8859-1", StringComparison.OrdinalIgnoreCase))
        {
            // ISO 8859-1 assigns no characters to 0x80-0x9F (tc2231 attwithfn2231utf8-bad).
            foreach (var b in bytes)
            {
                if (b is >= 0x80 and <= 0x9F)
                    return Result<string>.Fail("bytes invalid in ISO-8859-1");
            }

            return Result<string>.Ok(Encoding.Latin1.GetString(bytes));
        }

        if (charset.Equals("US-ASCII", StringComparison.OrdinalIgnoreCase))
        {
            return Ascii.IsValid(bytes)
                ? Result<string>.Ok(Encoding.ASCII.GetString(bytes))
                : Result<string>.Fail("bytes invalid in US-ASCII");
        }

        return Result<string>.Fail("unsupported charset in the ext-value");
    }

    // The decoded length, or -1 when a character is neither an attr-char nor part of a %HH escape.
    private static int CountDecodedBytes(ReadOnlySpan<char> encoded)
    {
        var count = 0;
        for (var i = 0; i < encoded.Length; i++, count++)
        {
            var c = encoded[i];
            if (c == '%')
            {
                if (i + 2 >= encoded.Length || !char.IsAsciiHexDigit(encoded[i + 1]) || !char.IsAsciiHexDigit(encoded[i + 2]))
                    return -1;
                i += 2;
            }
            else if (!IsAttrChar(c))
            {
                return -1;
            }
        }

        return count;
    }

    private static void PercentDecode(ReadOnlySpan<char> encoded, Span<byte> destination)
    {
        var written = 0;
        for (var i = 0; i < encoded.Length; i++)
        {
            if (encoded[i] == '%')
            {
                destination[written++] = (byte)((HexValue(encoded[i + 1]) << 4) | HexValue(encoded[i + 2]));
                i += 2;
            }
            else
            {
                destination[written++] = (byte)encoded[i];
            }
        }
    }

    /// <summary>attr-char (RFC 8187 §3.2.1): ALPHA / DIGIT / <c>!#$&amp;+-.^_`|~</c>.</summary>
    private static bool IsAttrChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '!' or '#' or '$' or '&' or '+' or '-' or '.' or '^' or '_' or '`' or '|' or '~';

    /// <summary>mime-charsetc (RFC 8187 §3.2.1): ALPHA / DIGIT / <c>!#$%&amp;+-^_`{}~</c>.</summary>
    private static bool IsCharsetChar(char c) =>
        char.IsAsciiLetterOrDigit(c) || c is '!' or '#' or '$' or '%' or '&' or '+' or '-' or '^' or '_' or '`' or '{' or '}' or '~';

    private static int HexValue(char c) => c <= '9' ? c - '0' : (c | 0x20) - 'a' + 10;

    private static char HexDigit(int value) => (char)(value < 10 ? '0' + value : 'A' + value - 10);
}
