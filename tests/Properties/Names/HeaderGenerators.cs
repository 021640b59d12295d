using System.Text;
using Lark.Resources.Rules.Names;

namespace Lark.Resources.Properties.Names;

/// <summary>Generators for file names and Content-Disposition headers, biased toward what breaks parsers.</summary>
internal static class HeaderGenerators
{
    private const string Letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    private const string Awkward = " \"\\;%'=*,.-_()[]{}/:?@!#$&+^`|~";

    /// <summary>Characters of HTTP header syntax, for garbage and mutations.</summary>
    public const string SyntaxChars = " \t;=\"\\*'%,:/()<>@[]{}?aA0-_.\u00E4\u00C3\u4E2D\r\n\u0000";

    private static Gen<string> Char(string alphabet) => Gen.Elements(alphabet.ToCharArray()).Select(c => c.ToString());

    private static Gen<string> Range(int first, int last) =>
        Gen.Choose(first, last).Select(char.ConvertFromUtf32);

    /// <summary>One text element of a file name: ASCII, awkward punctuation, Latin-1, CJK, emoji.</summary>
    private static Gen<string> NamePiece(bool allowControls) =>
        Gen.Frequency(
            (8, Char(Letters)),
            (5, Char(Awkward)),
            (3, Range(0xA0, 0xFF)),
            (1, Range(0x80, 0x9F)),
            (3, Range(0x4E00, 0x9FFF)),
            (2, Range(0x1F300, 0x1FAFF)),
            (1, Char("\u0301\u200B\u202E\uFEFF\u00AD")),
            (allowControls ? 1 : 0, Range(0x00, 0x1F)));

    /// <summary>File names: any mix of the pieces above, never with unpaired surrogates.</summary>
    public static Gen<string> FileName(bool allowControls = true) =>
        NamePiece(allowControls).ArrayOf().Select(string.Concat);

    /// <summary>Printable ASCII names, which Format writes as a plain quoted filename.</summary>
    public static Gen<string> AsciiName { get; } =
        Gen.Frequency((4, Char(Letters)), (1, Char(Awkward))).NonEmptyListOf().Select(string.Concat);

    /// <summary>ASCII text with percent escapes in it, as some uploaders name their files.</summary>
    public static Gen<string> PercentText { get; } =
        Gen.Frequency(
                (3, Char(Letters + ". -")),
                (2, Gen.Choose(0, 255).Select(b => $"%{b:X2}")),
                (1, Gen.Choose(0, 255).Select(b => $"%{b:x2}")),
                (1, Gen.Constant("%")))
            .NonEmptyListOf()
            .Select(string.Concat);

    /// <summary><paramref name="word"/> with each letter's case chosen at random.</summary>
    public static Gen<string> AnyCase(string word) =>
        Gen.Elements(true, false).ArrayOf(word.Length)
            .Select(upper => string.Concat(word.Select((c, i) => upper[i] ? char.ToUpperInvariant(c) : char.ToLowerInvariant(c))));

    /// <summary>Headers worth mutating: formatted ones and hand-written ones with every feature.</summary>
    public static Gen<string> ValidHeader { get; } =
        Gen.OneOf(
            FileName().Select(name => ContentDisposition.Format("attachment", name)),
            Gen.Elements(
                "inline",
                "attachment; filename=\"foo.html\"",
                "attachment; foo=\"\\\"\\\\\";filename=\"foo.html\"",
                "attachment; filename*=UTF-8''foo-%c3%a4-%e2%82%ac.html; filename=\"x\"",
                "attachment; filename*=iso-8859-1'en'foo-%E4.html",
                "attachment; filename=\"\u00E5\u00AD\u00A3.xlsx\"",
                "attachment; filename*0*=UTF-8''foo-%c3%a4; filename*1=\".html\""));

    /// <summary>Strings of header syntax characters: quotes, semicolons, escapes, tokens, controls.</summary>
    public static Gen<string> Garbage { get; } =
        Gen.Frequency(
                (4, Char(SyntaxChars)),
                (1, Gen.Elements("attachment", "filename", "filename*", "UTF-8''", "%", "\"", "\\", "\uD800", "\uDC00")))
            .ArrayOf()
            .Select(string.Concat);

    /// <summary>One edit of a header: delete, insert, duplicate, swap or cut.</summary>
    public static Gen<string> Mutate(string header)
    {
        var at = Gen.Choose(0, header.Length);
        var insert = Gen.Zip(at, Char(SyntaxChars)).Select(t => header.Insert(t.Item1, t.Item2));
        if (header.Length == 0)
            return insert;
        var index = Gen.Choose(0, header.Length - 1);
        return Gen.OneOf(
            insert,
            index.Select(i => header.Remove(i, 1)),
            at.Select(i => header[..i]),
            Gen.Zip(index, index).Select(t => header.Insert(t.Item1, header[Math.Min(t.Item1, t.Item2)..Math.Max(t.Item1, t.Item2)])),
            Gen.Zip(index, index).Select(t => Swap(header, t.Item1, t.Item2)));
    }

    /// <summary>A valid header after a few random edits.</summary>
    public static Gen<string> MutatedHeader { get; } =
        from header in ValidHeader
        from edits in Gen.Choose(1, 4)
        from mutated in Repeat(header, edits)
        select mutated;

    /// <summary>How .NET hands over raw UTF-8 header bytes: each byte as one ISO-8859-1 character.</summary>
    public static string AsLatin1(string text) => Encoding.Latin1.GetString(Encoding.UTF8.GetBytes(text));

    /// <summary>The inside of a quoted-string for <paramref name="text"/>.</summary>
    public static string Quote(string text) =>
        "\"" + text.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("\"", "\\\"", StringComparison.Ordinal) + "\"";

    private static Gen<string> Repeat(string header, int edits) =>
        edits == 0 ? Gen.Constant(header) : Mutate(header).SelectMany(next => Repeat(next, edits - 1));

    private static string Swap(string text, int i, int j)
    {
        var chars = text.ToCharArray();
        (chars[i], chars[j]) = (chars[j], chars[i]);
        return new string(chars);
    }
}
