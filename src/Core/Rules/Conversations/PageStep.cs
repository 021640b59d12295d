using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Rules.Conversations;

/// <summary>What a listing does after a page: stop (complete or out of budget), go on, or give up on a broken cursor.</summary>
public abstract record PageStep
{
    private PageStep(Pagination pagination) => Pagination = pagination;

    /// <summary>Where the listing stands after this page.</summary>
    public Pagination Pagination { get; }

    /// <summary>
    /// Decides after a page of <paramref name="items"/> messages that said <paramref name="hasMore"/> and
    /// <paramref name="pageToken"/>, with <paramref name="pageLimit"/> pages allowed and <paramref name="seenTokens"/>
    /// used so far (the starting token included). A page that says "more" without a new token is a broken cursor:
    /// following it would stop early or loop forever.
    /// </summary>
    public static PageStep After(Pagination before, int items, bool hasMore, string? pageToken, int pageLimit, IReadOnlySet<string> seenTokens)
    {
        ArgumentNullException.ThrowIfNull(before);
        ArgumentNullException.ThrowIfNull(seenTokens);
        var read = before with { Pages = before.Pages + 1, Items = before.Items + items };
        if (!hasMore)
            return new Done(read with { Complete = true, NextToken = null });
        if (string.IsNullOrEmpty(pageToken))
            return new Broken(read, Cursor("the answer says there are more pages but gives no page token"));
        if (seenTokens.Contains(pageToken))
            return new Broken(read, Cursor($"the answer repeated the page token \"{pageToken}\", which would page forever"));
        var next = read with { Complete = false, NextToken = pageToken };
        return read.Pages >= pageLimit ? new Done(next) : new ReadNext(next, pageToken);
    }

    private static LarkFailure Cursor(string what) => new()
    {
        Category = ErrorCategory.Internal,
        Subtype = ErrorSubtype.InvalidResponse,
        Message = Wording.Text(what),
        Hint = Wording.Text("The endpoint's paging cursor is inconsistent; list one page at a time, or report it with the log id."),
        Fix = FixKind.Report,
    };

    /// <summary>Stop: the listing is complete, or the page budget is spent (then <see cref="Pagination"/> has the next token).</summary>
    /// <param name="Pagination">Where the listing stands.</param>
    public sealed record Done(Pagination Pagination) : PageStep(Pagination);

    /// <summary>Read the next page with <paramref name="PageToken"/>.</summary>
    /// <param name="Pagination">Where the listing stands.</param>
    /// <param name="PageToken">The token of the next page.</param>
    public sealed record ReadNext(Pagination Pagination, string PageToken) : PageStep(Pagination);

    /// <summary>The cursor is broken: the listing fails with <paramref name="Failure"/>.</summary>
    /// <param name="Pagination">Where the listing stood.</param>
    /// <param name="Failure">internal/invalid_response.</param>
    public sealed record Broken(Pagination Pagination, LarkFailure Failure) : PageStep(Pagination);
}
