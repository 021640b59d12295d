namespace Lark.Resources.Rules.Conversations;

/// <summary>The order of a listing by creation time (<c>sort_type</c>).</summary>
public enum SortOrder
{
    /// <summary>Oldest first (<c>ByCreateTimeAsc</c>).</summary>
    Ascending,

    /// <summary>Newest first (<c>ByCreateTimeDesc</c>).</summary>
    Descending,
}
