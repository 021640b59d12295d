using System.Text.Json.Nodes;
using ModelContextProtocol.Protocol;

namespace Lark.Resources.Integration.Mcp;

/// <summary>Reading tool answers in tests.</summary>
public static class McpResults
{
    /// <summary>The JSON of the answer's first text block.</summary>
    public static JsonNode Json(this CallToolResult result)
    {
        var text = Assert.IsType<TextContentBlock>(result.Content[0]).Text;
        return JsonNode.Parse(text) ?? throw new InvalidOperationException("no JSON");
    }

    /// <summary>A successful answer's JSON, showing the error when it failed.</summary>
    public static JsonNode Ok(this CallToolResult result)
    {
        Assert.True(result.IsError is not true, $"tool error: {result.Json().ToJsonString()}");
        return result.Json();
    }

    public static string Str(this JsonNode node, string name) => node[name]?.GetValue<string>() ?? throw new InvalidOperationException($"no {name} in {node.ToJsonString()}");
}
