using System.Text.Json;

namespace Lark.Cli.Mcp;

/// <summary>Reads a tool call's arguments; a wrong type is a validation error, not a crash.</summary>
internal sealed class ToolArguments(IDictionary<string, JsonElement>? arguments)
{
    /// <summary>A string argument; null when absent or JSON null.</summary>
    public string? String(string name) =>
        arguments is null || !arguments.TryGetValue(name, out var value) || value.ValueKind == JsonValueKind.Null ? null
        : value.ValueKind == JsonValueKind.String ? value.GetString()
        : throw new ToolInputException($"{name} must be a string");

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

    /// <summary>A required string argument.</summary>
    public string Required(string name) => String(name) ?? throw new ToolInputException($"{name} is required");

    /// <summary>A boolean argument, false when absent.</summary>
    public bool Flag(string name) =>
        arguments is not null && arguments.TryGetValue(name, out var value) && value.ValueKind switch
        {
            JsonValueKind.True => true,
            JsonValueKind.False or JsonValueKind.Null => false,
            _ => throw new ToolInputException($"{name} must be true or false"),
        };
}
