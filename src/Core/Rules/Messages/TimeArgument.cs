using System.Globalization;
using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Rules.Messages;

/// <summary>
/// The start or end of a time window, as the official CLI reads it: ISO 8601 with a zone
/// (<c>2026-01-01T15:04:05+08:00</c>, <c>…Z</c>, fractional seconds allowed, or without seconds), ISO 8601 without a zone
/// in the local zone (<c>2026-01-01T15:04:05</c>, <c>2026-01-01 15:04</c>, …), a date alone (the start of the day, or
/// for an end 23:59:59 so the whole day is in), or Unix seconds passed through as they are.
/// </summary>
public static class TimeArgument
{
    private static readonly Layout[] Zoned = [new(Seconds: true, Zone: true), new(Seconds: false, Zone: true)];

    private static readonly Layout[] Local =
    [
        new(Seconds: true, Zone: false), new(Seconds: true, Zone: false, Space: true),
        new(Seconds: false, Zone: false), new(Seconds: false, Zone: false, Space: true),
    ];

    /// <summary>Parses <paramref name="text"/> (trimmed) into Unix seconds, or refuses it naming <paramref name="field"/>.</summary>
    /// <param name="text">What the caller gave.</param>
    /// <param name="field">Which input it is (<see cref="InputField.Start"/> or <see cref="InputField.End"/>), for the refusal.</param>
    /// <param name="zone">The local time zone, for times and dates without a zone.</param>
    /// <param name="isEnd">Whether it ends the window: a date alone then means 23:59:59 of that day.</param>
    public static Validated<long> Parse(string? text, InputField field, TimeZoneInfo zone, bool isEnd)
    {
        ArgumentNullException.ThrowIfNull(zone);
        var input = (text ?? "").Trim();
        foreach (var layout in Zoned)
        {
            if (Read(input, layout) is { } time)
                return Validated<long>.Ok(GoTime.FromCivil(time.Year, time.Month, time.Day, time.Hour, time.Minute, time.Second) - time.Offset);
        }

        foreach (var layout in Local)
        {
            if (Read(input, layout) is { } time)
                return Validated<long>.Ok(GoTime.FromLocal(time.Year, time.Month, time.Day, time.Hour, time.Minute, time.Second, zone));
        }

        if (Read(input, new Layout(Seconds: false, Zone: false, DateOnly: true)) is { } date)
        {
            return Validated<long>.Ok(isEnd
                ? GoTime.FromLocal(date.Year, date.Month, date.Day, 23, 59, 59, zone)
                : GoTime.FromLocal(date.Year, date.Month, date.Day, 0, 0, 0, zone));
        }

        // A Unix timestamp only as a plain positive integer (no sign, no leading zeros), passed on unchanged.
        if (long.TryParse(input, NumberStyles.None, CultureInfo.InvariantCulture, out var unix) && unix > 0
            && unix.ToString(CultureInfo.InvariantCulture) == input)
            return Validated<long>.Ok(unix);

        return Validated<long>.Invalid(field, Wording.Of(
            $"{field}: cannot parse time {GoText.Quote(input)} (supported: ISO 8601 e.g. 2026-01-01 / 2026-01-01T15:04:05+08:00, Unix timestamp)"));
    }

    // Go's time.Parse on one layout: fixed-width fields, a one- or two-digit hour, fractional seconds after the
    // seconds, a zone of "Z" or ±hh:mm (up to 24:60, as Go allows), nothing left over; then the ranges.
    private static Parsed? Read(string value, Layout layout)
    {
        var at = 0;
        if (!Digits(value, ref at, 4, out var year) || !Literal(value, ref at, '-') || !Digits(value, ref at, 2, out var month)
            || !Literal(value, ref at, '-') || !Digits(value, ref at, 2, out var day))
            return null;
        int hour = 0, minute = 0, second = 0;
        long offset = 0;
        if (!layout.DateOnly)
        {
            if (layout.Space)
            {
                // A space in a Go layout matches one or more spaces.
                if (at < value.Length && value[at] != ' ')
                    return null;
                while (at < value.Length && value[at] == ' ')
                    at++;
            }
            else if (!Literal(value, ref at, 'T'))
            {
                return null;
            }

            if (!Hour(value, ref at, out hour) || !Literal(value, ref at, ':') || !Digits(value, ref at, 2, out minute))
                return null;
            if (layout.Seconds)
            {
                if (!Literal(value, ref at, ':') || !Digits(value, ref at, 2, out second))
                    return null;
                if (at + 1 < value.Length && value[at] is '.' or ',' && char.IsAsciiDigit(value[at + 1]))
                {
                    at += 2;
                    while (at < value.Length && char.IsAsciiDigit(value[at]))
                        at++;
                }
            }

            if (layout.Zone && !Zone(value, ref at, out offset))
                return null;
        }

        if (at != value.Length || month is < 1 or > 12 || day < 1 || day > GoTime.DaysIn(year, month) || hour >= 24 || minute >= 60 || second >= 60)
            return null;
        return new Parsed(year, month, day, hour, minute, second, offset);
    }

    private static bool Zone(string value, ref int at, out long offset)
    {
        offset = 0;
        if (at < value.Length && value[at] == 'Z')
        {
            at++;
            return true;
        }

        if (value.Length - at < 6 || value[at + 3] != ':')
            return false;
        var sign = value[at];
        var hours = at + 1;
        var minutes = at + 4;
        if (!Digits(value, ref hours, 2, out var h) || !Digits(value, ref minutes, 2, out var m) || h > 24 || m > 60 || sign is not ('+' or '-'))
            return false;
        offset = (h * 60L + m) * 60 * (sign == '-' ? -1 : 1);
        at += 6;
        return true;
    }

    private static bool Hour(string value, ref int at, out int hour)
    {
        hour = 0;
        if (at >= value.Length || !char.IsAsciiDigit(value[at]))
            return false;
        var width = at + 1 < value.Length && char.IsAsciiDigit(value[at + 1]) ? 2 : 1;
        return Digits(value, ref at, width, out hour);
    }

    private static bool Digits(string value, ref int at, int count, out int number)
    {
        number = 0;
        if (value.Length - at < count)
            return false;
        for (var i = 0; i < count; i++)
        {
            if (!char.IsAsciiDigit(value[at + i]))
                return false;
            number = number * 10 + (value[at + i] - '0');
        }

        at += count;
        return true;
    }

    private static bool Literal(string value, ref int at, char expected)
    {
        if (at >= value.Length || value[at] != expected)
            return false;
        at++;
        return true;
    }

    private readonly record struct Layout(bool Seconds, bool Zone, bool Space = false, bool DateOnly = false);

    private readonly record struct Parsed(int Year, int Month, int Day, int Hour, int Minute, int Second, long Offset);
}
