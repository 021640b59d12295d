namespace Lark.Jq;

/// <summary>The kinds of lexeme the jq subset is made of.</summary>
internal enum JqTokenKind
{
    /// <summary><c>.</c> on its own.</summary>
    Dot,

    /// <summary><c>.name</c>; the token's value is the name.</summary>
    Field,

    /// <summary>A bare word: a builtin, a keyword, or an unsupported function name.</summary>
    Identifier,

    /// <summary>A string literal; the token's value is the decoded text.</summary>
    String,

    /// <summary>A number literal; the token's text is the literal as written.</summary>
    Number,

    /// <summary><c>(</c></summary>
    LeftParenthesis,

    /// <summary><c>)</c></summary>
    RightParenthesis,

    /// <summary><c>[</c></summary>
    LeftBracket,

    /// <summary><c>]</c></summary>
    RightBracket,

    /// <summary><c>|</c></summary>
    Pipe,

    /// <summary><c>,</c></summary>
    Comma,

    /// <summary><c>?</c></summary>
    Question,

    /// <summary><c>-</c>, accepted only in front of a number literal.</summary>
    Minus,

    /// <summary><c>==</c></summary>
    Equal,

    /// <summary><c>!=</c></summary>
    NotEqual,

    /// <summary><c>&lt;</c></summary>
    Less,

    /// <summary><c>&lt;=</c></summary>
    LessOrEqual,

    /// <summary><c>&gt;</c></summary>
    Greater,

    /// <summary><c>&gt;=</c></summary>
    GreaterOrEqual,

    /// <summary>
    /// jq syntax the subset does not support; the token's value says what it is. The lexer stops after it,
    /// so the parser reports either an earlier error or this one, whichever comes first in the text.
    /// </summary>
    Unsupported,

    /// <summary>The end of the expression.</summary>
    End,
}
