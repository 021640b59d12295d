namespace Lark.Resources.Rules.Messages;

/// <summary>One reaction on a message: who reacted with what, and when (an entry of <c>message_reaction_items</c>).</summary>
/// <param name="ReactionId">The reaction's id.</param>
/// <param name="EmojiType">The emoji (<c>SMILE</c>, …).</param>
/// <param name="OperatorId">Who reacted: an open id or an app id.</param>
/// <param name="OperatorType">What kind of operator (<c>user</c>, <c>app</c>).</param>
/// <param name="ActionTime">When, as the server wrote it (Unix milliseconds as a string).</param>
public sealed record ReactionDetail(string? ReactionId, string? EmojiType, string? OperatorId, string? OperatorType, string? ActionTime)
{
    /// <summary>The entry exactly as the server sent it (JSON text), passed on verbatim as the official CLI does; <see langword="null"/> for one built by hand.</summary>
    public string? Json { get; init; }
}
