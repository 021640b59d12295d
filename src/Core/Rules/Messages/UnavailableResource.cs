namespace Lark.Resources.Rules.Messages;

/// <summary>Something in a message that looks like a resource but cannot be downloaded, and why.</summary>
/// <param name="Kind">The message type or element (<c>sticker</c>, <c>folder</c>, <c>interactive</c>, <c>text</c>, …).</param>
/// <param name="FileKey">Its key, when it has one.</param>
/// <param name="Reason">Why it cannot be downloaded, in words an agent can pass on.</param>
public sealed record UnavailableResource(string Kind, string? FileKey, string Reason);
