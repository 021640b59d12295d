using System.Text;

namespace Lark.Jq;

/// <summary>
/// A parsed jq expression of the subset. Records, so two parses of the same filter are equal;
/// <see cref="ToString"/> prints canonical jq text that parses back to an equal expression.
/// </summary>
internal abstract record JqExpression
{
    /// <summary>Binding strength, for printing only the parentheses that are needed.</summary>
    internal const int PipePrecedence = 0, CommaPrecedence = 1, OrPrecedence = 2, AndPrecedence = 3,
        ComparisonPrecedence = 4, TryPrecedence = 5, TermPrecedence = 6;

    /// <summary>How tightly this expression binds (see the precedence constants).</summary>
    internal virtual int Precedence => TermPrecedence;

    /// <summary>Canonical jq text.</summary>
    public sealed override string ToString()
    {
        var text = new StringBuilder();
        Print(text);
        return text.ToString();
    }

    /// <summary>Appends canonical jq text.</summary>
    internal abstract void Print(StringBuilder text);

    /// <summary>Prints <paramref name="child"/>, in parentheses when it binds more loosely than <paramref name="least"/>.</summary>
    protected static void Print(StringBuilder text, JqExpression child, int least)
    {
        if (child.Precedence >= least)
        {
            child.Print(text);
            return;
        }

        text.Append('(');
        child.Print(text);
        text.Append(')');
    }
}

/// <summary><c>.</c></summary>
internal sealed record JqIdentity : JqExpression
{
    internal override void Print(StringBuilder text) => text.Append('.');
}

/// <summary>A literal: a number (kept as written), a string, <c>true</c>, <c>false</c> or <c>null</c>; <paramref name="Json"/> is its JSON text.</summary>
internal sealed record JqLiteral(string Json) : JqExpression
{
    /// <summary>Whether this is a number literal (JSON text starting with a digit, <c>-</c> or <c>.</c>).</summary>
    internal bool IsNumber => Json.Length > 0 && (char.IsAsciiDigit(Json[0]) || Json[0] is '-' or '.');

    internal override void Print(StringBuilder text) => text.Append(Json);
}

/// <summary>An index step: <c>.name</c>, <c>."key"</c>, <c>.["key"]</c> or <c>.[n]</c> applied to the outputs of <paramref name="Target"/>.</summary>
/// <param name="Target">What is indexed (<see cref="JqIdentity"/> for a path starting at the input).</param>
/// <param name="Key">The object key, or for an array index the number literal as written.</param>
/// <param name="IsNumber">Whether <paramref name="Key"/> is a number literal (an array index).</param>
/// <param name="Optional">Whether a trailing <c>?</c> suppresses this step's errors.</param>
internal sealed record JqIndex(JqExpression Target, string Key, bool IsNumber, bool Optional) : JqExpression
{
    internal override void Print(StringBuilder text)
    {
        PrintTarget(text, Target);
        if (IsNumber)
        {
            text.Append(Target is JqIdentity ? ".[" : "[").Append(Key).Append(']');
        }
        else
        {
            text.Append('.');
            if (IsIdentifier(Key))
                text.Append(Key);
            else
                JqOutput.WriteString(text, Key);
        }

        if (Optional)
            text.Append('?');
    }

    /// <summary>Prints the target of a step; a number literal is parenthesised so <c>1</c> and <c>.a</c> cannot merge into <c>1.</c>.</summary>
    internal static void PrintTarget(StringBuilder text, JqExpression target)
    {
        if (target is JqIdentity)
            return;
        if (target is JqLiteral literal && literal.IsNumber)
        {
            text.Append('(').Append(literal.Json).Append(')');
            return;
        }

        Print(text, target, TermPrecedence);
    }

    private static bool IsIdentifier(string name) =>
        name.Length > 0 && (char.IsAsciiLetter(name[0]) || name[0] == '_') && name.All(c => char.IsAsciiLetterOrDigit(c) || c == '_');
}

/// <summary><c>.[]</c> over the outputs of <paramref name="Target"/>: array elements or object values.</summary>
internal sealed record JqIterate(JqExpression Target, bool Optional) : JqExpression
{
    internal override void Print(StringBuilder text)
    {
        if (Target is JqIdentity)
            text.Append('.');
        else
            JqIndex.PrintTarget(text, Target);
        text.Append("[]");
        if (Optional)
            text.Append('?');
    }
}

/// <summary><c>body?</c>: the outputs of <paramref name="Body"/> up to its first error, which is dropped.</summary>
internal sealed record JqTry(JqExpression Body) : JqExpression
{
    internal override int Precedence => TryPrecedence;

    internal override void Print(StringBuilder text)
    {
        // A bare index step followed by ? would read back as an optional step, so parenthesise it.
        if (Body is JqIndex { Optional: false } or JqIterate { Optional: false })
        {
            text.Append('(');
            Body.Print(text);
            text.Append(')');
        }
        else
        {
            Print(text, Body, TryPrecedence);
        }

        text.Append('?');
    }
}

/// <summary><c>left | right</c></summary>
internal sealed record JqPipe(JqExpression Left, JqExpression Right) : JqExpression
{
    internal override int Precedence => PipePrecedence;

    internal override void Print(StringBuilder text)
    {
        Print(text, Left, CommaPrecedence);
        text.Append(" | ");
        Print(text, Right, PipePrecedence);
    }
}

/// <summary><c>left, right</c></summary>
internal sealed record JqComma(JqExpression Left, JqExpression Right) : JqExpression
{
    internal override int Precedence => CommaPrecedence;

    internal override void Print(StringBuilder text)
    {
        Print(text, Left, CommaPrecedence);
        text.Append(", ");
        Print(text, Right, OrPrecedence);
    }
}

/// <summary><c>left or right</c></summary>
internal sealed record JqOr(JqExpression Left, JqExpression Right) : JqExpression
{
    internal override int Precedence => OrPrecedence;

    internal override void Print(StringBuilder text)
    {
        Print(text, Left, OrPrecedence);
        text.Append(" or ");
        Print(text, Right, AndPrecedence);
    }
}

/// <summary><c>left and right</c></summary>
internal sealed record JqAnd(JqExpression Left, JqExpression Right) : JqExpression
{
    internal override int Precedence => AndPrecedence;

    internal override void Print(StringBuilder text)
    {
        Print(text, Left, AndPrecedence);
        text.Append(" and ");
        Print(text, Right, ComparisonPrecedence);
    }
}

/// <summary><c>left op right</c> for one of the six comparisons; comparisons do not chain.</summary>
internal sealed record JqCompare(JqComparison Operator, JqExpression Left, JqExpression Right) : JqExpression
{
    internal override int Precedence => ComparisonPrecedence;

    internal override void Print(StringBuilder text)
    {
        Print(text, Left, TryPrecedence);
        text.Append(Operator switch
        {
            JqComparison.Equal => " == ",
            JqComparison.NotEqual => " != ",
            JqComparison.Less => " < ",
            JqComparison.LessOrEqual => " <= ",
            JqComparison.Greater => " > ",
            _ => " >= ",
        });
        Print(text, Right, TryPrecedence);
    }
}

/// <summary>The builtin <c>length</c>.</summary>
internal sealed record JqLength : JqExpression
{
    internal override void Print(StringBuilder text) => text.Append("length");
}

/// <summary>The builtin <c>keys</c>.</summary>
internal sealed record JqKeys : JqExpression
{
    internal override void Print(StringBuilder text) => text.Append("keys");
}

/// <summary>The builtin <c>not</c>.</summary>
internal sealed record JqNot : JqExpression
{
    internal override void Print(StringBuilder text) => text.Append("not");
}

/// <summary><c>select(condition)</c>: the input once for each truthy output of <paramref name="Condition"/>.</summary>
internal sealed record JqSelect(JqExpression Condition) : JqExpression
{
    internal override void Print(StringBuilder text)
    {
        text.Append("select(");
        Condition.Print(text);
        text.Append(')');
    }
}
