using System.Globalization;
using System.Text;

namespace Lark.Resources.Rules.Messages;

/// <summary>
/// Times as the official CLI writes and reads them with Go's <c>time</c> package, for any instant a message can name:
/// our own calendar arithmetic (proleptic Gregorian, Go's year numbering) so that no value is out of range, and the
/// zone's offset asked of <see cref="TimeZoneInfo"/> (at the nearest representable instant beyond year 1–9999).
/// </summary>
internal static class GoTime
{
    /// <summary>The layouts the official CLI uses.</summary>
    public enum Layout
    {
        /// <summary><c>2006-01-02 15:04</c> (message create and update times).</summary>
        Minutes,

        /// <summary><c>2006-01-02 15:04:05</c> (calendar and to-do times).</summary>
        Seconds,

        /// <summary><c>2006-01-02T15:04:05Z07:00</c> (merge-forward entries, card times).</summary>
        Rfc3339,
    }

    // Far beyond any real message, and far from long overflow in the arithmetic below.
    private const long Bound = 1L << 52;
    private const long MinLookup = -62_135_596_800 + 2 * 86_400; // 0001-01-03
    private const long MaxLookup = 253_402_300_799 - 2 * 86_400; // 9999-12-29

    /// <summary>Formats Unix seconds in <paramref name="zone"/>.</summary>
    public static string Format(long unixSeconds, TimeZoneInfo zone, Layout layout)
    {
        var seconds = Math.Clamp(unixSeconds, -Bound, Bound);
        var offset = OffsetAt(seconds, zone);
        var local = seconds + offset;
        var days = Math.DivRem(local, 86_400, out var secondOfDay);
        if (secondOfDay < 0)
        {
            days--;
            secondOfDay += 86_400;
        }

        var (year, month, day) = CivilFromDays(days);
        var text = new StringBuilder(26);
        AppendYear(text, year);
        text.Append('-').Append(Two(month)).Append('-').Append(Two(day)).Append(layout == Layout.Rfc3339 ? 'T' : ' ');
        text.Append(Two(secondOfDay / 3600)).Append(':').Append(Two(secondOfDay / 60 % 60));
        if (layout != Layout.Minutes)
            text.Append(':').Append(Two(secondOfDay % 60));
        if (layout == Layout.Rfc3339)
        {
            if (offset == 0)
            {
                text.Append('Z');
            }
            else
            {
                var minutes = offset / 60; // Go drops the seconds of an offset, toward zero.
                text.Append(offset < 0 ? '-' : '+').Append(Two(Math.Abs(minutes) / 60)).Append(':').Append(Two(Math.Abs(minutes) % 60));
            }
        }

        return text.ToString();
    }

    /// <summary>Formats Unix milliseconds as Go's <c>time.Unix(ms/1000, ms%1000*1e6)</c> does: the second it falls in.</summary>
    public static string FormatMillis(long unixMillis, TimeZoneInfo zone, Layout layout) =>
        Format(unixMillis / 1000 - (unixMillis % 1000 < 0 ? 1 : 0), zone, layout);

    /// <summary>
    /// The Unix seconds of a wall-clock time in <paramref name="zone"/>, chosen as Go's <c>time.Date</c> chooses in a
    /// gap or an overlap: the offset in force at the wall time read as UTC, corrected once.
    /// </summary>
    public static long FromLocal(long year, int month, int day, int hour, int minute, int second, TimeZoneInfo zone)
    {
        var wall = FromCivil(year, month, day, hour, minute, second);
        var first = OffsetAt(wall, zone);
        if (first == 0)
            return wall;
        return wall - OffsetAt(wall - first, zone);
    }

    /// <summary>The Unix seconds of a UTC calendar time.</summary>
    public static long FromCivil(long year, int month, int day, int hour, int minute, int second) =>
        DaysFromCivil(year, month, day) * 86_400 + hour * 3600L + minute * 60L + second;

    /// <summary>The number of days in a month (Gregorian).</summary>
    public static int DaysIn(long year, int month) => month switch
    {
        2 => year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28,
        4 or 6 or 9 or 11 => 30,
        _ => 31,
    };

    private static long OffsetAt(long unixSeconds, TimeZoneInfo zone)
    {
        var instant = DateTimeOffset.FromUnixTimeSeconds(Math.Clamp(unixSeconds, MinLookup, MaxLookup));
        return (long)zone.GetUtcOffset(instant).TotalSeconds;
    }

    // Howard Hinnant's days_from_civil / civil_from_days, on longs.
    private static long DaysFromCivil(long year, int month, int day)
    {
        var y = month <= 2 ? year - 1 : year;
        var era = (y >= 0 ? y : y - 399) / 400;
        var yoe = y - era * 400;
        var doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
        var doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
        return era * 146_097 + doe - 719_468;
    }

    private static (long Year, int Month, int Day) CivilFromDays(long days)
    {
        var z = days + 719_468;
        var era = (z >= 0 ? z : z - 146_096) / 146_097;
        var doe = z - era * 146_097;
        var yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365;
        var doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
        var mp = (5 * doy + 2) / 153;
        var day = (int)(doy - (153 * mp + 2) / 5 + 1);
        var month = (int)(mp < 10 ? mp + 3 : mp - 9);
        var year = yoe + era * 400 + (month <= 2 ? 1 : 0);
        return (year, month, day);
    }

    // Go writes at least four digits, a minus sign before them for years before 0.
    private static void AppendYear(StringBuilder text, long year)
    {
        if (year < 0)
            text.Append('-');
        text.Append(Math.Abs(year).ToString("D4", CultureInfo.InvariantCulture));
    }

    private static string Two(long value) => value.ToString("D2", CultureInfo.InvariantCulture);
}
