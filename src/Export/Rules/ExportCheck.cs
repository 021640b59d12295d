using Lark.Resources.Rules.Conversations;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Identifiers;

namespace Lark.Resources.Export.Rules;

/// <summary>An export request's checks: the refusal (which input, what is wrong), or none.</summary>
/// <param name="Failure">The refusal, when there is one.</param>
public sealed record ExportCheck(LarkFailure? Failure)
{
    /// <summary>Whether the request may run.</summary>
    public bool IsOk => Failure is null;

    /// <summary>Checks an export of <paramref name="source"/>: ids by their rules, a window that ends after it starts, concurrency 1–16.</summary>
    public static ExportCheck Of(ExportSource source, int resourceConcurrency)
    {
        ArgumentNullException.ThrowIfNull(source);
        LarkFailure? failure = source switch
        {
            ExportSource.Chat chat => ConversationIds.Chat(chat.ChatId).Failure
                ?? (chat.StartSeconds is { } s && chat.EndSeconds is { } e && e < s ? LarkFailure.Invalid(InputField.End, Wording.Of($"{InputField.End} is before {InputField.Start}")) : null),
            ExportSource.Thread thread => ConversationIds.Thread(thread.ThreadId).Failure,
            ExportSource.Messages messages => messages.MessageIds.Count == 0
                ? LarkFailure.Invalid(InputField.MessageIds, Wording.Of($"{InputField.MessageIds} is empty; pass one or more message ids (om_…)"))
                : messages.MessageIds.Select(id => MessageId.Parse(id, InputField.MessageIds).Failure).FirstOrDefault(f => f is not null),
            _ => null,
        };
        failure ??= resourceConcurrency is < 1 or > 16
            ? LarkFailure.Invalid(InputField.ResourceConcurrency, Wording.Of($"{InputField.ResourceConcurrency} must be between 1 and 16 (got {resourceConcurrency})"))
            : null;
        return new ExportCheck(failure);
    }
}
