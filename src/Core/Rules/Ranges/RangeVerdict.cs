namespace Lark.Resources.Rules.Ranges;

/// <summary>
/// Judges a 206 answer against the range that was asked for: the body must start where we asked, end no
/// later, name a total that agrees with what earlier answers proved, and carry exactly the bytes it names.
/// A shorter answer is accepted (the rest is asked for again); anything else is refused.
/// </summary>
public static class RangeVerdict
{
    /// <summary>
    /// Accepts or refuses a partial response. On success the value is the bytes it proves, with the total.
    /// </summary>
    /// <param name="asked">The range that was sent.</param>
    /// <param name="contentRange">The response's raw <c>Content-Range</c> value.</param>
    /// <param name="contentLength">The response's <c>Content-Length</c>, when it sent one.</param>
    /// <param name="contentType">The response's <c>Content-Type</c>, when it sent one.</param>
    /// <param name="knownTotal">The total proved by earlier answers, when there were any.</param>
    public static Result<ProvenRange> Judge(ByteRange asked, string? contentRange, long? contentLength, string? contentType, long? knownTotal)
    {
        if (contentType is not null && contentType.TrimStart().StartsWith("multipart/byteranges", StringComparison.OrdinalIgnoreCase))
            return Result<ProvenRange>.Fail("the server answered with several ranges (multipart/byteranges), though one was asked for");
        var parsed = ContentRange.Parse(contentRange);
        if (!parsed.TryGetValue(out var header))
            return Result<ProvenRange>.Fail(parsed.Error!);
        if (header.Range is not { } range)
            return Result<ProvenRange>.Fail($"a 206 answer must name its range, got \"{header}\"");
        if (range.First != asked.First)
            return Result<ProvenRange>.Fail($"asked for bytes from {asked.First}, the server sent bytes from {range.First}");
        if (range.Last > asked.Last)
            return Result<ProvenRange>.Fail($"asked for bytes up to {asked.Last}, the server sent bytes up to {range.Last}");
        var total = header.Total ?? knownTotal;
        if (total is not { } t)
            return Result<ProvenRange>.Fail("the server did not say how large the file is (Content-Range total \"*\")");
        if (knownTotal is { } known && known != t)
            return Result<ProvenRange>.Fail($"the file's size changed between answers: {known} bytes, now {t}");
        if (contentLength is { } length && length != range.Length)
            return Result<ProvenRange>.Fail($"Content-Length {length} does not match Content-Range {header} ({range.Length} bytes)");
        return Result<ProvenRange>.Ok(new ProvenRange(range, t));
    }
}
