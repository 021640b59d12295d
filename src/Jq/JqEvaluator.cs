using System.Text;
using System.Text.Json.Nodes;

namespace Lark.Jq;

/// <summary>
/// Runs a parsed expression over one input with jq 1.7's semantics and error messages. Results are the
/// input's own nodes where jq would pass a value through (they keep their parents; clone before re-parenting)
/// and new nodes for everything computed. A budget of steps stops filters that multiply their outputs without end.
/// </summary>
internal sealed class JqEvaluator
{
    /// <summary>The most values one evaluation may produce, counting every intermediate one.</summary>
    public const long MaxSteps = 10_000_000;

    /// <summary>The deepest input accepted, so comparing values cannot overflow the stack.</summary>
    public const int MaxInputDepth = 1_000;

    private long _steps;
    private bool _outOfBudget;

    private JqEvaluator()
    {
    }

    /// <summary>All outputs of <paramref name="expression"/> for <paramref name="input"/>, or jq's error message.</summary>
    public static Result<IReadOnlyList<JsonNode?>> Evaluate(JqExpression expression, JsonNode? input)
    {
        if (CheckDepth(input) is { } tooDeep)
            return Result<IReadOnlyList<JsonNode?>>.Fail(tooDeep);
        var output = new List<JsonNode?>();
        var error = new JqEvaluator().Eval(expression, input, output);
        return error is null
            ? Result<IReadOnlyList<JsonNode?>>.Ok(output)
            : Result<IReadOnlyList<JsonNode?>>.Fail(error);
    }

    // Measures depth without recursion. (System.Text.Json refuses a JsonValue wrapping an array or object,
    // so JsonObject and JsonArray are the only containers.)
    private static string? CheckDepth(JsonNode? input)
    {
        var pending = new Stack<(JsonNode? Node, int Depth)>();
        pending.Push((input, 1));
        while (pending.Count > 0)
        {
            var (node, depth) = pending.Pop();
            if (depth > MaxInputDepth)
                return $"jq input nested too deeply (more than {MaxInputDepth} levels)";
            IEnumerable<JsonNode?> children = node switch
            {
                JsonObject obj => obj.Select(member => member.Value),
                JsonArray array => array,
                _ => [],
            };
            foreach (var child in children)
                pending.Push((child, depth + 1));
        }

        return null;
    }

    // Appends the outputs of expression for input to output; returns jq's error message, or null.
    private string? Eval(JqExpression expression, JsonNode? input, List<JsonNode?> output)
    {
        if (!Spend())
            return BudgetMessage;
        switch (expression)
        {
            case JqIdentity:
                return Emit(output, input);
            case JqLiteral literal:
                return Emit(output, MakeLiteral(literal));
            case JqIndex index:
                return ForEach(index.Target, input, output, (target, sink) =>
                {
                    var error = Index(target, index, out var value);
                    return error is null ? Emit(sink, value) : index.Optional ? null : error;
                });
            case JqIterate iterate:
                return ForEach(iterate.Target, input, output, (target, sink) => Iterate(target, iterate.Optional, sink));
            case JqTry attempt:
                var attempted = new List<JsonNode?>();
                var failure = Eval(attempt.Body, input, attempted);
                // jq's try keeps what came before the first error and drops the error, but never the budget.
                output.AddRange(attempted);
                return _outOfBudget ? failure : null;
            case JqPipe pipe:
                return ForEach(pipe.Left, input, output, (left, sink) => Eval(pipe.Right, left, sink));
            case JqComma comma:
                return Eval(comma.Left, input, output) ?? Eval(comma.Right, input, output);
            case JqOr or:
                return ForEach(or.Left, input, output, (left, sink) => JqValues.IsTruthy(left)
                    ? Emit(sink, JsonValue.Create(true))
                    : ForEach(or.Right, input, sink, (right, inner) => Emit(inner, JsonValue.Create(JqValues.IsTruthy(right)))));
            case JqAnd and:
                return ForEach(and.Left, input, output, (left, sink) => !JqValues.IsTruthy(left)
                    ? Emit(sink, JsonValue.Create(false))
                    : ForEach(and.Right, input, sink, (right, inner) => Emit(inner, JsonValue.Create(JqValues.IsTruthy(right)))));
            case JqCompare compare:
                // jq runs the right operand in the outer loop and the left in the inner one.
                return ForEach(compare.Right, input, output, (right, sink) =>
                    ForEach(compare.Left, input, sink, (left, inner) => Emit(inner, JsonValue.Create(Holds(compare.Operator, JqValues.Compare(left, right))))));
            case JqSelect select:
                return ForEach(select.Condition, input, output, (condition, sink) => JqValues.IsTruthy(condition) ? Emit(sink, input) : null);
            case JqNot:
                return Emit(output, JsonValue.Create(!JqValues.IsTruthy(input)));
            case JqLength:
                return Length(input, output);
            case JqKeys:
                return Keys(input, output);
            default:
                return $"jq internal error: no evaluation for {expression.GetType().Name}";
        }
    }

    private static readonly string BudgetMessage =
        $"jq evaluation stopped: the filter produced more than {MaxSteps.ToString(System.Globalization.CultureInfo.InvariantCulture)} values";

    private bool Spend()
    {
        if (++_steps <= MaxSteps)
            return true;
        _outOfBudget = true;
        return false;
    }

    private string? Emit(List<JsonNode?> output, JsonNode? value)
    {
        if (!Spend())
            return BudgetMessage;
        output.Add(value);
        return null;
    }

    // Runs each output of source through body, in order, stopping at the first error.
    private string? ForEach(JqExpression source, JsonNode? input, List<JsonNode?> output, Func<JsonNode?, List<JsonNode?>, string?> body)
    {
        var values = new List<JsonNode?>();
        var error = Eval(source, input, values);
        foreach (var value in values)
        {
            var bodyError = body(value, output);
            if (bodyError is not null)
                return bodyError;
        }

        // jq emits everything before the error, then fails.
        return error;
    }

    private static JsonNode? MakeLiteral(JqLiteral literal)
    {
        // Program numbers such as .5 or 1. are not JSON; their canonical text is, and keeps the exact value.
        var json = literal.IsNumber ? JqNumber.FromLiteral(literal.Json).ToString() : literal.Json;
        return JsonNode.Parse(json);
    }

    private static bool Holds(JqComparison op, int order) => op switch
    {
        JqComparison.Equal => order == 0,
        JqComparison.NotEqual => order != 0,
        JqComparison.Less => order < 0,
        JqComparison.LessOrEqual => order <= 0,
        JqComparison.Greater => order > 0,
        _ => order >= 0,
    };

    // jq's jv_get for the key kinds the subset can write: a string or a number.
    private static string? Index(JsonNode? target, JqIndex index, out JsonNode? value)
    {
        value = null;
        var kind = JqValues.KindOf(target);
        if (!index.IsNumber && kind == JqValueKind.Object)
        {
            ((JsonObject)target!).TryGetPropertyValue(index.Key, out value);
            return null;
        }

        if (index.IsNumber && kind == JqValueKind.Array)
        {
            var array = (JsonArray)target!;
            var position = JqNumber.FromLiteral(index.Key).ToDouble();
            if (double.IsNaN(position))
                return null;
            // C's (int) cast after clamping: truncation towards zero.
            var i = (int)Math.Clamp(position, int.MinValue, int.MaxValue);
            if (i < 0)
                i += array.Count;
            value = i >= 0 && i < array.Count ? array[i] : null;
            return null;
        }

        if (kind == JqValueKind.Null)
            return null;
        var kindName = JqValues.KindName(kind);
        if (!index.IsNumber && Encoding.UTF8.GetByteCount(index.Key) < 30)
            return $"Cannot index {kindName} with string \"{index.Key}\"";
        return $"Cannot index {kindName} with {(index.IsNumber ? "number" : "string")}";
    }

    private string? Iterate(JsonNode? target, bool optional, List<JsonNode?> output)
    {
        switch (target)
        {
            case JsonArray array:
                foreach (var item in array)
                {
                    if (Emit(output, item) is { } error)
                        return error;
                }

                return null;
            case JsonObject obj:
                foreach (var member in obj)
                {
                    if (Emit(output, member.Value) is { } error)
                        return error;
                }

                return null;
            default:
                return optional
                    ? null
                    : $"Cannot iterate over {JqValues.KindName(JqValues.KindOf(target))} ({JqValues.DumpTruncated(target)})";
        }
    }

    private string? Length(JsonNode? input, List<JsonNode?> output)
    {
        double? length = JqValues.KindOf(input) switch
        {
            JqValueKind.Null => 0,
            JqValueKind.Array => ((JsonArray)input!).Count,
            JqValueKind.Object => ((JsonObject)input!).Count,
            JqValueKind.String => JqValues.CodePointCount(JqValues.StringOf(input)),
            JqValueKind.Number => Math.Abs(JqValues.NumberOf(input).ToDouble()),
            _ => null,
        };
        return length is { } value
            ? Emit(output, JsonValue.Create(value))
            : TypeError(input, "has no length");
    }

    private string? Keys(JsonNode? input, List<JsonNode?> output)
    {
        switch (input)
        {
            case JsonObject obj:
                var names = JqValues.SortedKeys(obj).Select(k => (JsonNode?)JsonValue.Create(k)).ToArray();
                return Emit(output, new JsonArray(names));
            case JsonArray array:
                var indices = Enumerable.Range(0, array.Count).Select(i => (JsonNode?)JsonValue.Create((double)i)).ToArray();
                return Emit(output, new JsonArray(indices));
            default:
                return TypeError(input, "has no keys");
        }
    }

    // jq's type_error: "<kind> (<truncated value>) <message>".
    private static string TypeError(JsonNode? value, string message) =>
        $"{JqValues.KindName(JqValues.KindOf(value))} ({JqValues.DumpTruncated(value)}) {message}";
}
