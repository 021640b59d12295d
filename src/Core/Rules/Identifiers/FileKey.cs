namespace Lark.Resources.Rules.Identifiers;

/// <summary>
/// A resource key from message content (<c>img_…</c>, <c>file_…</c>): letters, digits, <c>_</c>, <c>-</c> and
/// <c>.</c>, so that it can never become a path separator, a query or a control sequence.
/// </summary>
public readonly record struct FileKey
{
    /// <summary>Longer keys are not real Lark keys.</summary>
    public const int MaxLength = 256;

    private FileKey(string value) => Value = value;

    /// <summary>The trimmed key.</summary>
    public string Value { get; }

    /// <summary>Parses a key; surrounding white space is trimmed.</summary>
    public static Result<FileKey> Parse(string? text)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
            return Result<FileKey>.Fail("--file-key is empty; pass the image_key (img_…) or file_key (file_…) from the message content");
        if (value.Length > MaxLength)
            return Result<FileKey>.Fail($"--file-key is {value.Length} characters long; keys are at most {MaxLength}");
        if (value is "." or "..")
            return Result<FileKey>.Fail("--file-key cannot be \".\" or \"..\"");
        if (value.Contains('/') || value.Contains('\\'))
            return Result<FileKey>.Fail("--file-key cannot contain '/' or '\\'; pass the key alone, as it appears in the message content");
        var bad = IdentifierText.FirstUnexpected(value, allowDot: true);
        return bad >= 0
            ? Result<FileKey>.Fail($"--file-key has an unexpected character {IdentifierText.Describe(value, bad)}; keys hold only letters, digits, '_', '-' and '.'")
            : Result<FileKey>.Ok(new FileKey(value));
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
