using System.Globalization;

namespace Lark.Resources.Rules.Ranges;

/// <summary>The request's <c>Range</c> header (RFC 9110 §14.2), one closed range only.</summary>
public static class RangeHeader
{
    /// <summary>Formats <c>bytes=first-last</c>.</summary>
    public static string Format(ByteRange range) =>
        string.Create(CultureInfo.InvariantCulture, $"bytes={range.First}-{range.Last}");

    /// <summary>Parses <c>bytes=first-last</c> (one closed range; the unit is case-insensitive).</summary>
    public static Result<ByteRange> Parse(string? value)
    {
        if (value is null)
            return Result<ByteRange>.Fail("no Range value");
        var text = value.AsSpan().Trim();
        const string unit = "bytes=";
        if (!text.StartsWith(unit, StringComparison.OrdinalIgnoreCase))
            return Result<ByteRange>.Fail("a Range value must start with \"bytes=\"");
        var spec = text[unit.Length..];
        var dash = spec.IndexOf('-');
        if (dash < 0)
            return Result<ByteRange>.Fail("a byte range needs a '-' between its positions");
        return !HttpDigits.TryParse(spec[..dash], out var first) || !HttpDigits.TryParse(spec[(dash + 1)..], out var last)
            ? Result<ByteRange>.Fail("byte positions must be decimal digits")
            : ByteRange.FromPositions(first, last);
    }
}
