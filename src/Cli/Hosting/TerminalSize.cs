namespace Lark.Cli.Hosting;

/// <summary>The size of the terminal the program runs in, in character cells.</summary>
/// <param name="Columns">Cells per line.</param>
/// <param name="Rows">Lines.</param>
public readonly record struct TerminalSize(int Columns, int Rows)
{
    /// <summary>The size of this process's terminal, or null when there is none or it cannot be read.</summary>
    public static TerminalSize? OfConsole()
    {
        try
        {
            // A pseudo-terminal may report no height (script, some CI runners): the width is what matters.
            var columns = Console.WindowWidth;
            var rows = Console.WindowHeight;
            return columns > 0 ? new TerminalSize(columns, rows > 0 ? rows : 24) : null;
        }
        catch (IOException)
        {
            return null;
        }
        catch (PlatformNotSupportedException)
        {
            return null;
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }

    /// <summary>A positive integer from an environment variable such as <c>COLUMNS</c>, or null.</summary>
    internal static int? Parse(string? value) =>
        int.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var n) && n > 0 ? n : null;
}
