using System.Text.RegularExpressions;

namespace Lark.Resources.Integration.Cli;

/// <summary>
/// What a terminal would show of captured standard error: escape sequences taken out, split into the frames that
/// carriage returns and line feeds separate, with their width in cells as a terminal counts them (CJK takes two).
/// </summary>
public sealed partial record TerminalFrames(string Raw)
{
    /// <summary>The text without escape sequences (CSI sequences such as colours, cursor moves, erase line).</summary>
    public string Plain => Escape().Replace(Raw, "");

    /// <summary>Every piece of text between carriage returns and line feeds, in order, empty ones left out.</summary>
    public IReadOnlyList<string> Frames => Plain.Split('\r', '\n').Where(f => f.Length > 0).ToList();

    /// <summary>Cursor moves up: a redraw of more than one line.</summary>
    public int CursorUps => CursorUp().Count(Raw);

    /// <summary>Cells <paramref name="text"/> takes in a terminal.</summary>
    public static int Cells(string text) => text.EnumerateRunes().Sum(r => Wide(r.Value) ? 2 : 1);

    // East Asian wide and fullwidth ranges (enough for the names these tests use).
    private static bool Wide(int c) =>
        c is (>= 0x1100 and <= 0x115F) or (>= 0x2E80 and <= 0xA4CF) or (>= 0xAC00 and <= 0xD7A3) or (>= 0xF900 and <= 0xFAFF)
            or (>= 0xFE30 and <= 0xFE4F) or (>= 0xFF00 and <= 0xFF60) or (>= 0xFFE0 and <= 0xFFE6);

    [GeneratedRegex(@"\x1b\[[0-9;?]*[A-Za-z]")]
    private static partial Regex Escape();

    [GeneratedRegex(@"\x1b\[\d*A")]
    private static partial Regex CursorUp();
}
