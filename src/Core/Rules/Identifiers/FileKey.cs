using Lark.Resources.Rules.Errors;

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

    /// <summary>
    /// The type the key's prefix says it is: <c>img_…</c> keys are images, <c>file_…</c> keys files; none for other
    /// keys (private deployments may use other shapes).
    /// </summary>
    public ResourceType? ImpliedType =>
        Value.StartsWith("img_", StringComparison.Ordinal) ? ResourceType.Image
        : Value.StartsWith("file_", StringComparison.Ordinal) ? ResourceType.File
        : null;

    /// <summary>Parses a key; surrounding white space is trimmed.</summary>
    public static Validated<FileKey> Parse(string? text)
    {
        const InputField input = InputField.FileKey;
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
            return Validated<FileKey>.Invalid(input, Wording.Of($"{input} is empty; pass the image_key (img_…) or file_key (file_…) from the message content"));
        if (value.Length > MaxLength)
            return Validated<FileKey>.Invalid(input, Wording.Of($"{input} is {value.Length} characters long; keys are at most {MaxLength}"));
        if (value is "." or "..")
            return Validated<FileKey>.Invalid(input, Wording.Of($"{input} cannot be \".\" or \"..\""));
        if (value.Contains('/') || value.Contains('\\'))
            return Validated<FileKey>.Invalid(input, Wording.Of($"{input} cannot contain '/' or '\\'; pass the key alone, as it appears in the message content"));
        var bad = IdentifierText.FirstUnexpected(value, allowDot: true);
        return bad >= 0
            ? Validated<FileKey>.Invalid(input, Wording.Of($"{input} has an unexpected character {IdentifierText.Describe(value, bad)}; keys hold only letters, digits, '_', '-' and '.'"))
            : Validated<FileKey>.Ok(new FileKey(value));
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
