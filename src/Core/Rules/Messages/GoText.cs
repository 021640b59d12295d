using System.Globalization;
using System.Text;
using System.Text.Json;

namespace Lark.Resources.Rules.Messages;

/// <summary>
/// Text as Go's <c>fmt</c> and <c>strconv</c> write it: the official CLI renders numbers, quoted strings and loose
/// values this way, and its output is the reference ours must equal character for character.
/// </summary>
internal static class GoText
{
    /// <summary>A double as <c>strconv.FormatFloat(v, 'f', -1, 64)</c>: the shortest digits, never an exponent.</summary>
    public static string Fixed(double value)
    {
        if (!double.IsFinite(value))
            return NonFinite(value);
        var (negative, digits, point) = Shortest(value);
        return (negative ? "-" : "") + FixedDigits(digits, point, Math.Max(digits.Length - point, 0));
    }

    /// <summary>A double as <c>%v</c> prints it (<c>%g</c>, shortest digits): an exponent below 1e-4 and from 1e6 on.</summary>
    public static string General(double value)
    {
        if (!double.IsFinite(value))
            return NonFinite(value);
        var (negative, digits, point) = Shortest(value);
        var exponent = point - 1;
        var sign = negative ? "-" : "";
        if (digits == "0")
            return sign + "0";

        // Go decides with precision 6 when the shortest digits are asked for.
        return exponent < -4 || exponent >= 6
            ? sign + Scientific(digits, exponent)
            : sign + FixedDigits(digits, point, Math.Max(digits.Length - point, 0));
    }

    /// <summary>A double as <c>encoding/json</c> writes it: fixed from 1e-6 to below 1e21, else an exponent (<c>1e+21</c>, <c>1e-7</c>).</summary>
    public static string JsonNumber(double value)
    {
        if (!double.IsFinite(value))
            return "0"; // Go's encoder refuses these; a parsed document never holds one.
        var abs = Math.Abs(value);
        if (abs != 0 && (abs < 1e-6 || abs >= 1e21))
        {
            var (negative, digits, point) = Shortest(value);
            var text = Scientific(digits, point - 1);
            return (negative ? "-" : "") + text.Replace("e-0", "e-", StringComparison.Ordinal);
        }

        return Fixed(value);
    }

    /// <summary>A double as <c>%.0f</c> prints it: rounded half to even, every digit written out.</summary>
    public static string Rounded(double value)
    {
        if (!double.IsFinite(value))
            return NonFinite(value);
        var rounded = Math.Round(value, MidpointRounding.ToEven);
        var text = rounded.ToString("F0", CultureInfo.InvariantCulture);
        return text == "-0" ? "-0" : text;
    }

    /// <summary>Go's <c>int(f)</c> on amd64: truncation, and the smallest int64 for what does not fit.</summary>
    public static long Truncate(double value) =>
        double.IsFinite(value) && value > -9.223372036854775808E18 && value < 9.223372036854775808E18 ? (long)value : long.MinValue;

    /// <summary>A string as <c>%q</c> quotes it: printable characters kept, others escaped Go's way.</summary>
    public static string Quote(string text)
    {
        var quoted = new StringBuilder(text.Length + 2).Append('"');
        foreach (var rune in Runes(text))
        {
            var value = rune.Value;
            if (value is '"' or '\\')
            {
                quoted.Append('\\').Append((char)value);
                continue;
            }

            if (IsPrint(rune))
            {
                quoted.Append(rune.ToString());
                continue;
            }

            quoted.Append(value switch
            {
                '\a' => "\\a",
                '\b' => "\\b",
                '\f' => "\\f",
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                '\v' => "\\v",
                < ' ' or 0x7f => "\\x" + value.ToString("x2", CultureInfo.InvariantCulture),
                < 0x10000 => "\\u" + value.ToString("x4", CultureInfo.InvariantCulture),
                _ => "\\U" + value.ToString("x8", CultureInfo.InvariantCulture),
            });
        }

        return quoted.Append('"').ToString();
    }

    /// <summary>
    /// What <c>fmt.Sscanf(s, "%d", &amp;n)</c> leaves in <c>n</c> (starting from 0): leading spaces skipped, an
    /// optional sign, the digits that follow; 0 when there are none or they overflow.
    /// </summary>
    public static long ScanInt(string? text)
    {
        if (string.IsNullOrEmpty(text))
            return 0;
        var i = 0;
        while (i < text.Length && text[i] != '\n' && IsScanSpace(text[i]))
            i++;
        var start = i;
        if (i < text.Length && text[i] is '+' or '-')
            i++;
        var digitsStart = i;
        while (i < text.Length && text[i] is >= '0' and <= '9')
            i++;
        if (i == digitsStart)
            return 0;
        return long.TryParse(text.AsSpan(start, i - start), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var n) ? n : 0;
    }

    /// <summary>What <c>strconv.ParseInt(s, 10, 64)</c> accepts: an optional sign and decimal digits, nothing else.</summary>
    public static bool TryParseInt(string? text, out long value)
    {
        value = 0;
        if (string.IsNullOrEmpty(text))
            return false;
        var digits = text[0] is '+' or '-' ? text.AsSpan(1) : text.AsSpan();
        if (digits.IsEmpty)
            return false;
        foreach (var c in digits)
        {
            if (c is < '0' or > '9')
                return false;
        }

        return long.TryParse(text, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out value);
    }

    /// <summary>A JSON value as Go's <c>%v</c> prints the <c>interface{}</c> it decodes to.</summary>
    public static string Value(JsonElement value, int depth = 0)
    {
        if (depth > GoJson.MaxWalkDepth)
            return "";
        switch (value.ValueKind)
        {
            case JsonValueKind.String:
                return JsonText.Of(value) ?? "";
            case JsonValueKind.Number:
                return value.TryGetDouble(out var number) ? General(number) : "0";
            case JsonValueKind.True:
                return "true";
            case JsonValueKind.False:
                return "false";
            case JsonValueKind.Array:
                return "[" + string.Join(' ', value.EnumerateArray().Select(item => Value(item, depth + 1))) + "]";
            case JsonValueKind.Object:
                return "map[" + string.Join(' ', GoJson.SortedProperties(value).Select(p => p.Name + ":" + Value(p.Value, depth + 1))) + "]";
            default:
                return "<nil>";
        }
    }

    /// <summary>The runes of <paramref name="text"/>; a lone surrogate reads as U+FFFD, as Go reads a bad byte.</summary>
    public static IEnumerable<Rune> Runes(string text)
    {
        for (var i = 0; i < text.Length;)
        {
            Rune.DecodeFromUtf16(text.AsSpan(i), out var rune, out var used);
            yield return rune;
            i += Math.Max(used, 1);
        }
    }

    // Go's unicode.IsPrint: letters, marks, numbers, punctuation, symbols and the ASCII space.
    private static bool IsPrint(Rune rune) =>
        rune.Value == ' ' || Rune.GetUnicodeCategory(rune) switch
        {
            UnicodeCategory.UppercaseLetter or UnicodeCategory.LowercaseLetter or UnicodeCategory.TitlecaseLetter
                or UnicodeCategory.ModifierLetter or UnicodeCategory.OtherLetter
                or UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark
                or UnicodeCategory.DecimalDigitNumber or UnicodeCategory.LetterNumber or UnicodeCategory.OtherNumber
                or UnicodeCategory.ConnectorPunctuation or UnicodeCategory.DashPunctuation or UnicodeCategory.OpenPunctuation
                or UnicodeCategory.ClosePunctuation or UnicodeCategory.InitialQuotePunctuation or UnicodeCategory.FinalQuotePunctuation
                or UnicodeCategory.OtherPunctuation
                or UnicodeCategory.MathSymbol or UnicodeCategory.CurrencySymbol or UnicodeCategory.ModifierSymbol or UnicodeCategory.OtherSymbol => true,
            _ => false,
        };

    // fmt's scanner skips these before a number (a newline ends the input for Sscanf instead).
    private static bool IsScanSpace(char c) =>
        c is ' ' or '\t' or '\r' or '\v' or '\f' or '\u0085' or '\u00a0' or '\u1680' or '\u2028' or '\u2029' or '\u202f' or '\u205f' or '\u3000'
        || c is >= '\u2000' and <= '\u200a';

    private static string NonFinite(double value) => double.IsNaN(value) ? "NaN" : value > 0 ? "+Inf" : "-Inf";

    // The shortest digits that read back as the same double, and where the decimal point goes (Go's decimal form).
    private static (bool Negative, string Digits, int Point) Shortest(double value)
    {
        var negative = value < 0 || (value == 0 && double.IsNegative(value));
        var roundTrip = Math.Abs(value).ToString("R", CultureInfo.InvariantCulture);
        var mantissa = roundTrip;
        var exponent = 0;
        var e = roundTrip.IndexOfAny(['E', 'e']);
        if (e >= 0)
        {
            mantissa = roundTrip[..e];
            exponent = int.Parse(roundTrip.AsSpan(e + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        }

        var dot = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerPart = dot < 0 ? mantissa : mantissa[..dot];
        var fraction = dot < 0 ? "" : mantissa[(dot + 1)..];
        var digits = integerPart + fraction;
        var point = integerPart.Length + exponent;
        var lead = 0;
        while (lead < digits.Length - 1 && digits[lead] == '0')
            lead++;
        digits = digits[lead..];
        point -= lead;
        digits = digits.TrimEnd('0');
        if (digits.Length == 0)
            return (negative, "0", 1);
        return (negative, digits, point);
    }

    private static string FixedDigits(string digits, int point, int decimals)
    {
        var text = new StringBuilder();
        if (point <= 0)
            text.Append('0');
        else
            for (var i = 0; i < point; i++)
                text.Append(i < digits.Length ? digits[i] : '0');
        if (decimals > 0)
        {
            text.Append('.');
            for (var i = 0; i < decimals; i++)
            {
                var index = point + i;
                text.Append(index >= 0 && index < digits.Length ? digits[index] : '0');
            }
        }

        return text.ToString();
    }

    private static string Scientific(string digits, int exponent)
    {
        var mantissa = digits.Length == 1 ? digits : digits[0] + "." + digits[1..];
        var sign = exponent < 0 ? '-' : '+';
        var magnitude = Math.Abs(exponent);
        return mantissa + "e" + sign + (magnitude < 10 ? "0" : "") + magnitude.ToString(CultureInfo.InvariantCulture);
    }
}
