namespace Lark.Resources.Rules.Identifiers;

/// <summary>A Lark message id: <c>om_</c> followed by letters, digits, <c>_</c> or <c>-</c>.</summary>
public readonly record struct MessageId
{
    private MessageId(string value) => Value = value;

    /// <summary>The trimmed id.</summary>
    public string Value { get; }

    /// <summary>Parses an id as typed by a person or agent; surrounding white space is trimmed.</summary>
    public static Result<MessageId> Parse(string? text)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
            return Result<MessageId>.Fail("--message-id is empty; pass the message's id (om_…) from the message list");
        if (!value.StartsWith("om_", StringComparison.Ordinal) || value.Length == 3)
            return Result<MessageId>.Fail($"--message-id \"{IdentifierText.Quote(value)}\" is not a message id: it must start with \"om_\" (e.g. om_dc13264520392913993dd051dba21dcf)");
        var bad = IdentifierText.FirstUnexpected(value);
        return bad >= 0
            ? Result<MessageId>.Fail($"--message-id has an unexpected character {IdentifierText.Describe(value, bad)}; message ids hold only letters, digits, '_' and '-'")
            : Result<MessageId>.Ok(new MessageId(value));
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
