using System.Text;

namespace Lark.Jq;

/// <summary>
/// Recursive-descent parser for the jq subset, with jq 1.7's precedence: <c>|</c> (right-associative) binds
/// loosest, then <c>,</c>, <c>or</c>, <c>and</c>, the non-associative comparisons, a trailing <c>?</c>, and
/// postfix paths. Syntax jq has but the subset does not is refused by name and column.
/// </summary>
internal sealed class JqParser
{
    /// <summary>The deepest expression tree accepted, so evaluation and printing cannot overflow the stack.</summary>
    public const int MaxDepth = 200;

    private static readonly Dictionary<JqTokenKind, JqComparison> Comparisons = new()
    {
        [JqTokenKind.Equal] = JqComparison.Equal,
        [JqTokenKind.NotEqual] = JqComparison.NotEqual,
        [JqTokenKind.Less] = JqComparison.Less,
        [JqTokenKind.LessOrEqual] = JqComparison.LessOrEqual,
        [JqTokenKind.Greater] = JqComparison.Greater,
        [JqTokenKind.GreaterOrEqual] = JqComparison.GreaterOrEqual,
    };

    private readonly IReadOnlyList<JqToken> _tokens;
    private int _position;
    private int _nesting;
    private string? _error;

    private JqParser(IReadOnlyList<JqToken> tokens) => _tokens = tokens;

    private JqToken Current => _tokens[_position];

    /// <summary>Parses a whole expression.</summary>
    public static Result<JqExpression> Parse(string expression)
    {
        var tokens = JqLexer.Tokenize(expression);
        if (!tokens.TryGetValue(out var list))
            return Result<JqExpression>.Fail(tokens.Error!);
        if (list.Count == 1)
            return Result<JqExpression>.Fail(JqSyntax.Unexpected("end of expression", 1, "the expression is empty; use . for the whole input"));
        var parser = new JqParser(list);
        var parsed = parser.ParsePipe();
        if (parser._error is null && parser.Current.Kind != JqTokenKind.End)
            parser.Unexpected(parser.Current);
        return parser._error is null
            ? Result<JqExpression>.Ok(parsed.Expression)
            : Result<JqExpression>.Fail(parser._error);
    }

    // Each parse method returns the node and its depth; on error it records _error and returns a placeholder.
    private readonly record struct Node(JqExpression Expression, int Depth);

    private static readonly Node Placeholder = new(new JqIdentity(), 1);

    private Node ParsePipe()
    {
        var parts = new List<Node> { ParseComma() };
        while (_error is null && Current.Kind == JqTokenKind.Pipe)
        {
            _position++;
            parts.Add(ParseComma());
        }

        // Right-associative: a | b | c is a | (b | c).
        var result = parts[^1];
        for (var i = parts.Count - 2; i >= 0; i--)
            result = Combine(new JqPipe(parts[i].Expression, result.Expression), parts[i], result);
        return result;
    }

    private Node ParseComma() => ParseLeftAssociative(JqTokenKind.Comma, null, ParseOr, (l, r) => new JqComma(l, r));

    private Node ParseOr() => ParseLeftAssociative(JqTokenKind.Identifier, "or", ParseAnd, (l, r) => new JqOr(l, r));

    private Node ParseAnd() => ParseLeftAssociative(JqTokenKind.Identifier, "and", ParseComparison, (l, r) => new JqAnd(l, r));

    private Node ParseLeftAssociative(JqTokenKind kind, string? word, Func<Node> operand, Func<JqExpression, JqExpression, JqExpression> make)
    {
        var left = operand();
        while (_error is null && Current.Kind == kind && (word is null || Current.Value == word))
        {
            _position++;
            var right = operand();
            left = Combine(make(left.Expression, right.Expression), left, right);
        }

        return left;
    }

    private Node ParseComparison()
    {
        var left = ParsePostfix();
        if (_error is not null || !Comparisons.TryGetValue(Current.Kind, out var op))
            return left;
        _position++;
        var right = ParsePostfix();
        if (_error is null && Comparisons.ContainsKey(Current.Kind))
            return Fail(JqSyntax.Unexpected($"\"{Current.Text}\"", Current.Column, "comparisons do not chain; use and"));
        return Combine(new JqCompare(op, left.Expression, right.Expression), left, right);
    }

    private Node ParsePostfix()
    {
        var node = ParsePrimary(out var acceptsSteps, out var lastIsFreshStep);
        // lastIsFreshStep: whether a following ? makes the last step optional (jq's INDEX_OPT) rather than a try.
        while (_error is null)
        {
            var token = Current;
            if (token.Kind == JqTokenKind.Question)
            {
                _position++;
                if (lastIsFreshStep)
                {
                    node = node.Expression switch
                    {
                        JqIndex index => node with { Expression = index with { Optional = true } },
                        JqIterate iterate => node with { Expression = iterate with { Optional = true } },
                        _ => node,
                    };
                    lastIsFreshStep = false;
                }
                else
                {
                    // After "exp ?" jq allows only more "?", not further path steps.
                    node = Wrap(new JqTry(node.Expression), node, token);
                    acceptsSteps = false;
                }

                continue;
            }

            if (!acceptsSteps || token.Kind is not (JqTokenKind.Field or JqTokenKind.Dot or JqTokenKind.LeftBracket))
                return node;

            if (token.Kind == JqTokenKind.Field)
            {
                _position++;
                node = Wrap(new JqIndex(node.Expression, token.Value!, IsNumber: false, Optional: false), node, token);
            }
            else if (token.Kind == JqTokenKind.Dot && Peek(1).Kind == JqTokenKind.String)
            {
                _position += 2;
                node = Wrap(new JqIndex(node.Expression, Peek(-1).Value!, IsNumber: false, Optional: false), node, token);
            }
            else if (token.Kind == JqTokenKind.Dot && Peek(1).Kind == JqTokenKind.LeftBracket)
            {
                _position++; // jq 1.7 allows .a.[0] and .a.[]
                node = ParseBracket(node);
            }
            else if (token.Kind == JqTokenKind.Dot)
            {
                return Unexpected(token, "a \".\" after a path must be followed by a name, a string or [");
            }
            else
            {
                node = ParseBracket(node);
            }

            lastIsFreshStep = true;
        }

        return node;
    }

    // At "[": "[]" iterates; "[literal]" indexes; anything else inside is outside the subset.
    private Node ParseBracket(Node target)
    {
        var open = Current;
        _position++;
        if (Current.Kind == JqTokenKind.RightBracket)
        {
            _position++;
            return Wrap(new JqIterate(target.Expression, Optional: false), target, open);
        }

        var keyToken = Current;
        string key;
        bool isNumber;
        if (keyToken.Kind == JqTokenKind.String)
        {
            key = keyToken.Value!;
            isNumber = false;
            _position++;
        }
        else if (keyToken.Kind == JqTokenKind.Number)
        {
            key = keyToken.Text;
            isNumber = true;
            _position++;
        }
        else if (keyToken.Kind == JqTokenKind.Minus && Peek(1).Kind == JqTokenKind.Number)
        {
            key = "-" + Peek(1).Text;
            isNumber = true;
            _position += 2;
        }
        else
        {
            return keyToken.Kind is JqTokenKind.End or JqTokenKind.RightParenthesis or JqTokenKind.Pipe or JqTokenKind.Comma or JqTokenKind.Unsupported
                ? Unexpected(keyToken, "expected ] or an index")
                : Fail(JqSyntax.Unsupported(keyToken.Text, keyToken.Column, "an index in [] must be a string or number literal"));
        }

        if (Current.Kind != JqTokenKind.RightBracket)
        {
            return Current.Kind is JqTokenKind.End or JqTokenKind.RightParenthesis or JqTokenKind.Unsupported
                ? Unexpected(Current, "expected ]")
                : Fail(JqSyntax.Unsupported(Current.Text, Current.Column, "an index in [] must be a string or number literal"));
        }

        _position++;
        return Wrap(new JqIndex(target.Expression, key, isNumber, Optional: false), target, open);
    }

    private Node ParsePrimary(out bool acceptsSteps, out bool isStep)
    {
        acceptsSteps = true;
        isStep = false;
        var token = Current;
        switch (token.Kind)
        {
            case JqTokenKind.Dot:
                _position++;
                if (Current.Kind == JqTokenKind.String)
                {
                    _position++;
                    isStep = true;
                    return new Node(new JqIndex(new JqIdentity(), Peek(-1).Value!, IsNumber: false, Optional: false), 2);
                }

                return new Node(new JqIdentity(), 1);
            case JqTokenKind.Field:
                _position++;
                isStep = true;
                return new Node(new JqIndex(new JqIdentity(), token.Value!, IsNumber: false, Optional: false), 2);
            case JqTokenKind.Number:
                _position++;
                return new Node(new JqLiteral(token.Text), 1);
            case JqTokenKind.Minus when Peek(1).Kind == JqTokenKind.Number:
                _position += 2;
                // jq reads -(1[0]); the subset keeps a negative literal whole and gives it no path steps.
                acceptsSteps = false;
                return new Node(new JqLiteral("-" + Peek(-1).Text), 1);
            case JqTokenKind.Minus:
                return Fail(JqSyntax.Unsupported("-", token.Column, "arithmetic; only a number literal may be negative"));
            case JqTokenKind.String:
                _position++;
                var json = new StringBuilder();
                JqOutput.WriteString(json, token.Value!);
                return new Node(new JqLiteral(json.ToString()), 1);
            case JqTokenKind.LeftParenthesis:
                return ParseParenthesised();
            case JqTokenKind.LeftBracket:
                return Fail(JqSyntax.Unsupported("[", token.Column, "array construction"));
            case JqTokenKind.Identifier:
                return ParseWord(token);
            default:
                return Unexpected(token);
        }
    }

    private Node ParseParenthesised()
    {
        var open = Current;
        _position++;
        // Guard before recursing: "((((…" must not overflow the stack while being parsed.
        if (++_nesting > MaxDepth)
            return Fail($"jq expression nested too deeply (more than {MaxDepth} levels) at column {open.Column}; {JqSyntax.Supported}");
        var inner = ParsePipe();
        _nesting--;
        if (_error is not null)
            return inner;
        if (Current.Kind != JqTokenKind.RightParenthesis)
            return Unexpected(Current, $"expected \")\" to close \"(\" at column {open.Column}");
        _position++;
        return CheckDepth(inner with { Depth = inner.Depth + 1 }, open);
    }

    private Node ParseWord(JqToken token)
    {
        _position++;
        switch (token.Value)
        {
            case "true" or "false" or "null":
                return new Node(new JqLiteral(token.Value), 1);
            case "length":
                return new Node(new JqLength(), 1);
            case "keys":
                return new Node(new JqKeys(), 1);
            case "not":
                return new Node(new JqNot(), 1);
            case "select":
                if (Current.Kind != JqTokenKind.LeftParenthesis)
                    return Unexpected(Current, "expected \"(\" after select");
                var argument = ParseParenthesised();
                if (_error is not null)
                    return argument;
                return CheckDepth(new Node(new JqSelect(argument.Expression), argument.Depth + 1), token);
            case "and" or "or":
                return Unexpected(token, "a value was expected before it");
            default:
                return Fail(JqSyntax.Unsupported(token.Value!, token.Column, Hint(token.Value!)));
        }
    }

    private static string Hint(string word) => word switch
    {
        "if" or "then" or "elif" or "else" or "end" => "conditionals",
        "reduce" or "foreach" => "reductions",
        "def" => "function definitions",
        "as" => "variable binding",
        "try" or "catch" => "try/catch; use a trailing ?",
        "label" or "break" => "labels",
        "import" or "include" => "modules",
        "__loc__" => "source locations",
        _ => NotABuiltin,
    };

    private const string NotABuiltin = "not a supported builtin";

    private JqToken Peek(int offset) => _tokens[Math.Clamp(_position + offset, 0, _tokens.Count - 1)];

    private Node Combine(JqExpression made, Node left, Node right) =>
        CheckDepth(new Node(made, Math.Max(left.Depth, right.Depth) + 1), Current);

    private Node Wrap(JqExpression made, Node inner, JqToken at) => CheckDepth(new Node(made, inner.Depth + 1), at);

    private Node CheckDepth(Node node, JqToken at) =>
        node.Depth <= MaxDepth
            ? node
            : Fail($"jq expression nested too deeply (more than {MaxDepth} levels) at column {at.Column}; {JqSyntax.Supported}");

    private Node Unexpected(JqToken token, string? hint = null)
    {
        // Refuse jq syntax outside the subset as such, wherever the parser meets it.
        if (token.Kind == JqTokenKind.Unsupported)
            return Fail(JqSyntax.Unsupported(token.Text, token.Column, token.Value));
        if (token.Kind == JqTokenKind.Minus)
            return Fail(JqSyntax.Unsupported("-", token.Column, "arithmetic; only a number literal may be negative"));
        if (token.Kind == JqTokenKind.Identifier && Hint(token.Value!) is var keywordHint && keywordHint != NotABuiltin)
            return Fail(JqSyntax.Unsupported(token.Text, token.Column, keywordHint));
        var what = token.Kind switch
        {
            JqTokenKind.End => "end of expression",
            JqTokenKind.String => $"string {token.Text}",
            _ => $"\"{token.Text}\"",
        };
        return Fail(JqSyntax.Unexpected(what, token.Column, hint));
    }

    private Node Fail(string error)
    {
        _error ??= error;
        // Park on End so every loop stops.
        _position = _tokens.Count - 1;
        return Placeholder;
    }
}
