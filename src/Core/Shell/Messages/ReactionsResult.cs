using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Messages;

namespace Lark.Resources.Shell.Messages;

/// <summary>The reactions of many messages, and the messages whose reactions could not be read (and why).</summary>
/// <param name="Reactions">Reactions by message id (messages without any are absent).</param>
/// <param name="Failed">Message ids whose batch or entry failed, with the failure (a partial failure has none).</param>
public sealed record ReactionsResult(IReadOnlyDictionary<string, MessageReactions> Reactions, IReadOnlyList<(IReadOnlyList<string> MessageIds, LarkFailure? Failure)> Failed);
