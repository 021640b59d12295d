using System.Globalization;

namespace Lark.Resources.Rules.Ranges;

/// <summary>
/// A <c>Content-Range</c> value (RFC 9110 §14.4): <c>bytes first-last/total</c>,
/// <c>bytes first-last/*</c> (total unknown) or <c>bytes */total</c> (unsatisfied range, as in a 416).
/// </summary>
public readonly record struct ContentRange
{
    private ContentRange(ByteRange? range, long? total)
    {
        Range = range;
        Total = total;
    }

    /// <summary>The bytes the response carries; none for <c>bytes */total</c>.</summary>
    public ByteRange? Range { get; }

    /// <summary>The complete length; none for <c>/*</c>.</summary>
    public long? Total { get; }

    /// <summary>A satisfied range with an optional total; fails when the total is not past the last byte.</summary>
    public static Result<ContentRange> Satisfied(ByteRange range, long? total) =>
        total is { } t && t <= range.Last
            ? Result<ContentRange>.Fail($"the total {t} must be greater than the last byte position {range.Last}")
            : Result<ContentRange>.Ok(new ContentRange(range, total));

    /// <summary>An unsatisfied range, <c>bytes */total</c>.</summary>
    public static Result<ContentRange> Unsatisfied(long total) =>
        total < 0 ? Result<ContentRange>.Fail("a total cannot be negative") : Result<ContentRange>.Ok(new ContentRange(null, total));

    /// <summary>Formats the value as a server sends it.</summary>
    public string Format()
    {
        var total = Total is { } t ? t.ToString(CultureInfo.InvariantCulture) : "*";
        return Range is { } r
            ? string.Create(CultureInfo.InvariantCulture, $"bytes {r.First}-{r.Last}/{total}")
            : $"bytes */{total}";
    }

    /// <inheritdoc />
    public override string ToString() => Format();

    /// <summary>Parses a value strictly; any string gets an answer, never an exception.</summary>
    public static Result<ContentRange> Parse(string? value)
    {
        if (value is null)
            return Result<ContentRange>.Fail("no Content-Range header");
        var text = value.AsSpan().Trim(" \t");
        const string unit = "bytes";
        if (!text.StartsWith(unit, StringComparison.OrdinalIgnoreCase) || text.Length == unit.Length || text[unit.Length] != ' ')
            return Result<ContentRange>.Fail($"Content-Range \"{Printable(value)}\" is not in bytes (expected \"bytes first-last/total\")");
        var rest = text[(unit.Length + 1)..].TrimStart(' ');
        var slash = rest.IndexOf('/');
        if (slash < 0)
            return Result<ContentRange>.Fail($"Content-Range \"{Printable(value)}\" has no '/total'");
        var rangePart = rest[..slash];
        var totalPart = rest[(slash + 1)..];

        long? total = null;
        if (totalPart is not "*")
        {
            if (!HttpDigits.TryParse(totalPart, out var t))
                return Result<ContentRange>.Fail($"Content-Range \"{Printable(value)}\" has a total that is not a number");
            total = t;
        }

        if (rangePart is "*")
            return total is { } known
                ? Unsatisfied(known)
                : Result<ContentRange>.Fail("Content-Range \"bytes */*\" says nothing");

        var dash = rangePart.IndexOf('-');
        if (dash < 0 || !HttpDigits.TryParse(rangePart[..dash], out var first) || !HttpDigits.TryParse(rangePart[(dash + 1)..], out var last))
            return Result<ContentRange>.Fail($"Content-Range \"{Printable(value)}\" has no valid first-last positions");
        // No lambda here: this is the hot path of every chunk, and it allocates nothing.
        var positions = ByteRange.FromPositions(first, last);
        return positions.TryGetValue(out var range) ? Satisfied(range, total) : Result<ContentRange>.Fail(positions.Error!);
    }

    // Error messages quote the header; keep them short and free of control characters.
    private static string Printable(string value)
    {
        var cut = value.Length > 80 ? value[..80] + "…" : value;
        return string.Concat(cut.Select(c => char.IsControl(c) ? '?' : c));
    }
}
