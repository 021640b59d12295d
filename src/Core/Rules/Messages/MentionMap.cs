namespace Lark.Resources.Rules.Messages;

/// <summary>
/// The mention keys of one message (<c>@_user_1</c>) and the names they stand for: the official CLI writes
/// <c>@Name</c> for each key in text and post content. Entries without a key or a name are left out; of two entries
/// with the same key the last wins.
/// </summary>
internal sealed class MentionMap
{
    private readonly (string Key, string Name)[] _longestFirst;

    private MentionMap((string Key, string Name)[] longestFirst) => _longestFirst = longestFirst;

    /// <summary>The map of <paramref name="mentions"/>.</summary>
    public static MentionMap Of(IReadOnlyList<MessageMention>? mentions)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var mention in mentions ?? [])
        {
            if (mention is { Key.Length: > 0, Name.Length: > 0 })
                names[mention.Key] = mention.Name;
        }

        // Go replaces in random map order; replacing the longest key first makes "@_user_10" never read as "@_user_1" + "0".
        return new MentionMap(names.OrderByDescending(p => p.Key.Length).ThenBy(p => p.Key, StringComparer.Ordinal).Select(p => (p.Key, p.Value)).ToArray());
    }

    /// <summary>Replaces every key in <paramref name="text"/> with <c>@Name</c>.</summary>
    public string Resolve(string text)
    {
        foreach (var (key, name) in _longestFirst)
            text = text.Replace(key, "@" + name, StringComparison.Ordinal);
        return text;
    }
}
