namespace Lark.Jq;

/// <summary>One lexeme of a jq expression.</summary>
/// <param name="Kind">What the lexeme is.</param>
/// <param name="Text">The lexeme exactly as written.</param>
/// <param name="Column">The 1-based column (UTF-16 position) where it starts.</param>
/// <param name="Value">The decoded string or field name, for <see cref="JqTokenKind.String"/>, <see cref="JqTokenKind.Field"/> and <see cref="JqTokenKind.Identifier"/>.</param>
internal readonly record struct JqToken(JqTokenKind Kind, string Text, int Column, string? Value = null);
