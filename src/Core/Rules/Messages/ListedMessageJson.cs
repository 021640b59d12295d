using System.Text.Json.Nodes;
using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Rules.Messages;

/// <summary>Writes a <see cref="ListedMessage"/> as the official CLI prints it (a Go map: keys sorted).</summary>
internal static class ListedMessageJson
{
    /// <summary>The object; error details worded with <paramref name="vocabulary"/>.</summary>
    public static JsonObject Write(ListedMessage message, Vocabulary vocabulary)
    {
        var fields = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            ["message_id"] = message.MessageId,
            ["msg_type"] = message.MsgType,
            ["content"] = message.Content,
            ["sender"] = Sender(message.Sender),
            ["create_time"] = message.CreateTime,
            ["deleted"] = message.Deleted,
            ["updated"] = message.Updated,
        };
        if (message.ThreadId is { Length: > 0 } thread)
            fields["thread_id"] = thread;
        else if (message.ReplyTo is { Length: > 0 } parent)
            fields["reply_to"] = parent;
        if (message.UpdateTime is { } updated)
            fields["update_time"] = updated;
        if (message.ChatId is { } chat)
            fields["chat_id"] = chat;
        if (message.MessagePosition is { } position)
            fields["message_position"] = GoJsonNode.FromText(position);
        if (message.ThreadMessagePosition is { } threadPosition)
            fields["thread_message_position"] = GoJsonNode.FromText(threadPosition);
        if (message.MessageAppLink is { Length: > 0 } link)
            fields["message_app_link"] = link;
        if (message.Mentions.Count > 0)
            fields["mentions"] = new JsonArray([.. message.Mentions.Select(Mention)]);
        if (message.Reactions is { HasAny: true } reactions)
            fields["reactions"] = Reactions(reactions);
        if (message.ReactionsError)
            fields["reactions_error"] = true;
        if (message.ThreadReplies is { Count: > 0 } replies)
            fields["thread_replies"] = new JsonArray([.. replies.Select(reply => (JsonNode)Write(reply, vocabulary))]);
        if (message.ThreadHasMore)
            fields["thread_has_more"] = true;
        if (message.ThreadRepliesError)
            fields["thread_replies_error"] = true;
        if (message.Resources is { Count: > 0 } resources)
            fields["resources"] = new JsonArray([.. resources.Select(r => (JsonNode)Resource(r, vocabulary))]);
        return new JsonObject(fields);
    }

    // The server's sender object without sender_name, plus the resolved name.
    private static JsonObject? Sender(MessageSender? sender)
    {
        if (sender is null)
            return null;
        var fields = new SortedDictionary<string, JsonNode?>(GoJson.Utf8Order.Instance);
        if (GoJsonNode.FromText(sender.Json) is JsonObject raw)
        {
            foreach (var (key, value) in raw.ToArray())
            {
                raw.Remove(key);
                fields[key] = value;
            }
        }

        fields.Remove("sender_name");
        fields.Remove("name");
        Set(fields, "id", sender.Id);
        Set(fields, "id_type", sender.IdType);
        Set(fields, "sender_type", sender.SenderType);
        Set(fields, "tenant_key", sender.TenantKey);
        if (sender.Name is { Length: > 0 } name)
            fields["name"] = name;
        return new JsonObject(fields);
    }

    private static JsonObject Mention(MessageMention mention) => new()
    {
        ["id"] = mention.Id ?? "",
        ["key"] = mention.Key,
        ["name"] = mention.Name ?? "",
    };

    private static JsonObject Reactions(MessageReactions reactions)
    {
        var block = new JsonObject();
        if (reactions.Counts.Count > 0)
            block["counts"] = new JsonArray([.. reactions.Counts.Select(Count)]);
        if (reactions.Details.Count > 0)
            block["details"] = new JsonArray([.. reactions.Details.Select(Detail)]);
        return block;
    }

    private static JsonNode? Count(ReactionCount count)
    {
        if (count.Json is not null)
            return GoJsonNode.FromText(count.Json);
        var fields = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        if (count.Count is { } n)
            fields["count"] = n;
        Set(fields, "reaction_type", count.ReactionType);
        return new JsonObject(fields);
    }

    private static JsonNode? Detail(ReactionDetail detail)
    {
        if (detail.Json is not null)
            return GoJsonNode.FromText(detail.Json);
        var fields = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
        Set(fields, "action_time", detail.ActionTime);
        Set(fields, "emoji_type", detail.EmojiType);
        if (detail.OperatorId is not null || detail.OperatorType is not null)
        {
            var operatorFields = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal);
            Set(operatorFields, "operator_id", detail.OperatorId);
            Set(operatorFields, "operator_type", detail.OperatorType);
            fields["operator"] = new JsonObject(operatorFields);
        }

        Set(fields, "reaction_id", detail.ReactionId);
        return new JsonObject(fields);
    }

    // Official: {key, local_path, message_id, size_bytes, type} or {error: true, key, message_id, type}; ours adds sha256 and error_detail.
    private static JsonObject Resource(ResourceEntry entry, Vocabulary vocabulary)
    {
        var fields = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal)
        {
            ["key"] = entry.Key,
            ["message_id"] = entry.MessageId,
            ["type"] = entry.Type,
        };
        if (entry.Error is { } error)
        {
            fields["error"] = true;
            fields["error_detail"] = ErrorDetail(error, vocabulary);
        }
        else
        {
            Set(fields, "local_path", entry.LocalPath);
            if (entry.SizeBytes is { } size)
                fields["size_bytes"] = size;
            Set(fields, "sha256", entry.Sha256);
        }

        return new JsonObject(fields);
    }

    // The error contract's fields, in its order.
    private static JsonObject ErrorDetail(LarkFailure error, Vocabulary vocabulary)
    {
        var detail = new JsonObject
        {
            ["type"] = error.Category.ToWire(),
            ["subtype"] = error.Subtype.ToWire(),
        };
        if ((error.LarkCode ?? error.HttpStatus) is { } code and not 0)
            detail["code"] = code;
        detail["message"] = error.Message.Render(vocabulary);
        if (error.Hint.Render(vocabulary) is { Length: > 0 } hint)
            detail["hint"] = hint;
        return detail;
    }

    private static void Set(SortedDictionary<string, JsonNode?> fields, string name, string? value)
    {
        if (value is not null)
            fields[name] = value;
    }
}
