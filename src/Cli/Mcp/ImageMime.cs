namespace Lark.Cli.Mcp;

/// <summary>The MIME type to send an image inline with: the server's when it is an image type, else the bytes' signature.</summary>
internal static class ImageMime
{
    public static string? Of(string? contentType, ReadOnlySpan<byte> bytes)
    {
        var declared = contentType?.Split(';')[0].Trim();
        if (declared is { Length: > 6 } && declared.StartsWith("image/", StringComparison.OrdinalIgnoreCase))
            return declared;
        return bytes switch
        {
            [0x89, (byte)'P', (byte)'N', (byte)'G', ..] => "image/png",
            [0xFF, 0xD8, 0xFF, ..] => "image/jpeg",
            [(byte)'G', (byte)'I', (byte)'F', (byte)'8', ..] => "image/gif",
            [(byte)'R', (byte)'I', (byte)'F', (byte)'F', _, _, _, _, (byte)'W', (byte)'E', (byte)'B', (byte)'P', ..] => "image/webp",
            _ => null,
        };
    }
}
