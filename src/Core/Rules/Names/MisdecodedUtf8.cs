using System.Buffers;
using System.Text;
using System.Text.Unicode;

namespace Lark.Resources.Rules.Names;

/// <summary>
/// The Lark rule for plain <c>filename</c> values. Lark sends <c>filename="&lt;raw UTF-8 bytes&gt;"</c> and
/// .NET hands header bytes over as ISO-8859-1 characters, so <c>季度报告.xlsx</c> arrives as
/// <c>å­£åº¦æŠ¥å‘Š.xlsx</c>. Text whose characters are all single bytes and which forms valid UTF-8 with
/// at least one multi-byte sequence is read back as UTF-8; anything else is kept as it is.
/// </summary>
internal static class MisdecodedUtf8
{
    private const int StackBytes = 256;

    /// <summary>The UTF-8 reading of <paramref name="value"/> when it is one, else the value unchanged.</summary>
    public static string Repair(ReadOnlySpan<char> value)
    {
        var hasHighByte = false;
        foreach (var c in value)
        {
            // Above U+00FF the header was already decoded as Unicode: nothing to repair.
            if (c > '\u00FF')
                return value.ToString();
            hasHighByte |= c >= '\u0080';
        }

        // Pure ASCII reads the same either way; a byte >= 0x80 is what any multi-byte sequence needs.
        if (!hasHighByte)
            return value.ToString();

        byte[]? rented = null;
        var bytes = value.Length <= StackBytes
            ? stackalloc byte[StackBytes]
            : (rented = ArrayPool<byte>.Shared.Rent(value.Length));
        try
        {
            bytes = bytes[..value.Length];
            for (var i = 0; i < value.Length; i++)
                bytes[i] = (byte)value[i];

            // Invalid UTF-8 (e.g. a real ISO-8859-1 "foo-ä.html") stays Latin-1.
            return Utf8.IsValid(bytes) ? Encoding.UTF8.GetString(bytes) : value.ToString();
        }
        finally
        {
            if (rented is not null)
                ArrayPool<byte>.Shared.Return(rented);
        }
    }
}
