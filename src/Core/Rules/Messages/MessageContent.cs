namespace Lark.Resources.Rules.Messages;

/// <summary>What one message's content holds: resources to download and things that cannot be downloaded.</summary>
/// <param name="Resources">Downloadable resources, each key once, in the order the content names them.</param>
/// <param name="Unavailable">What cannot be downloaded, with the reason.</param>
public sealed record MessageContent(IReadOnlyList<ContentResource> Resources, IReadOnlyList<UnavailableResource> Unavailable)
{
    /// <summary>No resources and nothing to explain (e.g. a merge-forward container's own content).</summary>
    public static MessageContent Empty { get; } = new([], []);
}
