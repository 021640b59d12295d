namespace Lark.Resources.Rules.Ranges;

/// <summary>
/// An inclusive range of byte positions, as HTTP writes them (<c>first-last</c>).
/// Always non-empty: <see cref="Last"/> is at least <see cref="First"/>.
/// </summary>
public readonly record struct ByteRange
{
    private ByteRange(long first, long last)
    {
        First = first;
        Last = last;
    }

    /// <summary>The first byte position.</summary>
    public long First { get; }

    /// <summary>The last byte position, inclusive.</summary>
    public long Last { get; }

    /// <summary>How many bytes the range holds.</summary>
    public long Length => Last - First + 1;

    /// <summary>The position after the last byte.</summary>
    public long End => Last + 1;

    /// <summary>A range from inclusive positions; fails unless <c>0 &lt;= first &lt;= last</c>.</summary>
    public static Result<ByteRange> FromPositions(long first, long last) =>
        first < 0 ? Result<ByteRange>.Fail($"a byte position cannot be negative ({first})")
        : last < first ? Result<ByteRange>.Fail($"the last byte position {last} is before the first {first}")
        : Result<ByteRange>.Ok(new ByteRange(first, last));

    /// <summary>A range of <paramref name="length"/> bytes from <paramref name="offset"/>; fails for a negative
    /// offset, a non-positive length or a range past <see cref="long.MaxValue"/>.</summary>
    public static Result<ByteRange> FromOffset(long offset, long length) =>
        length <= 0 ? Result<ByteRange>.Fail($"a range must hold at least one byte (length {length})")
        : offset > long.MaxValue - length ? Result<ByteRange>.Fail("the range ends past the largest byte position")
        : FromPositions(offset, offset + length - 1);

    /// <summary>Whether <paramref name="position"/> lies in the range.</summary>
    public bool Contains(long position) => position >= First && position <= Last;

    /// <inheritdoc />
    public override string ToString() => $"{First}-{Last}";
}
