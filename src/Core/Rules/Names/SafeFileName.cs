using System.Text;

namespace Lark.Resources.Rules.Names;

/// <summary>
/// Reduces a name a server supplied to one file name that is safe to create in a chosen directory:
/// the last segment after <c>/</c> and <c>\</c>; no <c>.</c> or <c>..</c>; no control or format characters
/// (bidi overrides, zero-width); no leading <c>.</c> or <c>-</c>; no Windows-reserved names or characters;
/// NFC; at most 255 UTF-8 bytes, keeping the extension. Idempotent.
/// </summary>
public static class SafeFileName
{
    /// <summary>The longest name most file systems accept, in UTF-8 bytes.</summary>
    public const int MaxUtf8Bytes = 255;

    private static readonly string[] ReservedDeviceNames =
    [
        "CON", "PRN", "AUX", "NUL", "CONIN$", "CONOUT$",
        "COM0", "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9", "COM¹", "COM²", "COM³",
        "LPT0", "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9", "LPT¹", "LPT²", "LPT³",
    ];

    /// <summary>The safe name, or a failure when nothing usable is left.</summary>
    public static Result<string> From(string? name)
    {
        if (string.IsNullOrEmpty(name))
            return Result<string>.Fail("no file name was given");

        // Each pass is a fixed sequence of narrowing steps; a second pass can only matter when truncation or
        // normalisation exposed something (a trailing dot, a split sequence), so two passes reach the fixed point.
        var current = name;
        for (var pass = 0; pass < 3; pass++)
        {
            var next = Clean(current);
            if (next == current)
                break;
            current = next;
        }

        return current.Length == 0
            ? Result<string>.Fail($"the name \"{Shorten(name)}\" has nothing usable left once made safe")
            : Result<string>.Ok(current);
    }

    private static string Clean(string name)
    {
        var segment = LastSegment(name);
        var visible = new StringBuilder(segment.Length);
        for (var i = 0; i < segment.Length; i++)
        {
            if (FileNameText.IsInvisibleOrControl(segment, i))
                continue;
            var c = segment[i];
            visible.Append(FileNameText.IsWindowsReserved(c) ? '_' : c);
        }

        var text = visible.ToString().Normalize(NormalizationForm.FormC);
        text = text.TrimStart('.', '-', ' ', '\u00A0', '\u3000', '\t').TrimEnd('.', ' ', '\u00A0', '\u3000', '\t');
        if (text.Length == 0)
            return "";
        text = AvoidDeviceName(text);
        return Truncate(text);
    }

    private static string LastSegment(string name)
    {
        var cut = name.LastIndexOfAny(['/', '\\']);
        return cut < 0 ? name : name[(cut + 1)..];
    }

    private static string AvoidDeviceName(string text)
    {
        var dot = text.IndexOf('.', StringComparison.Ordinal);
        var stem = (dot < 0 ? text : text[..dot]).TrimEnd(' ');
        foreach (var reserved in ReservedDeviceNames)
        {
            if (string.Equals(stem, reserved, StringComparison.OrdinalIgnoreCase))
                return "_" + text;
        }

        return text;
    }

    private static string Truncate(string text)
    {
        if (FileNameText.Utf8Length(text) <= MaxUtf8Bytes)
            return text;
        var extension = Extension.Of(text);
        var keep = extension.Length > 0 && FileNameText.Utf8Length(extension) <= 32 ? extension : "";
        var stem = text[..^keep.Length];
        var budget = MaxUtf8Bytes - FileNameText.Utf8Length(keep);
        var cut = Utf8Prefix(stem, budget).TrimEnd('.', ' ');
        return cut + keep;
    }

    // The longest prefix that fits the byte budget without splitting a surrogate pair.
    private static string Utf8Prefix(string text, int budget)
    {
        var bytes = 0;
        var i = 0;
        while (i < text.Length)
        {
            var width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(text.AsSpan(i, width));
            if (bytes + size > budget)
                break;
            bytes += size;
            i += width;
        }

        return text[..i];
    }

    private static string Shorten(string name) =>
        new(name.Take(64).Select(c => char.IsControl(c) ? '?' : c).ToArray());
}
