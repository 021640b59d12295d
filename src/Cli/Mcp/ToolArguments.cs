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
