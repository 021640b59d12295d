namespace Lark.Resources.Rules.Names;

/// <summary>
/// A parsed <c>Content-Disposition</c> response header (RFC 6266, with RFC 8187 <c>filename*</c>):
/// the disposition type and the file name a download should start from.
/// </summary>
/// <remarks>
/// The file name is exactly what the header says (after decoding): it may hold path separators, dots,
/// control or bidi characters. Reduce it to one safe segment before it touches a file system.
/// </remarks>
/// <param name="DispositionType">The disposition type in lower case, e.g. <c>attachment</c> or <c>inline</c>.
/// RFC 6266 §4.2: an unknown type is to be handled like <c>attachment</c>.</param>
/// <param name="FileName">The chosen file name, or <see langword="null"/> when the header names none.</param>
/// <param name="Source">Which parameter <paramref name="FileName"/> came from.</param>
public sealed record ContentDisposition(string DispositionType, string? FileName, FileNameSource Source)
{
    /// <summary>Whether the type is <c>inline</c>; every other type means download (RFC 6266 §4.2).</summary>
    public bool IsInline => DispositionType == "inline";

    /// <summary>
    /// Parses a <c>Content-Disposition</c> value strictly. Never throws.
    /// </summary>
    /// <remarks>
    /// <list type="bullet">
    /// <item>Fails (the header is void) on a missing disposition type, a repeated parameter, a parameter
    /// without <c>=</c> or value, unbalanced quotes, control characters, or any stray text.</item>
    /// <item><c>filename*</c> wins over <c>filename</c> in either order. It is void, and <c>filename</c>
    /// stands, when quoted, without charset, badly percent-encoded, in a charset other than UTF-8,
    /// ISO-8859-1 or US-ASCII, or when its bytes are invalid in its charset.</item>
    /// <item><c>filename</c> is never percent- or RFC 2047-decoded. When all its characters are single
    /// bytes that form valid UTF-8 with a multi-byte sequence, it is read as UTF-8: Lark sends raw UTF-8
    /// and .NET hands header bytes over as ISO-8859-1.</item>
    /// </list>
    /// </remarks>
    /// <param name="header">The header value, as .NET hands it over; <see langword="null"/> when absent.</param>
    public static Result<ContentDisposition> Parse(string? header) =>
        header is null
            ? Result<ContentDisposition>.Fail("no Content-Disposition header")
            : ContentDispositionParser.Parse(header);

    /// <summary>Parses a <c>Content-Disposition</c> value; see <see cref="Parse(string?)"/>.</summary>
    /// <param name="header">The header value.</param>
    public static Result<ContentDisposition> Parse(ReadOnlySpan<char> header) => ContentDispositionParser.Parse(header);

    /// <summary>
    /// Writes a header value that <see cref="Parse(string?)"/> (and any RFC 6266 reader) reads back to
    /// exactly <paramref name="fileName"/>: <c>type; filename="ascii fallback"</c>, plus
    /// <c>filename*=UTF-8''…</c> when the name is not printable ASCII. The result is printable ASCII.
    /// </summary>
    /// <param name="dispositionType">A token such as <c>attachment</c>; anything else becomes <c>attachment</c>.</param>
    /// <param name="fileName">Any name; <see langword="null"/> is taken as empty, and unpaired surrogates
    /// (which UTF-8 cannot carry) come back as U+FFFD.</param>
    public static string Format(string dispositionType, string fileName) =>
        ContentDispositionFormatter.Format(dispositionType, fileName);
}
