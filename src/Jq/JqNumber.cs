using System.Globalization;
using System.Text;

namespace Lark.Jq;

/// <summary>
/// A jq 1.7 number: either a decimal literal kept exactly as parsed (from the input JSON or the program),
/// or a native double (the result of <c>length</c> or <c>keys</c>). jq 1.7 compares two literals exactly as
/// decimals, anything else as doubles, and prints a literal in decNumber's canonical form (<c>1e2</c> →
/// <c>1E+2</c>, <c>1.000</c> stays <c>1.000</c>) but a double the way its dtoa does (<c>1e+100</c>, <c>1e-05</c>).
/// </summary>
internal readonly struct JqNumber
{
    // Beyond this adjusted exponent decNumber overflows to infinity in jq; we then fall back to a double.
    private const long MaxAdjustedExponent = 999_999_999;

    private readonly string? _coefficient; // decimal digits, no leading zeros ("0" for zero); null when native
    private readonly long _exponent;
    private readonly bool _negative;
    private readonly double _double;

    private JqNumber(bool negative, string coefficient, long exponent)
    {
        _negative = negative;
        _coefficient = coefficient;
        _exponent = exponent;
        _double = double.NaN;
    }

    private JqNumber(double value)
    {
        _double = value;
        _coefficient = null;
    }

    /// <summary>Whether this is an exact decimal literal rather than a native double.</summary>
    public bool IsLiteral => _coefficient is not null;

    /// <summary>A native double, as jq's <c>jv_number</c> makes.</summary>
    public static JqNumber FromDouble(double value) => new(value);

    /// <summary>
    /// Reads a JSON number literal (<c>-?digits[.digits][e±digits]</c>, also jq's <c>.5</c> and <c>1.</c>);
    /// text that is not one, or is out of decNumber's range, becomes a double (or 0 if even that fails).
    /// </summary>
    public static JqNumber FromLiteral(string text)
    {
        if (TryParseDecimal(text, out var negative, out var coefficient, out var exponent))
            return new JqNumber(negative, coefficient, exponent);
        return new JqNumber(double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 0d);
    }

    /// <summary>The value as a double (infinite when out of range), as <c>jv_number_value</c> gives it.</summary>
    public double ToDouble()
    {
        if (_coefficient is null)
            return _double;
        var text = $"{(_negative ? "-" : "")}{_coefficient}E{_exponent.ToString(CultureInfo.InvariantCulture)}";
        return double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out var d) ? d : 0d;
    }

    /// <summary>jq's number order: exact for two literals, by double otherwise.</summary>
    public static int Compare(JqNumber a, JqNumber b)
    {
        if (a.IsLiteral && b.IsLiteral)
            return CompareLiterals(a, b);
        var x = a.ToDouble();
        var y = b.ToDouble();
        return x < y ? -1 : x > y ? 1 : 0;
    }

    /// <summary>The text jq 1.7 prints for this number.</summary>
    public override string ToString() => _coefficient is null ? FormatDouble(_double) : FormatLiteral();

    private static bool TryParseDecimal(string text, out bool negative, out string coefficient, out long exponent)
    {
        negative = false;
        coefficient = "0";
        exponent = 0;
        var i = 0;
        if (i < text.Length && text[i] == '-')
        {
            negative = true;
            i++;
        }

        var digits = new StringBuilder();
        var fractionDigits = 0;
        var anyDigit = false;
        while (i < text.Length && char.IsAsciiDigit(text[i]))
        {
            digits.Append(text[i++]);
            anyDigit = true;
        }

        if (i < text.Length && text[i] == '.')
        {
            i++;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                digits.Append(text[i++]);
                fractionDigits++;
                anyDigit = true;
            }
        }

        if (!anyDigit)
            return false;
        long written = 0;
        if (i < text.Length && text[i] is 'e' or 'E')
        {
            i++;
            var exponentNegative = false;
            if (i < text.Length && text[i] is '+' or '-')
                exponentNegative = text[i++] == '-';
            var exponentStart = i;
            while (i < text.Length && char.IsAsciiDigit(text[i]))
            {
                // Saturate rather than overflow; anything this large is out of range below anyway.
                written = written > MaxAdjustedExponent * 10 ? written : (written * 10) + (text[i] - '0');
                i++;
            }

            if (i == exponentStart)
                return false;
            if (exponentNegative)
                written = -written;
        }

        if (i != text.Length)
            return false;
        var coefficientText = digits.ToString().TrimStart('0');
        coefficient = coefficientText.Length == 0 ? "0" : coefficientText;
        exponent = written - fractionDigits;
        var adjusted = exponent + coefficient.Length - 1;
        return adjusted is >= -MaxAdjustedExponent and <= MaxAdjustedExponent;
    }

    private static int CompareLiterals(JqNumber a, JqNumber b)
    {
        var aZero = a._coefficient == "0";
        var bZero = b._coefficient == "0";
        var aSign = aZero ? 0 : a._negative ? -1 : 1;
        var bSign = bZero ? 0 : b._negative ? -1 : 1;
        if (aSign != bSign)
            return aSign.CompareTo(bSign);
        if (aSign == 0)
            return 0;
        var magnitude = CompareMagnitudes(a._coefficient!, a._exponent, b._coefficient!, b._exponent);
        return aSign * magnitude;
    }

    private static int CompareMagnitudes(string ca, long ea, string cb, long eb)
    {
        var adjustedA = ea + ca.Length - 1;
        var adjustedB = eb + cb.Length - 1;
        if (adjustedA != adjustedB)
            return adjustedA.CompareTo(adjustedB);
        // Same leading-digit position: compare digit strings, the shorter padded with zeros.
        var length = Math.Max(ca.Length, cb.Length);
        for (var k = 0; k < length; k++)
        {
            var da = k < ca.Length ? ca[k] : '0';
            var db = k < cb.Length ? cb[k] : '0';
            if (da != db)
                return da.CompareTo(db);
        }

        return 0;
    }

    // decNumberToString: plain notation when the exponent is <= 0 and the adjusted exponent >= -6, else scientific.
    private string FormatLiteral()
    {
        var c = _coefficient!;
        var sign = _negative ? "-" : "";
        var adjusted = _exponent + c.Length - 1;
        if (_exponent <= 0 && adjusted >= -6)
        {
            if (_exponent == 0)
                return sign + c;
            var point = c.Length + _exponent;
            return point > 0
                ? $"{sign}{c[..(int)point]}.{c[(int)point..]}"
                : $"{sign}0.{new string('0', (int)-point)}{c}";
        }

        var mantissa = c.Length > 1 ? $"{c[0]}.{c[1..]}" : c;
        var exponentText = adjusted.ToString(CultureInfo.InvariantCulture);
        return $"{sign}{mantissa}E{(adjusted >= 0 ? "+" : "")}{exponentText}";
    }

    // jvp_dtoa_fmt: shortest round-trip digits; exponent form when decpt <= -4 or decpt > digits + 15,
    // exponent with a sign and at least two digits. NaN prints as null, infinities as ±DBL_MAX.
    private static string FormatDouble(double value)
    {
        if (double.IsNaN(value))
            return "null";
        value = Math.Clamp(value, -double.MaxValue, double.MaxValue);
        var roundTrip = value.ToString("R", CultureInfo.InvariantCulture);
        var negative = roundTrip.StartsWith('-');
        if (negative)
            roundTrip = roundTrip[1..];
        var exponentAt = roundTrip.IndexOfAny(['E', 'e']);
        var mantissa = exponentAt < 0 ? roundTrip : roundTrip[..exponentAt];
        var exponent = exponentAt < 0 ? 0 : int.Parse(roundTrip.AsSpan(exponentAt + 1), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture);
        var pointAt = mantissa.IndexOf('.', StringComparison.Ordinal);
        var integerDigits = pointAt < 0 ? mantissa.Length : pointAt;
        var allDigits = mantissa.Replace(".", "", StringComparison.Ordinal);
        var leadingZeros = allDigits.Length - allDigits.TrimStart('0').Length;
        var digits = allDigits.Trim('0');
        var sign = negative ? "-" : "";
        if (digits.Length == 0)
            return sign + "0";
        var decimalPoint = integerDigits - leadingZeros + exponent; // jq's decpt: value = 0.digits × 10^decpt
        if (decimalPoint <= -4 || decimalPoint > digits.Length + 15)
        {
            var e = decimalPoint - 1;
            var body = digits.Length > 1 ? $"{digits[0]}.{digits[1..]}" : digits;
            return $"{sign}{body}e{(e < 0 ? "-" : "+")}{Math.Abs(e).ToString("00", CultureInfo.InvariantCulture)}";
        }

        if (decimalPoint <= 0)
            return $"{sign}0.{new string('0', -decimalPoint)}{digits}";
        if (decimalPoint >= digits.Length)
            return sign + digits + new string('0', decimalPoint - digits.Length);
        return $"{sign}{digits[..decimalPoint]}.{digits[decimalPoint..]}";
    }
}
