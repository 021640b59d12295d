namespace Lark.Cli.Output;

/// <summary>
/// The widths of one live progress line, in cells: name, bar, percentage and detail (bytes, rate, time left), one
/// space between. The line stays one cell short of the terminal's width, because a line that fills it wraps on some
/// terminals, and a wrapped line breaks the redraw in place.
/// </summary>
/// <param name="Name">The name's column.</param>
/// <param name="Bar">The bar's.</param>
/// <param name="Detail">The detail's; 0 when the terminal is too narrow for one.</param>
public readonly record struct ProgressLayout(int Name, int Bar, int Detail)
{
    /// <summary>The percentage's column: <c>100%</c>.</summary>
    public const int Percent = 4;

    private const int MinBar = 8;
    private const int MaxBar = 50;

    /// <summary>Everything right of the name: bar, percentage and detail (or a status in their place).</summary>
    public int Body => Bar + 1 + Percent + (Detail > 0 ? 1 + Detail : 0);

    /// <summary>The whole line.</summary>
    public int Line => Name + 1 + Body;

    /// <summary>
    /// The layout for a terminal <paramref name="columns"/> wide whose longest name so far takes
    /// <paramref name="longestName"/> cells: detail only where there is room for it (70 columns and more), the name
    /// as wide as it needs up to two fifths of the line, the bar the rest (at least 8 cells, at most 50).
    /// </summary>
    public static ProgressLayout For(int columns, int longestName)
    {
        var available = Math.Max(columns, 2) - 1;
        var detail = available >= 99 ? 36 : available >= 69 ? 30 : 0;
        var fixedCells = 1 + 1 + Percent + (detail > 0 ? 1 + detail : 0);
        var name = Math.Clamp(longestName, 1, Math.Max(1, available * 2 / 5));
        var bar = available - name - fixedCells;
        if (bar < MinBar)
        {
            // Narrow: the name gives way to the bar first, down to one cell.
            name = Math.Max(1, name - (MinBar - bar));
            bar = Math.Max(1, available - name - fixedCells);
        }

        return new ProgressLayout(name, Math.Min(bar, MaxBar), detail);
    }
}
