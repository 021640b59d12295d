using System.Text.Json.Nodes;

namespace Lark.Jq;

/// <summary>
/// A parsed <c>--jq</c> / <c>-q</c> filter: a subset of jq 1.7 (paths, <c>|</c>, <c>,</c>, parentheses,
/// literals, <c>length</c>, <c>keys</c>, <c>select</c>, <c>not</c>, comparisons, <c>and</c>, <c>or</c>, and a
/// trailing <c>?</c>) with jq's semantics. Parsing and evaluation are total: bad input gives a failed
/// <see cref="Result{T}"/>, never an exception.
/// </summary>
public sealed class JqFilter : IEquatable<JqFilter>
{
    private JqFilter(JqExpression expression) => Expression = expression;

    /// <summary>The parsed expression tree.</summary>
    internal JqExpression Expression { get; }

    /// <summary>
    /// Parses <paramref name="expression"/>. A failure names what was wrong, the column (1-based), and the
    /// supported subset; syntax jq has but the subset lacks (<c>map</c>, <c>$x</c>, <c>+</c>, …) is refused here.
    /// </summary>
    public static Result<JqFilter> Parse(string? expression)
    {
        if (expression is null)
            return Result<JqFilter>.Fail(JqSyntax.Unexpected("end of expression", 1, "no expression was given; use . for the whole input"));
        return JqParser.Parse(expression).Map(e => new JqFilter(e));
    }

    /// <summary>
    /// Runs the filter over <paramref name="input"/> (<see langword="null"/> is JSON null). On a runtime error
    /// the whole evaluation fails with jq's message, e.g. <c>Cannot index number with string "a"</c>.
    /// Results may be nodes of <paramref name="input"/> itself; clone them before adding them to another tree.
    /// </summary>
    public Result<IReadOnlyList<JsonNode?>> Evaluate(JsonNode? input) => JqEvaluator.Evaluate(Expression, input);

    /// <summary>Canonical jq text of the filter; parsing it gives an equal filter.</summary>
    public override string ToString() => Expression.ToString();

    /// <inheritdoc />
    public bool Equals(JqFilter? other) => other is not null && Expression.Equals(other.Expression);

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as JqFilter);

    /// <inheritdoc />
    public override int GetHashCode() => Expression.GetHashCode();
}
