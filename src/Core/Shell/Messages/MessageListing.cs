using System.Collections.Concurrent;
using Lark.Resources.Rules.Conversations;
using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Messages;

namespace Lark.Resources.Shell.Messages;

/// <summary>
/// Turns messages as Lark lists them into the official CLI's listed objects, page by page: merge-forwards expanded
/// (each read once, 8 at a time), sender names resolved, thread replies attached (one page of 50 per thread, 500 in
/// all across the listing, in first-seen order), reactions (20 messages per call) and the resources each message
/// carries. A failed enrichment marks the messages it concerns and is reported as a warning; it never fails the page.
/// </summary>
public sealed class MessageListing
{
    private const int Parallel = 8;
    private readonly ConversationReader _reader;
    private readonly ListingOptions _options;
    private readonly HashSet<string> _threadsSeen = new(StringComparer.Ordinal);
    private int _repliesLeft;

    /// <summary>Lists through <paramref name="client"/> (not owned) with <paramref name="options"/>.</summary>
    public MessageListing(LarkClient client, ListingOptions options)
    {
        ArgumentNullException.ThrowIfNull(client);
        _options = options ?? throw new ArgumentNullException(nameof(options));
        _reader = new ConversationReader(client);
        _repliesLeft = Math.Max(0, options.RepliesInAll);
    }

    /// <summary>Lists one batch (a page, or messages by id); the reply budget carries over to the next batch.</summary>
    public async Task<ListingBatch> ListAsync(IReadOnlyList<LarkMessage> messages, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var warnings = new List<ListingWarning>();
        var subs = await MergeForwardsAsync(messages, cancellationToken);
        var replies = _options.ThreadReplies ? await RepliesAsync(messages, cancellationToken) : new Dictionary<string, ThreadReplies>();
        var replyMessages = replies.Values.SelectMany(r => r.Messages).ToArray();
        var replySubs = replyMessages.Length > 0 ? await MergeForwardsAsync(replyMessages, cancellationToken) : subs;
        var names = SenderNames.Collect(messages.Concat(replyMessages).Concat(subs.Values.SelectMany(s => s.Items)).Concat(replySubs.Values.SelectMany(s => s.Items)));

        ListedMessage List(LarkMessage message, IReadOnlyDictionary<string, SubMessages> from)
        {
            var sub = from.GetValueOrDefault(message.MessageId);
            var listed = ListedMessages.From(message, sub?.Items ?? [], _options.Zone, names, _options.Brand);
            if (sub?.Failure is { } failed)
                listed = listed with { Content = MessageRenderer.MergeForwardFetchFailed(failed) };
            return _options.Resources
                ? listed with { Resources = [.. MessageResourceRefs.Of(message, sub?.Items ?? []).Select(ResourceEntry.Pending)] }
                : listed;
        }

        var listed = new List<ListedMessage>(messages.Count);
        foreach (var message in messages)
        {
            var item = List(message, subs);
            if (message.ThreadId is { Length: > 0 } thread && replies.TryGetValue(thread, out var own) && own.Host == message.MessageId)
            {
                // No replies (an empty page, or the budget ran out): nothing attached and no flag, as the official CLI.
                item = own.Failed
                    ? item with { ThreadRepliesError = true }
                    : own.Messages.Count == 0
                        ? item
                        : item with { ThreadReplies = [.. own.Messages.Select(r => List(r, replySubs))], ThreadHasMore = own.HasMore };
            }

            listed.Add(item);
        }

        if (_options.Reactions && listed.Count > 0)
            listed = await ReactionsAsync(listed, warnings, cancellationToken);
        return new ListingBatch(listed, warnings);
    }

    private sealed record SubMessages(IReadOnlyList<LarkMessage> Items, string? Failure);

    private sealed record ThreadReplies(string Host, IReadOnlyList<LarkMessage> Messages, bool HasMore, bool Failed);

    // Each merge-forward is read once (GET /messages/{id} returns it with its sub-messages); a failure is shown in
    // its content rather than failing the listing.
    private async Task<IReadOnlyDictionary<string, SubMessages>> MergeForwardsAsync(IReadOnlyList<LarkMessage> messages, CancellationToken cancellationToken)
    {
        var forwards = messages.Where(m => m.MsgType == "merge_forward").Select(m => m.MessageId).Distinct(StringComparer.Ordinal).ToArray();
        var found = new ConcurrentDictionary<string, SubMessages>(StringComparer.Ordinal);
        await System.Threading.Tasks.Parallel.ForEachAsync(forwards, new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancellationToken }, async (id, ct) =>
        {
            try
            {
                var parsed = MessageId.Parse(id);
                found[id] = parsed.TryGetValue(out var valid)
                    ? new SubMessages(await _reader.GetAsync(valid, ct), null)
                    : new SubMessages([], "not a message id");
            }
            catch (LarkException e)
            {
                found[id] = new SubMessages([], e.Message);
            }
        });
        return found;
    }

    // One page of 50 per new thread, fetched 8 at a time; the budget is then shared out in first-seen order (ReplyBudget).
    private async Task<Dictionary<string, ThreadReplies>> RepliesAsync(IReadOnlyList<LarkMessage> messages, CancellationToken cancellationToken)
    {
        var hosts = new List<(string Thread, string Host)>();
        foreach (var message in messages)
        {
            if (message.ThreadId is { Length: > 0 } thread && _threadsSeen.Add(thread))
                hosts.Add((thread, message.MessageId));
        }

        var pages = new ConcurrentDictionary<string, (MessagePage? Page, bool Failed)>(StringComparer.Ordinal);
        var wanted = _repliesLeft > 0 ? hosts : [];
        // One page covers the official budget of 50; a larger budget (an export) reads every page of the thread.
        var perThread = Math.Max(0, _options.RepliesPerThread);
        await System.Threading.Tasks.Parallel.ForEachAsync(wanted, new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancellationToken }, async (host, ct) =>
        {
            var query = new MessageListQuery { Container = Container.Thread, ContainerId = host.Thread, Order = SortOrder.Ascending, PageSize = MessageListQuery.MaxPageSize };
            try
            {
                var items = new List<LarkMessage>();
                var more = false;
                var pageLimit = Math.Max(1, (int)Math.Min(1000, ((long)perThread + MessageListQuery.MaxPageSize - 1) / MessageListQuery.MaxPageSize));
                await foreach (var page in _reader.ReadPagesAsync(query, null, pageLimit, TimeSpan.Zero, ct))
                {
                    items.AddRange(page.Page.Items);
                    more = page.Page.HasMore;
                }

                pages[host.Thread] = (new MessagePage(items, more, null), false);
            }
            catch (LarkException)
            {
                pages[host.Thread] = (null, true);
            }
        });

        var replies = new Dictionary<string, ThreadReplies>(StringComparer.Ordinal);
        var read = new List<(string Thread, string Host, MessagePage Page)>();
        foreach (var (thread, host) in hosts)
        {
            if (!pages.TryGetValue(thread, out var fetched))
                continue; // the budget ran out before this thread
            if (fetched.Failed || fetched.Page is null)
                replies[thread] = new ThreadReplies(host, [], false, true);
            else
                read.Add((thread, host, fetched.Page));
        }

        var (shares, left) = ReplyBudget.Apply([.. read.Select(r => new ReplyBudget.Page(r.Page.Items.Count, r.Page.HasMore))], _options.RepliesPerThread, _repliesLeft);
        _repliesLeft = left;
        for (var i = 0; i < read.Count; i++)
            replies[read[i].Thread] = new ThreadReplies(read[i].Host, [.. read[i].Page.Items.Take(shares[i].Take)], shares[i].HasMore, false);
        return replies;
    }

    private async Task<List<ListedMessage>> ReactionsAsync(List<ListedMessage> listed, List<ListingWarning> warnings, CancellationToken cancellationToken)
    {
        var result = await _reader.ReactionsAsync(ListedMessages.ReactionQueryIds(listed), cancellationToken);
        var failedIds = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (ids, failure) in result.Failed)
        {
            failedIds.UnionWith(ids);
            if (failure is not null)
                warnings.Add(new ListingWarning("reactions_batch_query_failed", failure.Message.Render(LibraryVocabulary.Instance)));
        }

        var partial = result.Reactions.Where(r => r.Value.Failed).Select(r => r.Key).ToArray();
        if (partial.Length > 0)
            warnings.Add(new ListingWarning("reactions_partial_failed", $"{partial.Length} message(s) failed ([{string.Join(' ', partial)}])"));
        return [.. listed.Select(m => ListedMessages.WithReactions(m, result.Reactions, failedIds))];
    }
}
