using System.Text.Json.Nodes;
using Lark.Jq;

namespace Lark.Resources.Properties.Jq;

/// <summary>The subset against what real jq 1.7.1 printed for the same input and filter.</summary>
public sealed class JqReferenceTests
{
    [Theory]
    [MemberData(nameof(JqReferenceCases.Outputs), MemberType = typeof(JqReferenceCases))]
    public void Prints_what_jq_prints(string input, string filter, string expected)
    {
        var parsed = JqFilter.Parse(filter);
        Assert.True(parsed.IsOk, parsed.Error);
        var results = parsed.Value.Evaluate(JsonNode.Parse(input));
        Assert.True(results.IsOk, results.Error);
        Assert.Equal(expected, JqOutput.RenderAll(results.Value));
    }

    [Theory]
    [MemberData(nameof(JqReferenceCases.Errors), MemberType = typeof(JqReferenceCases))]
    public void Fails_with_jqs_message(string input, string filter, string expected)
    {
        var parsed = JqFilter.Parse(filter);
        Assert.True(parsed.IsOk, parsed.Error);
        var results = parsed.Value.Evaluate(JsonNode.Parse(input));
        Assert.False(results.IsOk, results.IsOk ? JqOutput.RenderAll(results.Value) : "");
        Assert.Equal(expected, results.Error);
    }
}
