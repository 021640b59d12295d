namespace Lark.Resources.Rules.Messages;

/// <summary>
/// Display names of senders by id, gathered from the messages of one listing (top-level messages, thread replies and
/// merge-forward sub-messages): the official CLI shows a sender that came without a name under a name the server gave
/// the same id elsewhere in the run.
/// </summary>
public static class SenderNames
{
    /// <summary>The names the messages' senders carry (<c>sender_name</c>), by sender id; a later message's name wins.</summary>
    public static IReadOnlyDictionary<string, string> Collect(IEnumerable<LarkMessage> messages)
    {
        ArgumentNullException.ThrowIfNull(messages);
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var message in messages)
        {
            if (message?.Sender is { Id.Length: > 0, Name.Length: > 0 } sender)
                names[sender.Id] = sender.Name;
        }

        return names;
    }
}
