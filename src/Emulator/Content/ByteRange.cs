using System.Globalization;

namespace Lark.Emulator.Content;

/// <summary>The outcome of reading a <c>Range</c> header against a resource's length.</summary>
internal readonly record struct ByteRange(ByteRangeKind Kind, long First, long Last)
{
    public static ByteRange None { get; } = new(ByteRangeKind.None, 0, 0);

    public long Length => Last - First + 1;

    /// <summary>
    /// Reads one <c>bytes=a-b</c>, <c>bytes=a-</c> or <c>bytes=-n</c> range (RFC 9110 §14.1.2). Anything else
    /// (other units, several ranges, bad syntax) is ignored as RFC 9110 allows, giving a 200 with the whole body.
    /// </summary>
    public static ByteRange Parse(string? header, long total)
    {
        if (string.IsNullOrWhiteSpace(header) || !header.StartsWith("bytes=", StringComparison.OrdinalIgnoreCase))
        {
            return None;
        }

        var spec = header["bytes=".Length..].Trim();
        var dash = spec.IndexOf('-', StringComparison.Ordinal);
        if (spec.Contains(',', StringComparison.Ordinal) || dash < 0)
        {
            return None;
        }

        var firstText = spec[..dash].Trim();
        var lastText = spec[(dash + 1)..].Trim();
        if (firstText.Length == 0)
        {
            // Suffix range: the last n bytes.
            if (!TryParse(lastText, out var suffix))
            {
                return None;
            }

            return suffix == 0 || total == 0
                ? new ByteRange(ByteRangeKind.Unsatisfiable, 0, 0)
                : new ByteRange(ByteRangeKind.Satisfiable, Math.Max(0, total - suffix), total - 1);
        }

        if (!TryParse(firstText, out var first))
        {
            return None;
        }

        long last = long.MaxValue;
        if (lastText.Length > 0 && (!TryParse(lastText, out last) || last < first))
        {
            return None;
        }

        return first >= total
            ? new ByteRange(ByteRangeKind.Unsatisfiable, 0, 0)
            : new ByteRange(ByteRangeKind.Satisfiable, first, Math.Min(last, total - 1));
    }

    private static bool TryParse(string text, out long value) =>
        long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out value);
}
