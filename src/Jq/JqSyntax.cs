namespace Lark.Jq;

/// <summary>The wording of parse failures, shared by the lexer and the parser so every message names the subset.</summary>
internal static class JqSyntax
{
    /// <summary>The supported subset, as told to a person whose expression was refused.</summary>
    public const string Supported =
        "supported: paths (.a.b, .a[0], .a[], .\"k\"), |, \",\", (), literals, length, keys, select(...), not, ==, !=, <, <=, >, >=, and, or";

    /// <summary>A construct real jq has but this subset refuses.</summary>
    public static string Unsupported(string what, int column, string? hint = null) =>
        $"unsupported jq syntax \"{what}\" at column {column}{(hint is null ? "" : $" ({hint})")}; {Supported}";

    /// <summary>Text that is not jq at all, or not in a place jq allows it.</summary>
    public static string Unexpected(string what, int column, string? hint = null) =>
        $"jq syntax error: unexpected {what} at column {column}{(hint is null ? "" : $" ({hint})")}; {Supported}";
}
