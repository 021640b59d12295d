namespace Lark.Resources.Rules.Ranges;

/// <summary>The <c>1*DIGIT</c> of HTTP: ASCII digits only, no sign, no spaces, no overflow.</summary>
internal static class HttpDigits
{
    /// <summary>Parses a non-negative decimal number that fits a <see cref="long"/>.</summary>
    public static bool TryParse(ReadOnlySpan<char> text, out long value)
    {
        value = 0;
        if (text.IsEmpty || text.Length > 19)
            return false;
        foreach (var c in text)
        {
            if (c is < '0' or > '9')
                return false;
            var digit = c - '0';
            if (value > (long.MaxValue - digit) / 10)
                return false;
            value = (value * 10) + digit;
        }

        return true;
    }
}
