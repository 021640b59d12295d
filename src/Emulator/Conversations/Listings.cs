using Lark.Emulator.Fixtures;

namespace Lark.Emulator.Conversations;

/// <summary>The messages a listing walks through, and its pages.</summary>
internal static class Listings
{
    /// <summary>
    /// A chat's messages in the query's order and time window. Merge-forward children are never listed (they are
    /// read through their container). Lark lists only a thread's root in an ordinary group ("for thread messages in an
    /// ordinary group, the chat container returns the root only; list the thread for its replies"); in a topic group
    /// the replies are listed too unless <c>only_thread_root_messages=true</c>. Deleted messages stay, marked.
    /// </summary>
    public static IReadOnlyList<FixtureMessage> OfChat(FixtureIndex index, FixtureChat chat, ListQuery query)
    {
        var repliesListed = chat.ChatMode == ChatMode.Topic && !query.OnlyThreadRoots;
        var messages = index.TimelineOf(chat.ChatId)
            .Where(m => repliesListed || !IsThreadReply(m))
            .Where(m => InWindow(index.CreateTimes[m.MessageId], query))
            .ToList();
        if (query.Descending)
        {
            messages.Reverse();
        }

        return messages;
    }

    /// <summary>A thread's root and replies in the query's order.</summary>
    public static IReadOnlyList<FixtureMessage> OfThread(FixtureIndex index, string threadId, ListQuery query)
    {
        var messages = index.ThreadTimelines.TryGetValue(threadId, out var list) ? list.ToList() : [];
        if (query.Descending)
        {
            messages.Reverse();
        }

        return messages;
    }

    /// <summary>The page the query asks for, and the token of the next one when there is more.</summary>
    public static (IReadOnlyList<FixtureMessage> Items, PageToken? Next) Page(IReadOnlyList<FixtureMessage> sequence, ListQuery query)
    {
        var items = sequence.Skip(query.Offset).Take(query.PageSize).ToList();
        var end = query.Offset + items.Count;
        PageToken? next = end < sequence.Count ? new PageToken(end, query.Page + 1, query.Fingerprint) : null;
        return (items, next);
    }

    public static bool IsThreadReply(FixtureMessage message) => message.ThreadId is not null && message.RootId is not null;

    // Lark's window is in seconds and includes both ends: a message counts by the second it was sent in.
    private static bool InWindow(long createMillis, ListQuery query)
    {
        var second = createMillis / 1000;
        return (query.StartSeconds is not { } start || second >= start) && (query.EndSeconds is not { } end || second <= end);
    }
}
