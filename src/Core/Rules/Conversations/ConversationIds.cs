using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Identifiers;

namespace Lark.Resources.Rules.Conversations;

/// <summary>The ids a conversation is named by: chats (<c>oc_</c>), users (<c>ou_</c>), threads (<c>omt_</c> or a message in one).</summary>
public static class ConversationIds
{
    /// <summary>A chat id: <c>oc_</c> and then letters, digits, <c>_</c> or <c>-</c> (trimmed).</summary>
    public static Validated<string> Chat(string? text) => Prefixed(text, "oc_", InputField.ChatId, "a chat id", "oc_abc123");

    /// <summary>A user's open id: <c>ou_</c> and then letters, digits, <c>_</c> or <c>-</c> (trimmed).</summary>
    public static Validated<string> User(string? text) => Prefixed(text, "ou_", InputField.UserId, "a user's open id", "ou_abc123");

    /// <summary>
    /// A thread: an <c>omt_</c> id as it is, or a message id (<c>om_</c>) whose thread is looked up. Answers the id and
    /// whether it still needs that lookup.
    /// </summary>
    public static Validated<(string Id, bool IsMessage)> Thread(string? text)
    {
        var value = text?.Trim() ?? "";
        if (value.StartsWith("omt_", StringComparison.Ordinal))
            return Prefixed(value, "omt_", InputField.ThreadId, "a thread id", "omt_abc123").Map(id => (id, false));
        if (value.StartsWith("om_", StringComparison.Ordinal))
            return MessageId.Parse(value, InputField.ThreadId).Map(id => (id.Value, true));
        return Validated<(string, bool)>.Invalid(InputField.ThreadId, value.Length == 0
            ? Wording.Of($"{InputField.ThreadId} is empty; pass a thread id (omt_…) or the id of a message in the thread (om_…)")
            : Wording.Of($"{InputField.ThreadId} \"{IdentifierText.Quote(value)}\" must start with om_ or omt_"));
    }

    private static Validated<string> Prefixed(string? text, string prefix, InputField input, string what, string example)
    {
        var value = text?.Trim() ?? "";
        if (value.Length == 0)
            return Validated<string>.Invalid(input, Wording.Of($"{input} is empty; pass {what} ({prefix}…)"));
        if (!value.StartsWith(prefix, StringComparison.Ordinal) || value.Length == prefix.Length)
            return Validated<string>.Invalid(input, Wording.Of($"{input} \"{IdentifierText.Quote(value)}\" is not {what}: it must start with '{prefix}' (e.g., {example})"));
        var bad = IdentifierText.FirstUnexpected(value);
        return bad >= 0
            ? Validated<string>.Invalid(input, Wording.Of($"{input} has an unexpected character {IdentifierText.Describe(value, bad)}; ids hold only letters, digits, '_' and '-'"))
            : Validated<string>.Ok(value);
    }
}
