namespace Lark.Resources.Shell.Messages;

/// <summary>
/// How the official CLI shares its budget of thread replies (50 a thread, 500 in all) among the threads of a listing,
/// in the order they were first seen, against what each thread's first page actually returned: a thread that fits
/// gets its page; the one that crosses the budget is cut to what is left and flagged as having more; the threads
/// after the budget ran out get nothing, and no flag. A thread with more on the server than its page is flagged.
/// </summary>
internal static class ReplyBudget
{
    /// <summary>One thread's first page: how many items it returned and whether Lark has more.</summary>
    public readonly record struct Page(int Count, bool HasMore);

    /// <summary>What a thread gets: how many of its items to attach, and whether to say more exist.</summary>
    public readonly record struct Share(int Take, bool HasMore);

    /// <summary>Each page's share, in order, and the budget left after them.</summary>
    public static (IReadOnlyList<Share> Shares, int Left) Apply(IReadOnlyList<Page> pages, int perThread, int left)
    {
        ArgumentNullException.ThrowIfNull(pages);
        var shares = new Share[pages.Count];
        left = Math.Max(0, left);
        for (var i = 0; i < pages.Count; i++)
        {
            var available = Math.Min(Math.Max(0, pages[i].Count), Math.Max(0, perThread));
            var take = Math.Min(available, left);
            left -= take;
            shares[i] = new Share(take, take > 0 && (take < pages[i].Count || pages[i].HasMore));
        }

        return (shares, left);
    }
}
