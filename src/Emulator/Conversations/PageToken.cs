using System.Buffers.Binary;
using System.Buffers.Text;

namespace Lark.Emulator.Conversations;

/// <summary>
/// An opaque listing cursor: where the next page starts, which page it is, and a fingerprint of the query it
/// belongs to, so a token reused with another container, sort order or time window is refused (Lark's tokens are
/// bound to their query the same way; it says a token must be used with the sort order of the first request).
/// </summary>
internal readonly record struct PageToken(int Offset, int Page, ulong Fingerprint)
{
    private const int Length = 16;

    public string Encode()
    {
        Span<byte> bytes = stackalloc byte[Length];
        BinaryPrimitives.WriteInt32LittleEndian(bytes, Offset);
        BinaryPrimitives.WriteInt32LittleEndian(bytes[4..], Page);
        BinaryPrimitives.WriteUInt64LittleEndian(bytes[8..], Fingerprint);
        return Base64Url.EncodeToString(bytes);
    }

    public static bool TryDecode(string text, out PageToken token)
    {
        token = default;
        Span<byte> bytes = stackalloc byte[Length + 3];
        int written;
        try
        {
            // Try… only reports a short destination; bad characters or a bad length throw.
            if (text.Length is 0 or > 32 || !Base64Url.TryDecodeFromChars(text, bytes, out written) || written != Length)
            {
                return false;
            }
        }
        catch (FormatException)
        {
            return false;
        }

        token = new PageToken(
            BinaryPrimitives.ReadInt32LittleEndian(bytes),
            BinaryPrimitives.ReadInt32LittleEndian(bytes[4..]),
            BinaryPrimitives.ReadUInt64LittleEndian(bytes[8..]));
        return token.Offset > 0 && token.Page > 1;
    }
}
