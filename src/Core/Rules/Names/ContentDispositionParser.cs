using System.Buffers;

namespace Lark.Resources.Rules.Names;

/// <summary>
/// The strict RFC 6266 reading of a <c>Content-Disposition</c> value:
/// <c>disposition-type *( OWS ";" OWS parameter )</c> with <c>parameter = token OWS "=" OWS ( token / quoted-string )</c>.
/// Bad syntax or a repeated parameter voids the header; a bad <c>filename*</c> voids only itself.
/// </summary>
internal static class ContentDispositionParser
{
    private const int StackNames = 16;
    private const int StackChars = 256;

    /// <summary>Parses a header value; see <see cref="ContentDisposition.Parse(string?)"/>.</summary>
    public static Result<ContentDisposition> Parse(ReadOnlySpan<char> header)
    {
        var position = HttpSyntax.WhitespaceLength(header);
        var typeLength = HttpSyntax.TokenLength(header[position..]);
        if (typeLength == 0)
        {
            return position == header.Length
                ? Fail("empty header: no disposition type")
                : Fail($"no disposition type: unexpected '{header[position]}' at {position}");
        }

        var type = header.Slice(position, typeLength);
        position += typeLength;

        var names = new ParameterNameSet(header, stackalloc Range[StackNames]);
        Range? filename = null;
        Range? filenameStar = null;
        while (true)
        {
            position += HttpSyntax.WhitespaceLength(header[position..]);
            if (position == header.Length)
                break;
            if (header[position] != ';')
                return Fail($"stray text: unexpected '{header[position]}' at {position} where ';' or the end was expected");
            position++;
            position += HttpSyntax.WhitespaceLength(header[position..]);
            if (position == header.Length)
                return Fail("';' at the end without a parameter");

            var nameStart = position;
            position += HttpSyntax.TokenLength(header[position..]);
            if (position == nameStart)
                return Fail($"empty parameter: unexpected '{header[position]}' at {position}");
            var name = nameStart..position;

            var afterName = position;
            position += HttpSyntax.WhitespaceLength(header[position..]);
            var malformedName = false;
            if (position > afterName && position < header.Length && header[position] == '*')
            {
                // "filename *=" (tc2231 attwithfn2231ws1): whitespace inside an extended name voids that
                // parameter only; its value must still be well-formed for the header to stand.
                var equals = position + 1 + HttpSyntax.WhitespaceLength(header[(position + 1)..]);
                if (equals < header.Length && header[equals] == '=')
                {
                    malformedName = true;
                    position = equals;
                }
            }

            if (position == header.Length || header[position] != '=')
                return Fail($"parameter '{header[name]}' has no '='");
            position++;
            position += HttpSyntax.WhitespaceLength(header[position..]);

            var valueStart = position;
            if (position < header.Length && header[position] == '"')
            {
                if (!QuotedString.TryMeasure(header[position..], out var quotedLength, out var error))
                    return Fail($"parameter '{header[name]}': {error}");
                position += quotedLength;
            }
            else
            {
                position += HttpSyntax.TokenLength(header[position..]);
                if (position == valueStart)
                    return Fail($"parameter '{header[name]}' has no value");
            }

            if (malformedName)
                continue;
            if (!names.Add(name))
                return Fail($"duplicate parameter '{header[name]}'");

            var nameText = header[name];
            if (nameText.Equals("filename", StringComparison.OrdinalIgnoreCase))
                filename = valueStart..position;
            else if (nameText.Equals("filename*", StringComparison.OrdinalIgnoreCase))
                filenameStar = valueStart..position;
        }

        var dispositionType = LowerCaseType(type);

        // filename* wins whatever the order; when void (quoted, bad syntax, charset or bytes) filename stands.
        if (filenameStar is { } star && header[star][0] != '"'
            && ExtendedValue.Decode(header[star]).TryGetValue(out var extended))
        {
            return Result<ContentDisposition>.Ok(new(dispositionType, extended, FileNameSource.FilenameStar));
        }

        if (filename is { } plain)
            return Result<ContentDisposition>.Ok(new(dispositionType, PlainFileName(header[plain]), FileNameSource.Filename));

        return Result<ContentDisposition>.Ok(new(dispositionType, null, FileNameSource.None));
    }

    // A token as it is, a quoted-string unescaped; never percent- or RFC 2047-decoded; then the Lark rule.
    private static string PlainFileName(ReadOnlySpan<char> value)
    {
        if (value[0] != '"')
            return MisdecodedUtf8.Repair(value);

        char[]? rented = null;
        var buffer = value.Length <= StackChars
            ? stackalloc char[StackChars]
            : (rented = ArrayPool<char>.Shared.Rent(value.Length));
        try
        {
            var written = QuotedString.Unescape(value, buffer);
            return MisdecodedUtf8.Repair(buffer[..written]);
        }
        finally
        {
            if (rented is not null)
                ArrayPool<char>.Shared.Return(rented);
        }
    }

    // The common types come back as literals, so parsing them allocates nothing for the type.
    private static string LowerCaseType(ReadOnlySpan<char> type)
    {
        if (type.Equals("attachment", StringComparison.OrdinalIgnoreCase))
            return "attachment";
        if (type.Equals("inline", StringComparison.OrdinalIgnoreCase))
            return "inline";
        return type.ToString().ToLowerInvariant();
    }

    private static Result<ContentDisposition> Fail(string reason) => Result<ContentDisposition>.Fail(reason);
}
