namespace Lark.Cli.Output.Formats;

/// <summary>The official CLI's <c>--format</c> values.</summary>
public enum OutputFormat
{
    /// <summary>The JSON envelope (default).</summary>
    Json,

    /// <summary>One compact JSON object a line, no envelope; streams.</summary>
    Ndjson,

    /// <summary>An aligned text table of flattened records.</summary>
    Table,

    /// <summary>Comma-separated values of flattened records.</summary>
    Csv,

    /// <summary>A command's own readable summary.</summary>
    Pretty,
}

/// <summary>Parsing of <see cref="OutputFormat"/>.</summary>
public static class OutputFormats
{
    /// <summary>
    /// The format for <paramref name="text"/>: json, ndjson, table and csv in any case, pretty in lower case; anything
    /// else falls back to json with a warning, as the official CLI does.
    /// </summary>
    public static (OutputFormat Format, string? Warning) Parse(string? text) => text?.Trim() switch
    {
        null or "" => (OutputFormat.Json, null),
        "pretty" => (OutputFormat.Pretty, null),
        var t when t.Equals("json", StringComparison.OrdinalIgnoreCase) => (OutputFormat.Json, null),
        var t when t.Equals("ndjson", StringComparison.OrdinalIgnoreCase) => (OutputFormat.Ndjson, null),
        var t when t.Equals("table", StringComparison.OrdinalIgnoreCase) => (OutputFormat.Table, null),
        var t when t.Equals("csv", StringComparison.OrdinalIgnoreCase) => (OutputFormat.Csv, null),
        var t => (OutputFormat.Json, $"warning: unknown format \"{t}\", falling back to json"),
    };
}
