using System.Text.Json.Nodes;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Messages;
using Lark.Resources.Shell;
using Lark.Resources.Shell.Messages;

namespace Lark.Cli.Mcp;

/// <summary>
/// The resources of a listed page, each message's as <c>list_message_resources</c> lists them (the same
/// <see cref="ResourceListing.Build"/>): computed from the page's own items, from one <c>mget</c> per 50 thread
/// replies that can carry any, and from one message read per merge-forward (its sub-messages). The library's listing
/// reads replies and sub-messages too but does not hand them out, hence these extra reads. A read that fails marks
/// its messages with <c>resources_error</c> and a warning; it never fails the page.
/// </summary>
internal sealed class PageResources(LarkClient client)
{
    private const int Parallel = 8;

    private readonly Dictionary<string, IReadOnlyList<ListedResource>> _found = new(StringComparer.Ordinal);
    private readonly HashSet<string> _failed = new(StringComparer.Ordinal);
    private readonly List<ListingWarning> _warnings = [];

    /// <summary>Lookups that failed, in the listing's warning shape.</summary>
    public IReadOnlyList<ListingWarning> Warnings => _warnings;

    /// <summary>Finds the resources of <paramref name="page"/>'s messages and of the replies attached to <paramref name="listed"/>.</summary>
    public async Task<PageResources> FindAsync(IReadOnlyList<LarkMessage> page, IReadOnlyList<ListedMessage> listed, CancellationToken cancellationToken)
    {
        var raw = new Dictionary<string, LarkMessage>(StringComparer.Ordinal);
        foreach (var message in page)
            raw.TryAdd(message.MessageId, message);

        var replies = listed.SelectMany(m => m.ThreadReplies ?? [])
            .Where(r => !r.Deleted && MayCarry(r.MsgType) && !raw.ContainsKey(r.MessageId))
            .Select(r => r.MessageId)
            .Distinct(StringComparer.Ordinal)
            .ToArray();
        if (replies.Length > 0)
            await RepliesAsync(replies, raw, cancellationToken);

        var forwards = new List<string>();
        foreach (var message in raw.Values.Where(m => !m.Deleted && MayCarry(m.MsgType)))
        {
            if (message.MsgType == "merge_forward")
                forwards.Add(message.MessageId);
            else
                _found[message.MessageId] = ResourceListing.Build(message.MessageId, [message.ToItem()]).Resources;
        }

        await MergeForwardsAsync(forwards, cancellationToken);
        return this;
    }

    /// <summary>
    /// Adds <c>resources</c> (when the message carries any) and <c>resources_error</c> (when they could not be read) to
    /// a listed message's JSON and its <c>thread_replies</c>, keeping the keys sorted as the listing prints them.
    /// </summary>
    public JsonObject Attach(JsonObject message)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (message["message_id"] is JsonValue value && value.TryGetValue<string>(out var id))
        {
            if (_found.TryGetValue(id, out var resources) && resources.Count > 0)
                message["resources"] = ResourceListingJson.Resources(resources);
            if (_failed.Contains(id))
                message["resources_error"] = true;
        }

        if (message["thread_replies"] is JsonArray replies)
        {
            foreach (var reply in replies.OfType<JsonObject>())
                Attach(reply);
        }

        var properties = message.ToArray();
        message.Clear();
        foreach (var (name, node) in properties.OrderBy(p => p.Key, StringComparer.Ordinal))
            message[name] = node;
        return message;
    }

    // The types whose content names resources (MessageContentParser), and merge-forwards (their sub-messages do).
    private static bool MayCarry(string msgType) => msgType is "image" or "file" or "audio" or "media" or "post" or "merge_forward";

    private async Task RepliesAsync(string[] ids, Dictionary<string, LarkMessage> raw, CancellationToken cancellationToken)
    {
        var valid = ids.Select(id => MessageId.Parse(id)).Where(v => v.TryGetValue(out _)).Select(v => v.Value).ToArray();
        try
        {
            foreach (var message in await new ConversationReader(client).GetManyAsync(valid, cancellationToken))
                raw.TryAdd(message.MessageId, message);
        }
        catch (LarkException e)
        {
            Fail(ids, e.Failure);
            return;
        }

        // Lark leaves out what it will not give (a reply recalled or hidden since): its resources are unknown.
        var missing = ids.Where(id => !raw.ContainsKey(id)).ToArray();
        if (missing.Length > 0)
        {
            _failed.UnionWith(missing);
            _warnings.Add(new ListingWarning("resources_lookup_failed", $"{missing.Length} thread repl{(missing.Length == 1 ? "y was" : "ies were")} not returned when reading their resources ([{string.Join(' ', missing)}])"));
        }
    }

    private async Task MergeForwardsAsync(List<string> forwards, CancellationToken cancellationToken)
    {
        var messages = new MessageResources(client);
        var results = new (IReadOnlyList<ListedResource>? Resources, LarkFailure? Failure)[forwards.Count];
        await System.Threading.Tasks.Parallel.ForEachAsync(Enumerable.Range(0, forwards.Count), new ParallelOptions { MaxDegreeOfParallelism = Parallel, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            try
            {
                results[i] = ((await messages.ListAsync(forwards[i], ct)).Resources, null);
            }
            catch (LarkException e)
            {
                results[i] = (null, e.Failure);
            }
        });
        for (var i = 0; i < forwards.Count; i++)
        {
            if (results[i].Resources is { } resources)
                _found[forwards[i]] = resources;
            else
                Fail([forwards[i]], results[i].Failure);
        }
    }

    private void Fail(IReadOnlyList<string> ids, LarkFailure? failure)
    {
        _failed.UnionWith(ids);
        var why = failure?.Message.Render(ToolVocabulary.Instance) ?? "unknown failure";
        _warnings.Add(new ListingWarning("resources_lookup_failed", $"reading the resources of {string.Join(' ', ids)} failed: {why}"));
    }
}
