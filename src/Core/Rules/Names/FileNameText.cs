using System.Globalization;
using System.Text;

namespace Lark.Resources.Rules.Names;

/// <summary>Character classes that make a name unsafe to show or to save.</summary>
internal static class FileNameText
{
    /// <summary>Control characters, format characters (bidi overrides, zero-width joiners, BOM, tag characters) and lone
    /// surrogates. Both halves of a pair are judged alike, so a format character outside the BMP goes whole.</summary>
    public static bool IsInvisibleOrControl(string text, int index)
    {
        var c = text[index];
        if (char.IsHighSurrogate(c))
            return index + 1 >= text.Length || !char.IsLowSurrogate(text[index + 1]) || IsFormat(char.ConvertToUtf32(c, text[index + 1]));
        if (char.IsLowSurrogate(c))
            return index == 0 || !char.IsHighSurrogate(text[index - 1]) || IsFormat(char.ConvertToUtf32(text[index - 1], c));
        return char.IsControl(c) || IsFormat(c) || c is '\u2028' or '\u2029';
    }

    /// <summary>Characters Windows refuses in a name; replaced so that names stay portable.</summary>
    public static bool IsWindowsReserved(char c) => c is '<' or '>' or ':' or '"' or '|' or '?' or '*';

    /// <summary>The UTF-8 length of a string.</summary>
    public static int Utf8Length(string text) => Encoding.UTF8.GetByteCount(text);

    /// <summary>Finds the first control, format or lone-surrogate character; −1 if none.</summary>
    public static int FirstInvisibleOrControl(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (IsInvisibleOrControl(text, i))
                return i;
        }

        return -1;
    }

    private static bool IsFormat(int codePoint) =>
        CharUnicodeInfo.GetUnicodeCategory(codePoint) == UnicodeCategory.Format;
}
