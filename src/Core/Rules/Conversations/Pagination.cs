namespace Lark.Resources.Rules.Conversations;

/// <summary>Where a listing stands: the official <c>meta.pagination</c>.</summary>
/// <param name="Complete">Whether the last page said there is no more.</param>
/// <param name="Pages">Pages read.</param>
/// <param name="Items">Messages read.</param>
/// <param name="NextToken">Where to continue, when there is more.</param>
public sealed record Pagination(bool Complete, int Pages, int Items, string? NextToken)
{
    /// <summary>Before the first page.</summary>
    public static Pagination Start { get; } = new(false, 0, 0, null);
}
