using System.Globalization;

namespace Lark.Resources.Rules.Retry;

/// <summary>Reads a server's wait hints: <c>Retry-After</c> (seconds or an HTTP date) and <c>x-ogw-ratelimit-reset</c>.</summary>
internal static class RetryAfter
{
    /// <summary>
    /// The wait a <c>Retry-After</c> value asks for: delta-seconds, or an HTTP date minus <paramref name="now"/>
    /// (a date in the past means no wait). None when absent or unreadable.
    /// </summary>
    public static TimeSpan? Parse(string? value, DateTimeOffset now)
    {
        var text = value?.Trim();
        if (string.IsNullOrEmpty(text))
            return null;
        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var seconds))
            return TimeSpan.FromSeconds(Math.Min(seconds, int.MaxValue));
        string[] formats = ["r", "dddd, dd-MMM-yy HH:mm:ss 'GMT'", "ddd MMM d HH:mm:ss yyyy"];
        return DateTimeOffset.TryParseExact(text, formats, CultureInfo.InvariantCulture, DateTimeStyles.AssumeUniversal | DateTimeStyles.AllowWhiteSpaces, out var date)
            ? date > now ? date - now : TimeSpan.Zero
            : null;
    }

    /// <summary>The wait an <c>x-ogw-ratelimit-reset</c> value asks for (whole or fractional seconds).</summary>
    public static TimeSpan? ParseReset(string? value)
    {
        var text = value?.Trim();
        return double.TryParse(text, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var seconds) && seconds is >= 0 and < 1e7
            ? TimeSpan.FromSeconds(seconds)
            : null;
    }
}
