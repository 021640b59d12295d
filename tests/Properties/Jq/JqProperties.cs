using System.Text.Json.Nodes;
using Lark.Jq;

namespace Lark.Resources.Properties.Jq;

/// <summary>Laws of the jq subset, checked on generated documents and filters.</summary>
public sealed class JqProperties
{
    private const string Supported = "supported: paths (.a.b, .a[0], .a[], .\"k\"), |, \",\", (), literals, length, keys, select(...), not, ==, !=, <, <=, >, >=, and, or";

    private static Arbitrary<string> Json => Arb.From(JqGenerators.Json);

    private static Arbitrary<JqExpression> Filters => Arb.From(JqGenerators.Expression);

    private static Arbitrary<(JqExpression Filter, string Json)> FilterAndJson =>
        Arb.From(JqGenerators.Expression.Zip(JqGenerators.Json));

    // The outputs as compact JSON, or the error: two filters agree when their outcomes are equal strings.
    private static string Outcome(JqExpression filter, string json) =>
        Outcome(JqEvaluator.Evaluate(filter, JsonNode.Parse(json)));

    private static string Outcome(string filter, string json)
    {
        var parsed = JqFilter.Parse(filter);
        return parsed.IsOk ? Outcome(parsed.Value.Evaluate(JsonNode.Parse(json))) : "parse error: " + parsed.Error;
    }

    private static string Outcome(Lark.Resources.Rules.Result<IReadOnlyList<JsonNode?>> result) =>
        result.IsOk
            ? "ok: " + string.Join(" ; ", result.Value.Select(v => JqOutput.RenderJson(v, indent: false)))
            : "error: " + result.Error;

    [Property(MaxTest = 1000)]
    public Property Parsing_any_text_never_throws_and_failures_say_where_and_what_is_supported() =>
        Prop.ForAll(Arb.From(JqGenerators.ExpressionText), text =>
        {
            var parsed = JqFilter.Parse(text);
            return parsed.IsOk || (parsed.Error.Contains(" at column ", StringComparison.Ordinal) && parsed.Error.EndsWith(Supported, StringComparison.Ordinal));
        });

    [Property(MaxTest = 500)]
    public Property Printing_a_filter_and_parsing_it_gives_the_same_filter() =>
        Prop.ForAll(Filters, filter =>
        {
            var text = filter.ToString();
            var parsed = JqFilter.Parse(text);
            return (parsed.IsOk && parsed.Value.Expression == filter).Label($"{text} → {(parsed.IsOk ? parsed.Value.ToString() : parsed.Error)}");
        });

    [Property(MaxTest = 1000)]
    public Property Canonical_text_is_a_fixed_point_for_any_accepted_text() =>
        Prop.ForAll(Arb.From(JqGenerators.ExpressionText), text =>
        {
            var parsed = JqFilter.Parse(text);
            if (!parsed.IsOk)
                return true;
            var again = JqFilter.Parse(parsed.Value.ToString());
            return again.IsOk && again.Value.Equals(parsed.Value) && again.Value.ToString() == parsed.Value.ToString();
        });

    [Property(MaxTest = 500)]
    public Property Evaluation_and_rendering_never_throw() =>
        Prop.ForAll(FilterAndJson, t =>
        {
            var result = JqEvaluator.Evaluate(t.Filter, JsonNode.Parse(t.Json));
            _ = result.IsOk ? JqOutput.RenderAll(result.Value) : result.Error;
            return true;
        });

    [Property(MaxTest = 300)]
    public Property Dot_is_the_identity() =>
        Prop.ForAll(Json, json =>
        {
            var input = JsonNode.Parse(json);
            var results = JqFilter.Parse(".").Value.Evaluate(input);
            return results.IsOk && results.Value.Count == 1 && ReferenceEquals(results.Value[0], input);
        });

    [Property(MaxTest = 300)]
    public Property Piping_into_or_from_dot_changes_nothing() =>
        Prop.ForAll(FilterAndJson, t =>
        {
            var f = t.Filter.ToString();
            var alone = Outcome(f, t.Json);
            return (Outcome($"({f}) | .", t.Json) == alone && Outcome($". | ({f})", t.Json) == alone).Label(f);
        });

    [Property(MaxTest = 300)]
    public Property Comma_outputs_the_left_then_the_right() =>
        Prop.ForAll(Arb.From(JqGenerators.Expression.Zip(JqGenerators.Expression).Zip(JqGenerators.Json)), t =>
        {
            var ((f, g), json) = t;
            var left = JqEvaluator.Evaluate(f, JsonNode.Parse(json));
            var right = JqEvaluator.Evaluate(g, JsonNode.Parse(json));
            var expected = !left.IsOk ? Outcome(left)
                : !right.IsOk ? Outcome(right)
                : Outcome(Lark.Resources.Rules.Result<IReadOnlyList<JsonNode?>>.Ok([.. left.Value, .. right.Value]));
            return (Outcome($"({f}), ({g})", json) == expected).Label($"({f}), ({g})");
        });

    [Property(MaxTest = 300)]
    public Property Select_true_is_identity_and_select_false_is_empty() =>
        Prop.ForAll(Json, json =>
        {
            var input = JsonNode.Parse(json);
            var kept = JqFilter.Parse("select(true)").Value.Evaluate(input);
            var dropped = JqFilter.Parse("select(false)").Value.Evaluate(input);
            return kept.IsOk && kept.Value.Count == 1 && ReferenceEquals(kept.Value[0], input) && dropped.IsOk && dropped.Value.Count == 0;
        });

    [Property(MaxTest = 300)]
    public Property Select_repeats_the_input_once_per_truthy_condition_output() =>
        Prop.ForAll(FilterAndJson, t =>
        {
            var input = JsonNode.Parse(t.Json);
            var condition = JqEvaluator.Evaluate(t.Filter, input);
            var selected = JqEvaluator.Evaluate(new JqSelect(t.Filter), input);
            if (!condition.IsOk)
                return !selected.IsOk && selected.Error == condition.Error;
            return selected.IsOk
                && selected.Value.Count == condition.Value.Count(JqValues.IsTruthy)
                && selected.Value.All(v => ReferenceEquals(v, input));
        });

    [Property(MaxTest = 500)]
    public Property A_path_built_from_real_keys_returns_exactly_that_subtree() =>
        Prop.ForAll(Arb.From(JqGenerators.Json.SelectMany(json => PathInto(JsonNode.Parse(json), 6), (json, path) => (json, path))), t =>
        {
            var input = JsonNode.Parse(t.json);
            var expected = Walk(input, t.path.Steps);
            var results = JqFilter.Parse(t.path.Text).Value.Evaluate(input);
            return (results.IsOk && results.Value.Count == 1 && ReferenceEquals(results.Value[0], expected)).Label(t.path.Text);
        });

    [Property(MaxTest = 300)]
    public Property Iterating_an_array_yields_its_elements_in_order_and_as_many_as_its_length() =>
        Prop.ForAll(Arb.From(JqGenerators.JsonArrayText), json =>
        {
            var input = JsonNode.Parse(json)!.AsArray();
            var elements = JqFilter.Parse(".[]").Value.Evaluate(input).Value;
            var length = JqFilter.Parse("length").Value.Evaluate(input).Value.Single()!.GetValue<double>();
            return elements.Count == input.Count
                && elements.Select((e, i) => ReferenceEquals(e, input[i])).All(same => same)
                && length == input.Count;
        });

    [Property(MaxTest = 300)]
    public Property Length_and_keys_agree_with_the_container() =>
        Prop.ForAll(Json, json =>
        {
            var input = JsonNode.Parse(json);
            if (input is not (JsonArray or JsonObject))
                return true;
            var length = JqFilter.Parse("length").Value.Evaluate(input).Value.Single()!.GetValue<double>();
            var keys = JqFilter.Parse("keys").Value.Evaluate(input).Value.Single()!.AsArray();
            var count = input is JsonArray a ? a.Count : ((JsonObject)input).Count;
            var sorted = keys.Zip(keys.Skip(1)).All(p => JqValues.Compare(p.First, p.Second) < 0);
            return length == count && keys.Count == count && sorted;
        });

    [Property(MaxTest = 300)]
    public Property Comparison_is_a_total_order() =>
        Prop.ForAll(Arb.From(JqGenerators.Json.ListOf().Select(l => l.Take(8).ToList())), jsons =>
        {
            var values = jsons.Select(j => JsonNode.Parse(j)).ToList();
            foreach (var a in values)
            {
                if (JqValues.Compare(a, a) != 0)
                    return false;
                foreach (var b in values)
                {
                    if (Math.Sign(JqValues.Compare(a, b)) != -Math.Sign(JqValues.Compare(b, a)))
                        return false;
                }
            }

            // Transitivity: after sorting, every earlier value is <= every later one.
            values.Sort(JqValues.Compare);
            for (var i = 0; i < values.Count; i++)
            {
                for (var j = i + 1; j < values.Count; j++)
                {
                    if (JqValues.Compare(values[i], values[j]) > 0)
                        return false;
                }
            }

            return true;
        });

    [Property(MaxTest = 300)]
    public Property Comparison_operators_agree_with_the_order() =>
        Prop.ForAll(Arb.From(JqGenerators.Json.Zip(JqGenerators.Json)), t =>
        {
            var input = JsonNode.Parse($"[{t.Item1},{t.Item2}]");
            var order = JqValues.Compare(input![0], input[1]);
            var results = JqFilter.Parse(".[0] == .[1], .[0] != .[1], .[0] < .[1], .[0] <= .[1], .[0] > .[1], .[0] >= .[1]")
                .Value.Evaluate(input).Value.Select(v => v!.GetValue<bool>()).ToArray();
            bool[] expected = [order == 0, order != 0, order < 0, order <= 0, order > 0, order >= 0];
            return results.SequenceEqual(expected);
        });

    [Property(MaxTest = 300)]
    public Property Rendered_containers_are_json_that_reads_back_to_an_equal_value() =>
        Prop.ForAll(Json, json =>
        {
            var input = JsonNode.Parse(json);
            var text = JqOutput.Render(input);
            if (input is not (JsonArray or JsonObject))
                return input is JsonValue v && v.GetValueKind() == System.Text.Json.JsonValueKind.String ? text == v.GetValue<string>() : text == JqOutput.RenderJson(input, indent: false);
            var reread = JsonNode.Parse(text);
            return JqValues.Compare(reread, input) == 0 && JqOutput.Render(reread) == text;
        });

    private sealed record PathWalk(string Text, IReadOnlyList<object> Steps);

    // A path of up to maxSteps real keys or indices into node, spelt in one of jq's equivalent ways.
    private static Gen<PathWalk> PathInto(JsonNode? node, int maxSteps)
    {
        var here = Gen.Constant(new PathWalk(".", []));
        if (maxSteps == 0)
            return here;
        switch (node)
        {
            case JsonObject obj when obj.Count > 0:
                var keys = obj.Select(p => p.Key).ToArray();
                return Gen.Frequency((1, here), (4,
                    from key in Gen.Elements(keys)
                    from spelling in Gen.Choose(0, 2)
                    from rest in PathInto(obj[key], maxSteps - 1)
                    select Prepend(KeyStep(key, spelling), key, rest)));
            case JsonArray array when array.Count > 0:
                return Gen.Frequency((1, here), (4,
                    from index in Gen.Choose(0, array.Count - 1)
                    from negative in Gen.Elements(true, false)
                    from rest in PathInto(array[index], maxSteps - 1)
                    select Prepend($"[{(negative ? index - array.Count : index)}]", index, rest)));
            default:
                return here;
        }
    }

    private static string KeyStep(string key, int spelling) => spelling switch
    {
        0 when key.Length > 0 && (char.IsAsciiLetter(key[0]) || key[0] == '_') && key.All(c => char.IsAsciiLetterOrDigit(c) || c == '_') => "." + key,
        1 => "." + JqGenerators.Quote(key),
        _ => "[" + JqGenerators.Quote(key) + "]",
    };

    private static PathWalk Prepend(string step, object key, PathWalk rest)
    {
        // ".[...]" at the start, plain steps afterwards: "." + "[0]" is ".[0]", ".a" + "[0]" is ".a[0]".
        var restText = rest.Text == "." ? "" : rest.Text[0] == '.' && rest.Text.Length > 1 && rest.Text[1] == '[' ? rest.Text[1..] : rest.Text;
        var text = (step[0] == '[' ? "." + step : step) + restText;
        return new PathWalk(text, [key, .. rest.Steps]);
    }

    private static JsonNode? Walk(JsonNode? node, IReadOnlyList<object> steps)
    {
        foreach (var step in steps)
            node = step is string key ? node![key] : node![(int)step];
        return node;
    }
}
