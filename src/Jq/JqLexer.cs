using System.Globalization;
using System.Text;

namespace Lark.Jq;

/// <summary>
/// Splits a jq expression into tokens, following jq 1.7's lexer for the subset and refusing, by name and
/// column, every lexeme the subset does not support.
/// </summary>
internal static class JqLexer
{
    /// <summary>Tokenises <paramref name="expression"/>; the list always ends with an <see cref="JqTokenKind.End"/> token.</summary>
    public static Result<IReadOnlyList<JqToken>> Tokenize(string expression)
    {
        // Command-line text arrives as UTF-8, which cannot hold a lone surrogate; refuse one rather than guess.
        for (var k = 0; k < expression.Length; k++)
        {
            if (char.IsHighSurrogate(expression[k]) && k + 1 < expression.Length && char.IsLowSurrogate(expression[k + 1]))
                k++;
            else if (char.IsSurrogate(expression[k]))
                return Fail(JqSyntax.Unexpected($"lone UTF-16 surrogate U+{(int)expression[k]:X4}", k + 1));
        }

        var tokens = new List<JqToken>();
        var i = 0;
        while (true)
        {
            while (i < expression.Length && IsWhitespace(expression[i]))
                i++;
            if (i >= expression.Length)
            {
                tokens.Add(new JqToken(JqTokenKind.End, "end of expression", i + 1));
                return Result<IReadOnlyList<JqToken>>.Ok(tokens);
            }

            var start = i;
            var column = start + 1;
            var c = expression[i];
            string? error = null;
            JqToken token;
            switch (c)
            {
                case '.' when Peek(expression, i + 1) == '.':
                    return Stop(tokens, "..", column, "recursive descent");
                case '.' when IsDigit(Peek(expression, i + 1)):
                    token = LexNumber(expression, ref i);
                    break;
                case '.' when IsIdentifierStart(Peek(expression, i + 1)):
                    i++;
                    var name = LexWord(expression, ref i);
                    token = new JqToken(JqTokenKind.Field, expression[start..i], column, name);
                    break;
                case '.':
                    i++;
                    token = new JqToken(JqTokenKind.Dot, ".", column);
                    break;
                case '"':
                    token = LexString(expression, ref i, out error);
                    break;
                case '(':
                    token = Single(JqTokenKind.LeftParenthesis, ref i, column, "(");
                    break;
                case ')':
                    token = Single(JqTokenKind.RightParenthesis, ref i, column, ")");
                    break;
                case '[':
                    token = Single(JqTokenKind.LeftBracket, ref i, column, "[");
                    break;
                case ']':
                    token = Single(JqTokenKind.RightBracket, ref i, column, "]");
                    break;
                case ',':
                    token = Single(JqTokenKind.Comma, ref i, column, ",");
                    break;
                case '|' when Peek(expression, i + 1) == '=':
                    return Stop(tokens, "|=", column, "update-assignment");
                case '|':
                    token = Single(JqTokenKind.Pipe, ref i, column, "|");
                    break;
                case '?' when Peek(expression, i + 1) == '/' && Peek(expression, i + 2) == '/':
                    return Stop(tokens, "?//", column, "destructuring alternative");
                case '?':
                    token = Single(JqTokenKind.Question, ref i, column, "?");
                    break;
                case '=' when Peek(expression, i + 1) == '=':
                    i += 2;
                    token = new JqToken(JqTokenKind.Equal, "==", column);
                    break;
                case '!' when Peek(expression, i + 1) == '=':
                    i += 2;
                    token = new JqToken(JqTokenKind.NotEqual, "!=", column);
                    break;
                case '<' or '>':
                    var orEqual = Peek(expression, i + 1) == '=';
                    i += orEqual ? 2 : 1;
                    token = (c, orEqual) switch
                    {
                        ('<', false) => new JqToken(JqTokenKind.Less, "<", column),
                        ('<', true) => new JqToken(JqTokenKind.LessOrEqual, "<=", column),
                        (_, false) => new JqToken(JqTokenKind.Greater, ">", column),
                        _ => new JqToken(JqTokenKind.GreaterOrEqual, ">=", column),
                    };
                    break;
                case '-' when Peek(expression, i + 1) == '=':
                    return Stop(tokens, "-=", column, "arithmetic update-assignment");
                case '-':
                    token = Single(JqTokenKind.Minus, ref i, column, "-");
                    break;
                case '$':
                    i++;
                    var variable = IsIdentifierStart(Peek(expression, i)) ? LexWord(expression, ref i) : "";
                    return Stop(tokens, "$" + variable, column, "variables");
                case '@':
                    i++;
                    var format = IsIdentifierStart(Peek(expression, i)) ? LexWord(expression, ref i) : "";
                    return Stop(tokens, "@" + format, column, "format strings");
                case '#':
                    return Stop(tokens, "#", column, "comments");
                case '/' when Peek(expression, i + 1) == '/':
                    return Stop(tokens, Peek(expression, i + 2) == '=' ? "//=" : "//", column, "alternative operator");
                case '+' or '*' or '/' or '%':
                    var op = Peek(expression, i + 1) == '=' ? $"{c}=" : c.ToString();
                    return Stop(tokens, op, column, "arithmetic");
                case '=':
                    return Stop(tokens, "=", column, "assignment");
                case '{' or '}':
                    return Stop(tokens, c.ToString(), column, "object construction");
                case ':':
                    return Stop(tokens, ":", column, "slices and object construction");
                case ';':
                    return Stop(tokens, ";", column, "multi-argument functions");
                default:
                    if (IsDigit(c))
                    {
                        token = LexNumber(expression, ref i);
                    }
                    else if (IsIdentifierStart(c))
                    {
                        var word = LexWord(expression, ref i);
                        if (Peek(expression, i) == ':' && Peek(expression, i + 1) == ':')
                            return Stop(tokens, word + "::", column, "modules");
                        token = new JqToken(JqTokenKind.Identifier, word, column, word);
                    }
                    else
                    {
                        return Fail(JqSyntax.Unexpected($"character {Describe(expression, i)}", column));
                    }

                    break;
            }

            if (error is not null)
                return Fail(error);
            if (token.Kind == JqTokenKind.Unsupported)
                return Stop(tokens, token.Text, token.Column, token.Value!);
            tokens.Add(token);
        }
    }

    private static Result<IReadOnlyList<JqToken>> Fail(string error) => Result<IReadOnlyList<JqToken>>.Fail(error);

    private static Result<IReadOnlyList<JqToken>> Stop(List<JqToken> tokens, string lexeme, int column, string hint)
    {
        tokens.Add(new JqToken(JqTokenKind.Unsupported, lexeme, column, hint));
        tokens.Add(new JqToken(JqTokenKind.End, "end of expression", column));
        return Result<IReadOnlyList<JqToken>>.Ok(tokens);
    }

    private static JqToken Single(JqTokenKind kind, ref int i, int column, string text)
    {
        i++;
        return new JqToken(kind, text, column);
    }

    private static char Peek(string s, int i) => i < s.Length ? s[i] : '\0';

    private static bool IsWhitespace(char c) => c is ' ' or '\t' or '\n' or '\r';

    private static bool IsDigit(char c) => c is >= '0' and <= '9';

    private static bool IsIdentifierStart(char c) => c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or '_';

    private static bool IsIdentifierPart(char c) => IsIdentifierStart(c) || IsDigit(c);

    private static string LexWord(string s, ref int i)
    {
        var start = i;
        while (i < s.Length && IsIdentifierPart(s[i]))
            i++;
        return s[start..i];
    }

    // jq's literal: ([0-9]+(\.[0-9]*)?|\.[0-9]+)([eE][+-]?[0-9]+)?
    private static JqToken LexNumber(string s, ref int i)
    {
        var start = i;
        while (IsDigit(Peek(s, i)))
            i++;
        if (Peek(s, i) == '.')
        {
            i++;
            while (IsDigit(Peek(s, i)))
                i++;
        }

        if (Peek(s, i) is 'e' or 'E')
        {
            var sign = Peek(s, i + 1) is '+' or '-' ? 1 : 0;
            if (IsDigit(Peek(s, i + 1 + sign)))
            {
                i += 1 + sign;
                while (IsDigit(Peek(s, i)))
                    i++;
            }
        }

        return new JqToken(JqTokenKind.Number, s[start..i], start + 1);
    }

    private static JqToken LexString(string s, ref int i, out string? error)
    {
        var start = i;
        var value = new StringBuilder();
        i++;
        error = null;
        while (true)
        {
            if (i >= s.Length)
            {
                error = JqSyntax.Unexpected("end of expression inside the string", start + 1, "missing closing quote");
                return default;
            }

            var c = s[i];
            if (c == '"')
            {
                i++;
                return new JqToken(JqTokenKind.String, s[start..i], start + 1, value.ToString());
            }

            if (c != '\\')
            {
                value.Append(c);
                i++;
                continue;
            }

            var escapeColumn = i + 1;
            var e = Peek(s, i + 1);
            i += 2;
            switch (e)
            {
                case '"' or '\\' or '/':
                    value.Append(e);
                    break;
                case 'b':
                    value.Append('\b');
                    break;
                case 'f':
                    value.Append('\f');
                    break;
                case 'n':
                    value.Append('\n');
                    break;
                case 'r':
                    value.Append('\r');
                    break;
                case 't':
                    value.Append('\t');
                    break;
                case '(':
                    return new JqToken(JqTokenKind.Unsupported, "\\(", escapeColumn, "string interpolation");
                case 'u':
                    if (!TryHex4(s, i, out var unit))
                    {
                        error = JqSyntax.Unexpected("escape \"\\u\" without four hex digits", escapeColumn);
                        return default;
                    }

                    i += 4;
                    if (char.IsHighSurrogate(unit) && Peek(s, i) == '\\' && Peek(s, i + 1) == 'u'
                        && TryHex4(s, i + 2, out var low) && char.IsLowSurrogate(low))
                    {
                        value.Append(unit).Append(low);
                        i += 6;
                    }
                    else if (char.IsSurrogate(unit))
                    {
                        // jq refuses a lone surrogate escape rather than inventing a character.
                        error = JqSyntax.Unexpected("escape of a lone UTF-16 surrogate", escapeColumn);
                        return default;
                    }
                    else
                    {
                        value.Append(unit);
                    }

                    break;
                default:
                    error = JqSyntax.Unexpected($"escape \"\\{(e == '\0' ? "" : e.ToString())}\"", escapeColumn);
                    return default;
            }
        }
    }

    private static bool TryHex4(string s, int i, out char unit)
    {
        unit = '\0';
        if (i + 4 > s.Length)
            return false;
        if (!ushort.TryParse(s.AsSpan(i, 4), NumberStyles.AllowHexSpecifier, CultureInfo.InvariantCulture, out var code))
            return false;
        unit = (char)code;
        return true;
    }

    private static string Describe(string s, int i)
    {
        var rune = Rune.TryGetRuneAt(s, i, out var r) ? r : Rune.ReplacementChar;
        return Rune.IsControl(rune) ? $"U+{rune.Value:X4}" : $"\"{rune}\"";
    }
}
