using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Rules.Identifiers;

/// <summary>A Lark message id: <c>om_</c> followed by letters, digits, <c>_</c> or <c>-</c>.</summary>
public readonly record struct MessageId
{
    private MessageId(string value) => Value = value;

    /// <summary>The trimmed id.</summary>
    public string Value { get; }

    /// <summary>Parses an id as typed by a person or agent; surrounding white space is trimmed.</summary>
    /// <param name="text">The id.</param>
    /// <param name="input">Which input it came from, for the failure.</param>
    public static Validated<MessageId> Parse(string? text, InputField input = InputField.MessageId)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
            return Validated<MessageId>.Invalid(input, Wording.Of($"{input} is empty; pass the message's id (om_…) from the message list"));
        if (!value.StartsWith("om_", StringComparison.Ordinal) || value.Length == 3)
            return Validated<MessageId>.Invalid(input, Wording.Of($"{input} \"{IdentifierText.Quote(value)}\" is not a message id: it must start with \"om_\" (e.g. om_dc13264520392913993dd051dba21dcf)"));
        var bad = IdentifierText.FirstUnexpected(value);
        return bad >= 0
            ? Validated<MessageId>.Invalid(input, Wording.Of($"{input} has an unexpected character {IdentifierText.Describe(value, bad)}; message ids hold only letters, digits, '_' and '-'"))
            : Validated<MessageId>.Ok(new MessageId(value));
    }

    /// <inheritdoc />
    public override string ToString() => Value;
}
