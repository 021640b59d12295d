using System.Buffers.Text;
using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Lark.Emulator.Fixtures;

namespace Lark.Emulator.Conversations;

/// <summary>Reactions in the shapes of <c>messages/reactions/batch_query</c>: detail items, counts, per-message page tokens.</summary>
internal static class ReactionItems
{
    /// <summary>
    /// <c>{"reaction_id","operator":{"operator_id","operator_type"},"action_time","emoji_type"}</c>; the action time
    /// is milliseconds as a string, as on every Lark message time.
    /// </summary>
    public static JsonObject Detail(FixtureMessage message, int position, long messageCreated, UserIdType ids)
    {
        var reaction = message.Reactions![position];
        var operatorId = reaction.OperatorType == OperatorType.App ? reaction.OperatorId : UserIds.From(reaction.OperatorId, ids);
        return new JsonObject
        {
            ["reaction_id"] = reaction.ReactionId ?? DerivedId(message.MessageId, position),
            ["operator"] = new JsonObject
            {
                ["operator_id"] = operatorId,
                ["operator_type"] = reaction.OperatorType == OperatorType.App ? "app" : "user",
            },
            ["action_time"] = (reaction.ActionTime ?? messageCreated + (60_000L * (position + 1))).ToString(CultureInfo.InvariantCulture),
            ["emoji_type"] = reaction.EmojiType,
        };
    }

    /// <summary><c>[{"reaction_type","count"}]</c> by emoji, in the order each emoji first appeared.</summary>
    public static JsonArray Counts(IEnumerable<FixtureReaction> reactions) =>
        new([.. reactions
            .GroupBy(r => r.EmojiType, StringComparer.Ordinal)
            .Select(g => (JsonNode)new JsonObject { ["reaction_type"] = g.Key, ["count"] = g.Count() })]);

    public static string PageToken(string messageId, int offset) =>
        Base64Url.EncodeToString(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{offset}|{messageId}")));

    /// <summary>Reads a page token; it must have been given for this message.</summary>
    public static bool TryReadPageToken(string token, string messageId, out int offset)
    {
        offset = 0;
        try
        {
            var text = Encoding.UTF8.GetString(Base64Url.DecodeFromChars(token));
            var bar = text.IndexOf('|', StringComparison.Ordinal);
            return bar > 0 && text[(bar + 1)..] == messageId
                && int.TryParse(text.AsSpan(0, bar), NumberStyles.None, CultureInfo.InvariantCulture, out offset);
        }
        catch (FormatException)
        {
            return false;
        }
    }

    // Stable across runs, opaque like Lark's.
    private static string DerivedId(string messageId, int position) =>
        Base64Url.EncodeToString(SHA256.HashData(Encoding.UTF8.GetBytes(string.Create(CultureInfo.InvariantCulture, $"{messageId}#{position}"))).AsSpan(0, 18));
}
