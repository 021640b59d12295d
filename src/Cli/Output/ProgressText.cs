using System.Globalization;
using System.Text;
using Spectre.Console;

namespace Lark.Cli.Output;

/// <summary>
/// The words and numbers of progress, shared by the live bar and the plain lines: sizes, rates, time left, the
/// detail that fits a width, and text cut to a number of terminal cells (a CJK character takes two).
/// </summary>
public static class ProgressText
{
    /// <summary>A size: <c>512 B</c>, <c>12.3 KiB</c>, <c>20.0 MiB</c>, <c>1.5 GiB</c>.</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1 << 30 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1 << 30):0.0} GiB"),
        >= 1 << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1 << 20):0.0} MiB"),
        >= 1 << 10 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
    };

    /// <summary>Done and total in the total's unit, so the text keeps its width: <c>12.3/20.0 MiB</c>.</summary>
    public static string SizePair(long done, long total)
    {
        var (unit, name) = total switch
        {
            >= 1 << 30 => (1 << 30, "GiB"),
            >= 1 << 20 => (1 << 20, "MiB"),
            >= 1 << 10 => (1 << 10, "KiB"),
            _ => (1, "B"),
        };
        return unit == 1
            ? string.Create(CultureInfo.InvariantCulture, $"{done}/{total} B")
            : string.Create(CultureInfo.InvariantCulture, $"{done / (double)unit:0.0}/{total / (double)unit:0.0} {name}");
    }

    /// <summary>A rate: <c>4.0 MiB/s</c>.</summary>
    public static string Rate(double bytesPerSecond) => Size((long)bytesPerSecond) + "/s";

    /// <summary>Time left at the current rate, when there is a rate and the answer is not absurd.</summary>
    public static TimeSpan? Left(ProgressSnapshot p)
    {
        ArgumentNullException.ThrowIfNull(p);
        if (p.Total is not { } total || p.BytesPerSecond <= 0 || p.Finished)
            return null;
        var seconds = Math.Max(0, total - p.Done) / p.BytesPerSecond;
        return seconds < TimeSpan.FromHours(100).TotalSeconds ? TimeSpan.FromSeconds(Math.Ceiling(seconds)) : null;
    }

    /// <summary>A duration as a clock: <c>0:07</c>, <c>12:34</c>, <c>1:02:03</c>.</summary>
    public static string Clock(TimeSpan t) => t.TotalHours >= 1
        ? string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalHours}:{t.Minutes:00}:{t.Seconds:00}")
        : string.Create(CultureInfo.InvariantCulture, $"{(int)t.TotalMinutes}:{t.Seconds:00}");

    /// <summary>The percentage, floored so that 100% means done: <c>45%</c>; empty while the total is unknown.</summary>
    public static string Percent(ProgressSnapshot p)
    {
        ArgumentNullException.ThrowIfNull(p);
        return p.Fraction is { } f ? string.Create(CultureInfo.InvariantCulture, $"{(int)Math.Floor(f * 100)}%") : "";
    }

    /// <summary>What a silence is and how long it has lasted: <c>waiting for open.feishu.cn… 3 s</c>.</summary>
    public static string Waiting(string waitingFor, TimeSpan silence) =>
        string.Create(CultureInfo.InvariantCulture, $"{waitingFor}… {(int)silence.TotalSeconds} s");

    /// <summary>
    /// The richest detail that fits <paramref name="cells"/>: bytes, rate and time left; then less; cut if nothing fits.
    /// </summary>
    public static string Detail(ProgressSnapshot p, int cells)
    {
        ArgumentNullException.ThrowIfNull(p);
        string[] candidates = p switch
        {
            { Finished: true } => [$"{Size(p.Done)}  {Rate(p.BytesPerSecond)}", Size(p.Done)],
            { Total: { } total } when Left(p) is { } left =>
                [$"{SizePair(p.Done, total)}  {Rate(p.BytesPerSecond)}  {Clock(left)}", $"{SizePair(p.Done, total)}  {Rate(p.BytesPerSecond)}", SizePair(p.Done, total)],
            { Total: { } total } => [$"{SizePair(p.Done, total)}  {Rate(p.BytesPerSecond)}", SizePair(p.Done, total)],
            { Done: 0 } => [""], // nothing known yet: "0 B  0 B/s" would say less than nothing
            _ => [$"{Size(p.Done)}  {Rate(p.BytesPerSecond)}", Size(p.Done)],
        };
        foreach (var candidate in candidates)
        {
            if (Cells(candidate) <= cells)
                return candidate;
        }

        return Fit(candidates[^1], cells);
    }

    /// <summary>
    /// The plain line of a pipe or file: <c>name  45%  9.0 MiB / 20.0 MiB  4.0 MiB/s  0:03 left</c>, or without a
    /// total <c>name  9.0 MiB  4.0 MiB/s</c>. No escape sequences, no carriage returns.
    /// </summary>
    public static string PlainLine(ProgressSnapshot p)
    {
        ArgumentNullException.ThrowIfNull(p);
        var done = Size(p.Done);
        var rate = Rate(p.BytesPerSecond);
        if (p.Total is not { } total)
            return $"{p.Name}  {done}  {rate}";
        var eta = Left(p) is { } left ? $"  {Clock(left)} left" : "";
        return $"{p.Name} {Percent(p),4}  {done} / {Size(total)}  {rate}{eta}";
    }

    /// <summary>How many terminal cells <paramref name="text"/> takes.</summary>
    public static int Cells(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var cells = 0;
        foreach (var rune in text.EnumerateRunes())
            cells += RuneCells(rune);
        return cells;
    }

    /// <summary>
    /// <paramref name="text"/> in at most <paramref name="cells"/> cells: whole when it fits, else cut with an ellipsis.
    /// </summary>
    public static string Fit(string text, int cells)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (cells <= 0)
            return "";
        if (Cells(text) <= cells)
            return text;
        var result = new StringBuilder();
        var used = 0;
        foreach (var rune in text.EnumerateRunes())
        {
            var width = RuneCells(rune);
            if (used + width > cells - 1)
                break;
            result.Append(rune.ToString());
            used += width;
        }

        return result.Append('…').ToString();
    }

    /// <summary>
    /// Text from elsewhere (a server's file name, a message) made safe for a terminal: control characters, which could
    /// move the cursor or change colours, become <c>?</c>, and line breaks spaces.
    /// </summary>
    public static string Clean(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (!text.Any(char.IsControl))
            return text;
        var builder = new StringBuilder(text.Length);
        foreach (var c in text)
            builder.Append(c is '\n' or '\r' or '\t' ? ' ' : char.IsControl(c) ? '?' : c);
        return builder.ToString();
    }

    private static int RuneCells(Rune rune) => Math.Max(0, rune.ToString().GetCellWidth());
}
