using System.Text.Json.Nodes;
using Lark.Jq;

namespace Lark.Resources.Properties.Jq;

/// <summary>What the parser refuses, how it says so, and how it prints what it accepts.</summary>
public sealed class JqSyntaxTests
{
    private const string Supported = "supported: paths (.a.b, .a[0], .a[], .\"k\"), |, \",\", (), literals, length, keys, select(...), not, ==, !=, <, <=, >, >=, and, or";

    [Theory]
    [InlineData("map(.a)", "map", 1)]
    [InlineData(".a | map(.b)", "map", 6)]
    [InlineData("$x", "$x", 1)]
    [InlineData(". as $x | $x", "as", 3)]
    [InlineData(".a + 1", "+", 4)]
    [InlineData(".a - 1", "-", 4)]
    [InlineData(".a * 2", "*", 4)]
    [InlineData(".a / 2", "/", 4)]
    [InlineData(".a % 2", "%", 4)]
    [InlineData(".a // \"x\"", "//", 4)]
    [InlineData("..", "..", 1)]
    [InlineData(".a | ..", "..", 6)]
    [InlineData("reduce .[] as $x (0; . + $x)", "reduce", 1)]
    [InlineData("\"a\\(.b)\"", "\\(", 3)]
    [InlineData("[.[]]", "[", 1)]
    [InlineData("{a: 1}", "{", 1)]
    [InlineData(".[1:2]", ":", 4)]
    [InlineData(".[.a]", ".a", 3)]
    [InlineData("if . then 1 else 2 end", "if", 1)]
    [InlineData(".a = 1", "=", 4)]
    [InlineData(".a |= 1", "|=", 4)]
    [InlineData("@base64", "@base64", 1)]
    [InlineData("try .a", "try", 1)]
    [InlineData(". # comment", "#", 3)]
    [InlineData("has(\"a\")", "has", 1)]
    [InlineData("empty", "empty", 1)]
    [InlineData("error", "error", 1)]
    [InlineData("def f: .; f", "def", 1)]
    [InlineData(".a?//1", "?//", 3)]
    [InlineData("-.a", "-", 1)]
    public void Refuses_unsupported_jq_by_name_and_column(string expression, string what, int column)
    {
        var parsed = JqFilter.Parse(expression);
        Assert.False(parsed.IsOk);
        Assert.StartsWith($"unsupported jq syntax \"{what}\" at column {column}", parsed.Error, StringComparison.Ordinal);
        Assert.EndsWith(Supported, parsed.Error, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("", "end of expression", 1)]
    [InlineData("   ", "end of expression", 1)]
    [InlineData(".a |", "end of expression", 5)]
    [InlineData("(.a", "end of expression", 4)]
    [InlineData(".a)", "\")\"", 3)]
    [InlineData(".[", "end of expression", 3)]
    [InlineData(".[0", "end of expression", 4)]
    [InlineData("1 < 2 < 3", "\"<\"", 7)]
    [InlineData(".a == .b == .c", "\"==\"", 10)]
    [InlineData("select", "end of expression", 7)]
    [InlineData(". .", "\".\"", 3)]
    [InlineData(". a", "\"a\"", 3)]
    [InlineData(".a,", "end of expression", 4)]
    [InlineData("and", "\"and\"", 1)]
    [InlineData("\"abc", "end of expression inside the string", 1)]
    [InlineData("\"\\x\"", "escape \"\\x\"", 2)]
    [InlineData("\"\\ud800\"", "escape of a lone UTF-16 surrogate", 2)]
    [InlineData("(.a)?.b", "\".b\"", 6)]
    [InlineData(".a ! .b", "character \"!\"", 4)]
    [InlineData(".a & .b", "character \"&\"", 4)]
    public void Reports_syntax_errors_with_column(string expression, string what, int column)
    {
        var parsed = JqFilter.Parse(expression);
        Assert.False(parsed.IsOk);
        Assert.StartsWith($"jq syntax error: unexpected {what} at column {column}", parsed.Error, StringComparison.Ordinal);
        Assert.EndsWith(Supported, parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Refuses_a_lone_surrogate_which_command_line_text_cannot_contain()
    {
        // Built at run time: xunit's data serialisation would mangle a lone surrogate in InlineData.
        var parsed = JqFilter.Parse(".\"" + (char)0xD800 + "\"");
        Assert.False(parsed.IsOk);
        Assert.StartsWith("jq syntax error: unexpected lone UTF-16 surrogate U+D800 at column 3", parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void A_null_expression_is_a_failure_not_an_exception() =>
        Assert.False(JqFilter.Parse(null).IsOk);

    [Theory]
    [InlineData(".", ".")]
    [InlineData(" .a.b ", ".a.b")]
    [InlineData(".[\"a\"]", ".a")]
    [InlineData(". \"a b\"", ".\"a b\"")]
    [InlineData(".a.[\"b\"]", ".a.b")]
    [InlineData(".a.[]", ".a[]")]
    [InlineData(".a[0][-1]", ".a[0][-1]")]
    [InlineData(".[]?", ".[]?")]
    [InlineData("(.a)?", "(.a)?")]
    [InlineData(".a??", ".a??")]
    [InlineData("((.a))", ".a")]
    [InlineData(".a|.b|.c", ".a | .b | .c")]
    [InlineData("(.a|.b)|.c", "(.a | .b) | .c")]
    [InlineData(".a,.b|.c", ".a, .b | .c")]
    [InlineData(".a,(.b|.c)", ".a, (.b | .c)")]
    [InlineData("(.a,.b),.c", ".a, .b, .c")]
    [InlineData(".a,(.b,.c)", ".a, (.b, .c)")]
    [InlineData(".a or .b and .c", ".a or .b and .c")]
    [InlineData("(.a or .b) and .c", "(.a or .b) and .c")]
    [InlineData(".a==1 and .b!=\"x\"", ".a == 1 and .b != \"x\"")]
    [InlineData("(.a == 1) == true", "(.a == 1) == true")]
    [InlineData("select(.a >= 2)|not", "select(.a >= 2) | not")]
    [InlineData("\"\\u00e9\\u0001\\/\"", "\"é\\u0001/\"")]
    [InlineData("- 1, .5, 1e2", "-1, .5, 1e2")]
    [InlineData("(1).a", "(1).a")]
    [InlineData("\"s\"[0]", "\"s\"[0]")]
    [InlineData(".and.or", ".and.or")]
    [InlineData("length?", "length?")]
    [InlineData("keys[0]", "keys[0]")]
    public void Prints_a_canonical_form(string expression, string canonical)
    {
        var parsed = JqFilter.Parse(expression);
        Assert.True(parsed.IsOk, parsed.Error);
        Assert.Equal(canonical, parsed.Value.ToString());
        Assert.Equal(parsed.Value, JqFilter.Parse(canonical).Value);
    }

    [Theory]
    [InlineData(10_000, "(", "")]
    [InlineData(5_000, ".a", "")]
    [InlineData(1_000, "not | ", ".")]
    [InlineData(1_000, "1, ", "1")]
    [InlineData(1_000, "select(", "")]
    public void Refuses_expressions_nested_too_deeply(int times, string repeated, string tail)
    {
        var parsed = JqFilter.Parse(string.Concat(Enumerable.Repeat(repeated, times)) + tail);
        Assert.False(parsed.IsOk);
        Assert.Contains("nested too deeply", parsed.Error, StringComparison.Ordinal);
    }

    [Fact]
    public void Accepts_reasonable_nesting()
    {
        var parsed = JqFilter.Parse(string.Concat(Enumerable.Repeat(".a", 150)));
        Assert.True(parsed.IsOk, parsed.Error);
        Assert.Equal([null], parsed.Value.Evaluate(new JsonObject()).Value);
    }
}
