namespace Lark.Resources.Rules.Messages;

/// <summary>How many times one emoji was used on a message (an entry of <c>reaction_count</c>).</summary>
/// <param name="ReactionType">The emoji (<c>SMILE</c>, <c>THUMBSUP</c>, …).</param>
/// <param name="Count">How many reactions use it.</param>
public sealed record ReactionCount(string? ReactionType, long? Count)
{
    /// <summary>The entry exactly as the server sent it (JSON text), passed on verbatim as the official CLI does; <see langword="null"/> for one built by hand.</summary>
    public string? Json { get; init; }
}
