using System.Text.Json;

namespace Lark.Resources.Rules.Messages;

/// <summary>Reactions of one message: counts by emoji, and details (who, when).</summary>
/// <param name="Counts">Counts by emoji, in the server's order.</param>
/// <param name="Details">Each reaction, in the server's order.</param>
public sealed record MessageReactions(IReadOnlyList<ReactionCount> Counts, IReadOnlyList<ReactionDetail> Details)
{
    /// <summary>Whether the server reported failing to read this message's reactions (<c>fail_msg_reaction_details</c>).</summary>
    public bool Failed { get; init; }

    /// <summary>Whether there is anything to show (the official CLI adds a <c>reactions</c> block only then).</summary>
    public bool HasAny => Counts.Count > 0 || Details.Count > 0;

    /// <summary>
    /// Reads a <c>POST /open-apis/im/v1/messages/reactions/batch_query</c> answer into reactions per message id:
    /// <c>data.success_msg_reaction_counts[]{message_id, reaction_count[]}</c>,
    /// <c>data.success_msg_reaction_details[]{message_id, message_reaction_items[]}</c>, and the ids of
    /// <c>data.fail_msg_reaction_details[]</c> (marked <see cref="Failed"/>). A message with neither data nor failure
    /// has no entry. Total: rows of the wrong shape are skipped; only an answer that is not an object, or whose
    /// <c>data</c> is not an object, is a failure.
    /// </summary>
    public static Result<IReadOnlyDictionary<string, MessageReactions>> ParseBatch(JsonElement root)
    {
        if (root.ValueKind != JsonValueKind.Object)
            return Result<IReadOnlyDictionary<string, MessageReactions>>.Fail("the reactions answer is not a JSON object");
        var found = new Dictionary<string, MessageReactions>(StringComparer.Ordinal);
        var data = GoJson.Field(root, "data");
        if (data is null || data.Value.ValueKind == JsonValueKind.Null)
            return Result<IReadOnlyDictionary<string, MessageReactions>>.Ok(found);
        if (data.Value.ValueKind != JsonValueKind.Object)
            return Result<IReadOnlyDictionary<string, MessageReactions>>.Fail("the reactions answer's data is not a JSON object");

        var counts = Group(data.Value, "success_msg_reaction_counts", "reaction_count", Count);
        var details = Group(data.Value, "success_msg_reaction_details", "message_reaction_items", Detail);
        foreach (var id in counts.Keys.Concat(details.Keys).Distinct(StringComparer.Ordinal))
        {
            found[id] = new MessageReactions(
                counts.TryGetValue(id, out var c) ? c : [],
                details.TryGetValue(id, out var d) ? d : []);
        }

        foreach (var row in GoJson.Items(data.Value, "fail_msg_reaction_details"))
        {
            if (GoJson.Str(row, "message_id") is not { Length: > 0 } id)
                continue;
            found[id] = found.TryGetValue(id, out var known) ? known with { Failed = true } : new MessageReactions([], []) { Failed = true };
        }

        return Result<IReadOnlyDictionary<string, MessageReactions>>.Ok(found);
    }

    // Rows for the same message add up, in order.
    private static Dictionary<string, List<T>> Group<T>(JsonElement data, string rows, string entries, Func<JsonElement, T> read)
    {
        var groups = new Dictionary<string, List<T>>(StringComparer.Ordinal);
        foreach (var row in GoJson.Items(data, rows))
        {
            if (GoJson.Str(row, "message_id") is not { Length: > 0 } id || GoJson.Count(row, entries) == 0)
                continue;
            if (!groups.TryGetValue(id, out var list))
                groups[id] = list = [];
            list.AddRange(GoJson.Items(row, entries).Select(read));
        }

        return groups;
    }

    private static ReactionCount Count(JsonElement entry) =>
        new(GoJson.Str(entry, "reaction_type"), GoJson.Num(entry, "count") is { } n ? GoText.Truncate(n) : null) { Json = entry.GetRawText() };

    private static ReactionDetail Detail(JsonElement entry)
    {
        var operatorObject = GoJson.Obj(entry, "operator");
        return new ReactionDetail(
            GoJson.Str(entry, "reaction_id"),
            GoJson.Str(entry, "emoji_type"),
            operatorObject is { } o ? GoJson.Str(o, "operator_id") : null,
            operatorObject is { } p ? GoJson.Str(p, "operator_type") : null,
            GoJson.Str(entry, "action_time"))
        { Json = entry.GetRawText() };
    }
}
