namespace Lark.Resources.Rules.Messages;

/// <summary>Something that cannot be downloaded, with where it is.</summary>
/// <param name="Kind">The message type or element.</param>
/// <param name="FileKey">Its key, when it has one.</param>
/// <param name="Reason">Why it cannot be downloaded.</param>
/// <param name="SubMessageId">The sub-message that holds it, inside a merge-forward.</param>
public sealed record ListedUnavailable(string Kind, string? FileKey, string Reason, string? SubMessageId);
