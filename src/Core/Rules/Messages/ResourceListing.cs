namespace Lark.Resources.Rules.Messages;

/// <summary>Everything downloadable in one message (with a merge-forward's sub-messages), and what is not.</summary>
/// <param name="MessageId">The message asked about.</param>
/// <param name="Resources">Resources, each ready for the resource endpoint.</param>
/// <param name="NotDownloadable">What cannot be downloaded, and why.</param>
public sealed record ResourceListing(string MessageId, IReadOnlyList<ListedResource> Resources, IReadOnlyList<ListedUnavailable> NotDownloadable)
{
    /// <summary>Lists the resources of the items of one message answer (the message itself, then any sub-messages).</summary>
    public static ResourceListing Build(string messageId, IReadOnlyList<MessageItem> items)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        ArgumentNullException.ThrowIfNull(items);

        // Resources of sub-messages download with the container's id; asking about a sub-message gives its container too.
        var asked = items.FirstOrDefault(i => i.MessageId == messageId);
        var container = asked?.UpperMessageId ?? messageId;
        var resources = new List<ListedResource>();
        var unavailable = new List<ListedUnavailable>();
        var seen = new HashSet<(string?, string, Identifiers.ResourceType)>();
        foreach (var item in items)
        {
            var sub = item.UpperMessageId is null && item.MessageId == container ? null : item.MessageId;
            var downloadId = sub is null ? item.MessageId : container;
            var content = MessageContentParser.Parse(item.MsgType, item.Content);
            foreach (var r in content.Resources)
            {
                if (seen.Add((sub, r.FileKey, r.Type)))
                    resources.Add(new ListedResource(downloadId, r.FileKey, r.Type, r.Kind, r.FileName, sub));
            }

            unavailable.AddRange(content.Unavailable.Select(u => new ListedUnavailable(u.Kind, u.FileKey, u.Reason, sub)));
        }

        if (asked is null)
            unavailable.Add(new ListedUnavailable("unknown", null, "the answer did not include the message asked about", null));
        return new ResourceListing(messageId, resources, unavailable);
    }
}
