namespace Lark.Cli.Hosting;

/// <summary>
/// Everything the program takes from its process: arguments aside, the environment, working directory, standard
/// streams, terminal detection and the clock. Tests run the real entry point in-process with their own host.
/// </summary>
public sealed class CliHost
{
    /// <summary>Environment variables (names are case-sensitive, as on Unix).</summary>
    public required IReadOnlyDictionary<string, string> Environment { get; init; }

    /// <summary>The working directory: relative outputs start here and must stay inside it.</summary>
    public required string WorkingDirectory { get; init; }

    /// <summary>Standard output: the JSON result only.</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error: errors as JSON, progress and prompts.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Standard input (secrets with <c>--app-secret-stdin</c>).</summary>
    public required TextReader In { get; init; }

    /// <summary>Whether standard error is a terminal (animated progress) or a pipe or file (plain lines at most).</summary>
    public bool ErrorIsTerminal { get; init; }

    /// <summary>Whether standard input is a terminal (interactive prompts).</summary>
    public bool InputIsTerminal { get; init; }

    /// <summary>Whether standard output is a terminal (help is wrapped to its width).</summary>
    public bool OutputIsTerminal { get; init; }

    /// <summary>The terminal's size when standard output or error is one; null otherwise.</summary>
    public TerminalSize? Terminal { get; init; }

    /// <summary>
    /// The width to lay text out for: <c>COLUMNS</c> when set to a positive number (as POSIX has it, the variable
    /// overrides the terminal's own width, which is also how a test or a user forces one), else the terminal's width,
    /// else null (no terminal: callers choose their own default).
    /// </summary>
    public int? Columns => TerminalSize.Parse(Env("COLUMNS")) ?? Terminal?.Columns;

    /// <summary>The terminal's height: <c>LINES</c> when set, else the terminal's, else null.</summary>
    public int? Rows => TerminalSize.Parse(Env("LINES")) ?? Terminal?.Rows;

    /// <summary>The clock.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>An HTTP handler to use instead of the default (tests); null for the default.</summary>
    public HttpMessageHandler? HttpHandler { get; init; }

    /// <summary>The value of an environment variable, or null when unset or empty.</summary>
    public string? Env(string name) => Environment.TryGetValue(name, out var value) && !string.IsNullOrEmpty(value) ? value : null;

    /// <summary>The host of this process.</summary>
    public static CliHost FromProcess()
    {
        var variables = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (System.Collections.DictionaryEntry entry in System.Environment.GetEnvironmentVariables())
            variables[(string)entry.Key] = (string?)entry.Value ?? "";
        var utf8 = new System.Text.UTF8Encoding(false);
        return new CliHost
        {
            Environment = variables,
            WorkingDirectory = Directory.GetCurrentDirectory(),
            Out = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = true },
            Error = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = true },
            In = Console.In,
            ErrorIsTerminal = !Console.IsErrorRedirected,
            InputIsTerminal = !Console.IsInputRedirected,
            OutputIsTerminal = !Console.IsOutputRedirected,
            Terminal = Console.IsErrorRedirected && Console.IsOutputRedirected ? null : TerminalSize.OfConsole(),
        };
    }
}
