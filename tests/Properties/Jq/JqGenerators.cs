using System.Text;
using Lark.Jq;

namespace Lark.Resources.Properties.Jq;

/// <summary>Generators for JSON documents, filters of the subset, and arbitrary expression text.</summary>
internal static class JqGenerators
{
    /// <summary>Keys shared by generated documents and filters, so generated paths often hit.</summary>
    private static readonly string[] Keys = ["a", "b", "data", "saved_path", "", "key with spaces", "é", "😀", "a\"b", "and", "_1"];

    private static readonly string[] NumberLiterals =
        ["0", "-0", "1", "-1", "2", "1.0", "2.5", "-2.5", "1e2", "100", "0.0001", "1E-7", "123456789012345678901", "1e1000", "-3"];

    private static readonly string[] StringValues =
        ["", "a", "b", "ab", "A", "é", "z", "😀", "\uffff", "tab\there", "quote\"", "back\\slash", "\u0001", "\u007f", "line\nbreak", "/abs/x.png"];

    /// <summary>A JSON scalar as JSON text.</summary>
    public static Gen<string> Scalar =>
        Gen.OneOf(
            Gen.Elements("null", "true", "false"),
            Gen.Elements(NumberLiterals),
            Gen.Choose(-1000, 1000).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)),
            Gen.Elements(StringValues).Select(Quote));

    /// <summary>A JSON document of bounded depth, as JSON text (so every use parses fresh nodes).</summary>
    public static Gen<string> Json => Gen.Sized(size => JsonOfDepth(Math.Min(4, 1 + (size / 20))));

    /// <summary>A JSON array document, as JSON text.</summary>
    public static Gen<string> JsonArrayText =>
        Json.ListOf().Select(items => "[" + string.Join(",", items.Take(6)) + "]");

    private static Gen<string> JsonOfDepth(int depth)
    {
        if (depth <= 0)
            return Scalar;
        var child = JsonOfDepth(depth - 1);
        var array = child.ListOf().Select(items => "[" + string.Join(",", items.Take(5)) + "]");
        var member = Gen.Elements(Keys).Zip(child, (k, v) => (Key: k, Value: v));
        var obj = member.ListOf().Select(members =>
            "{" + string.Join(",", members.DistinctBy(m => m.Key).Take(5).Select(m => Quote(m.Key) + ":" + m.Value)) + "}");
        return Gen.Frequency((3, Scalar), (2, array), (2, obj));
    }

    /// <summary>A filter of the subset, as a parsed expression tree.</summary>
    public static Gen<JqExpression> Expression => Gen.Sized(size => ExpressionOfDepth(Math.Min(4, 1 + (size / 25))));

    private static Gen<JqExpression> ExpressionOfDepth(int depth)
    {
        var leaf = Gen.OneOf(
            Gen.Constant<JqExpression>(new JqIdentity()),
            Gen.Elements<JqExpression>(new JqLength(), new JqKeys(), new JqNot()),
            Gen.OneOf(Gen.Elements(NumberLiterals), Gen.Elements(".5", "1.", "0012"), Gen.Elements(StringValues).Select(Quote), Gen.Elements("true", "false", "null"))
                .Select(json => (JqExpression)new JqLiteral(json)),
            PathOn(Gen.Constant<JqExpression>(new JqIdentity())));
        if (depth <= 0)
            return leaf;
        var sub = ExpressionOfDepth(depth - 1);
        var pair = sub.Zip(sub);
        return Gen.Frequency(
            (4, leaf),
            (2, PathOn(sub)),
            (2, pair.Select(p => (JqExpression)new JqPipe(p.Item1, p.Item2))),
            (2, pair.Select(p => (JqExpression)new JqComma(p.Item1, p.Item2))),
            (1, pair.Select(p => (JqExpression)new JqAnd(p.Item1, p.Item2))),
            (1, pair.Select(p => (JqExpression)new JqOr(p.Item1, p.Item2))),
            (2, pair.Zip(Gen.Elements(Enum.GetValues<JqComparison>()), (p, op) => (JqExpression)new JqCompare(op, p.Item1, p.Item2))),
            (1, sub.Select(s => (JqExpression)new JqSelect(s))),
            (1, sub.Select(s => (JqExpression)new JqTry(s))));
    }

    // One index or iteration step on top of target.
    private static Gen<JqExpression> PathOn(Gen<JqExpression> target) =>
        from t in target
        from kind in Gen.Choose(0, 9)
        from optional in Gen.Elements(true, false)
        from key in Gen.Elements(Keys)
        from index in Gen.Elements("0", "1", "-1", "2", "1.5", "-5", "1e10")
        select kind switch
        {
            < 5 => (JqExpression)new JqIndex(t, key, IsNumber: false, optional),
            < 8 => new JqIndex(t, index, IsNumber: true, optional),
            _ => new JqIterate(t, optional),
        };

    /// <summary>Text that is often nearly jq: fragments of the grammar, junk characters, and mutations of real filters.</summary>
    public static Gen<string> ExpressionText
    {
        get
        {
            var fragments = Gen.Elements(
                ".", ".a", "..", ".[", "]", "[", "(", ")", "|", ",", "?", "\"", "\"x\"", "\\", "\\u", "\\(", "0", "-", "1.5e", "e9",
                "==", "!=", "<", "<=", ">", ">=", "=", "and", "or", "not", "length", "keys", "select", "select(", "map", "$x", "@b",
                "#", " ", "\t", "\n", "{", "}", ":", ";", "+", "*", "/", "//", "?//", "|=", "é", "😀", "\uD800", "\0", "\u007f");
            var junk = fragments.ListOf().Select(parts => string.Concat(parts));
            var mutated =
                from e in Expression
                from at in Gen.Choose(0, 1000)
                from how in Gen.Choose(0, 3)
                select Mutate(e.ToString(), at, how);
            var randomChars = Gen.Choose(0, 0xFFFF).Select(c => (char)c).ArrayOf().Select(cs => new string(cs));
            return Gen.OneOf(junk, mutated, randomChars);
        }
    }

    // Deletes, duplicates or cuts at one position of an otherwise valid filter.
    private static string Mutate(string text, int at, int how)
    {
        if (text.Length == 0)
            return text;
        var i = at % text.Length;
        return how switch
        {
            0 => text.Remove(i, 1),
            1 => text.Insert(i, text[i].ToString()),
            2 => text[..i],
            _ => text.Insert(i, "(("),
        };
    }

    /// <summary>The JSON text of a string.</summary>
    public static string Quote(string value)
    {
        var text = new StringBuilder();
        JqOutput.WriteString(text, value);
        return text.ToString();
    }
}
