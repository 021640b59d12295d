using System.Text.Json;

namespace Lark.Cli.Mcp;

/// <summary>Reads a tool call's arguments; a wrong type is a validation error, not a crash.</summary>
internal sealed class ToolArguments(IDictionary<string, JsonElement>? arguments)
{
    /// <summary>A string argument; null when absent or JSON null.</summary>
    public string? String(string name) =>
        arguments is null || !arguments.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new ToolInputException($"{name} must be a string") { Param = name };

    /// <summary>
    /// A string argument that may also come as a whole JSON number (Unix seconds an agent sends unquoted), as its
    /// decimal text; null when absent or JSON null.
    /// </summary>
    public string? StringOrInteger(string name) =>
        arguments is not null && arguments.TryGetValue(name, out var value) && value.ValueKind == JsonValueKind.Number
            ? value.TryGetInt64(out var number) ? number.ToString(System.Globalization.CultureInfo.InvariantCulture) : throw new ToolInputException($"{name} must be a string (ISO 8601) or whole Unix seconds") { Param = name }
            : String(name);

    /// <summary>An integer argument; null when absent or JSON null. A fraction, a string or a number past 32 bits is refused.</summary>
    public int? Integer(string name) =>
        arguments is null || !arguments.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Number && value.TryGetInt32(out var number) ? number
        : throw new ToolInputException($"{name} must be an integer (got {value.GetRawText()})") { Param = name };

    /// <summary>
    /// Refuses arguments the tool does not take, naming them: the schemas say <c>additionalProperties: false</c>, and a
    /// misspelt optional argument (<c>overwrite</c> as <c>override</c>) must not be silently ignored.
    /// </summary>
    public void OnlyKnown(string tool, params string[] known)
    {
        var unknown = arguments?.Keys.Where(k => !known.Contains(k, StringComparer.Ordinal)).Order(StringComparer.Ordinal).ToArray() ?? [];
        if (unknown.Length > 0)
        {
            throw new ToolInputException($"{tool} does not take {(unknown.Length == 1 ? "the argument" : "the arguments")} {string.Join(", ", unknown.Select(k => $"\"{k}\""))}; " +
                $"its arguments are {string.Join(", ", known)}");
        }
    }

    /// <summary>A list of strings; null when absent or JSON null.</summary>
    public IReadOnlyList<string>? Strings(string name) =>
        arguments is null || !arguments.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.Array && value.EnumerateArray().All(v => v.ValueKind == JsonValueKind.String)
            ? [.. value.EnumerateArray().Select(v => v.GetString() ?? "")]
            : throw new ToolInputException($"{name} must be a list of strings") { Param = name };

    /// <summary>A required string argument.</summary>
    public string Required(string name) => String(name) ?? throw new ToolInputException($"{name} is required") { Param = name };

    /// <summary>A boolean argument, false when absent.</summary>
    public bool Flag(string name) =>
        arguments is not null && arguments.TryGetValue(name, out var value) && value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False or JsonValueKind.Null => false,
            _ => throw new ToolInputException($"{name} must be true or false") { Param = name },
        };
}
