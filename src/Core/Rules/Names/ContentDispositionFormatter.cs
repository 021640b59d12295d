using System.Text;

namespace Lark.Resources.Rules.Names;

/// <summary>
/// Writes a <c>Content-Disposition</c> value that RFC 6266 parsers read back to the exact name: an ASCII
/// <c>filename</c> fallback for old readers, plus <c>filename*=UTF-8''…</c> whenever the fallback is lossy.
/// </summary>
internal static class ContentDispositionFormatter
{
    /// <summary>See <see cref="ContentDisposition.Format"/>.</summary>
    public static string Format(string? dispositionType, string? fileName)
    {
        var type = IsToken(dispositionType) ? dispositionType.ToLowerInvariant() : "attachment";
        fileName ??= string.Empty;

        var builder = new StringBuilder(type.Length + 32 + (fileName.Length * 4));
        builder.Append(type).Append("; filename=\"");
        var lossless = true;
        foreach (var rune in fileName.EnumerateRunes())
        {
            // Printable ASCII only: controls are not allowed in a quoted-string, and non-ASCII bytes
            // would be read as ISO-8859-1 (or as UTF-8 by the Lark rule) depending on the reader.
            if (rune.Value is >= 0x20 and < 0x7F)
            {
                QuotedString.AppendEscaped(builder, (char)rune.Value);
            }
            else
            {
                builder.Append('_');
                lossless = false;
            }
        }

        builder.Append('"');
        if (!lossless)
        {
            builder.Append("; filename*=");
            ExtendedValue.AppendUtf8(builder, fileName);
        }

        return builder.ToString();
    }

    private static bool IsToken([System.Diagnostics.CodeAnalysis.NotNullWhen(true)] string? text) =>
        !string.IsNullOrEmpty(text) && HttpSyntax.TokenLength(text) == text.Length;
}
