using System.Text.Json.Nodes;
using Lark.Resources.Rules;
using Lark.Jq;

namespace Lark.Resources.Properties.Jq;

/// <summary>Evaluation limits and output rendering beyond what the jq reference table covers.</summary>
public sealed class JqEvaluationTests
{
    private static Result<IReadOnlyList<JsonNode?>> Run(string filter, JsonNode? input) =>
        JqFilter.Parse(filter).Value.Evaluate(input);

    [Fact]
    public void A_filter_that_multiplies_its_outputs_stops_with_a_message()
    {
        var filter = string.Join(" | ", Enumerable.Repeat("(., .)", 40));
        var result = Run(filter, null);
        Assert.False(result.IsOk);
        Assert.Contains("produced more than", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Try_does_not_swallow_the_budget()
    {
        var filter = "(" + string.Join(" | ", Enumerable.Repeat("(., .)", 40)) + ")?";
        Assert.False(Run(filter, null).IsOk);
    }

    [Fact]
    public void Input_nested_too_deeply_fails_instead_of_overflowing()
    {
        JsonNode deep = new JsonArray();
        for (var i = 0; i < 5_000; i++)
            deep = new JsonArray(deep);
        var result = Run(". == .", deep);
        Assert.False(result.IsOk);
        Assert.Contains("nested too deeply", result.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Rendering_deep_values_does_not_overflow()
    {
        JsonNode deep = new JsonArray();
        for (var i = 0; i < 20_000; i++)
            deep = new JsonArray(deep);
        var text = JqOutput.Render(deep);
        Assert.StartsWith("[\n  [\n    [", text, StringComparison.Ordinal);
    }

    [Fact]
    public void Results_are_the_inputs_own_nodes()
    {
        var input = JsonNode.Parse("""{"data":{"saved_path":"/abs/x.png"}}""")!;
        Assert.Same(input["data"], Run(".data", input).Value.Single());
    }

    [Theory]
    [InlineData(1, "1")]
    [InlineData(-7L, "-7")]
    [InlineData(2.5, "2.5")]
    [InlineData(1e100, "1e+100")]
    [InlineData(1e-5, "1e-05")]
    [InlineData(123456789012.0, "123456789012")]
    [InlineData(double.NaN, "null")]
    [InlineData(double.PositiveInfinity, "1.7976931348623157e+308")]
    public void Renders_clr_numbers_as_jq_prints_doubles(object value, string expected)
    {
        JsonNode node = value switch
        {
            int i => JsonValue.Create(i),
            long l => JsonValue.Create(l),
            _ => JsonValue.Create((double)value),
        };
        Assert.Equal(expected, JqOutput.Render(node));
    }

    [Fact]
    public void Renders_clr_values_of_any_json_kind()
    {
        var input = new JsonObject
        {
            ["d"] = JsonValue.Create(12.5m),
            ["c"] = JsonValue.Create('x'),
            ["g"] = JsonValue.Create(new Guid("00000000-0000-0000-0000-000000000001")),
            ["b"] = JsonValue.Create(false),
        };
        Assert.Equal(
            "{\n  \"d\": 12.5,\n  \"c\": \"x\",\n  \"g\": \"00000000-0000-0000-0000-000000000001\",\n  \"b\": false\n}",
            JqOutput.Render(input));
        Assert.Equal("12.5\nx\n00000000-0000-0000-0000-000000000001\nfalse", JqOutput.RenderAll(Run(".[]", input).Value));
        Assert.Equal(["b", "c", "d", "g"], Run("keys", input).Value.Single()!.AsArray().Select(k => k!.GetValue<string>()));
    }

    [Fact]
    public void Render_all_joins_with_newlines_and_renders_nothing_as_empty()
    {
        Assert.Equal("", JqOutput.RenderAll([]));
        Assert.Equal("a\n1\nnull\n[]", JqOutput.RenderAll([JsonValue.Create("a"), JsonValue.Create(1), null, new JsonArray()]));
    }

    [Fact]
    public void A_lone_surrogate_is_printed_as_the_replacement_character_inside_json()
    {
        var input = new JsonArray(JsonValue.Create("a\uD800b"));
        Assert.Equal("[\n  \"a\uFFFDb\"\n]", JqOutput.Render(input));
    }
}
