using System.Text.Json;

namespace Lark.Resources.Rules.Messages;

/// <summary>One entry of <c>data.items[]</c> from <c>GET /open-apis/im/v1/messages/{id}</c>.</summary>
/// <param name="MessageId">Its id.</param>
/// <param name="MsgType">Its <c>msg_type</c>.</param>
/// <param name="Content">Its <c>body.content</c> JSON string.</param>
/// <param name="UpperMessageId">For a sub-message of a merge-forward: the container's id.</param>
public sealed record MessageItem(string MessageId, string? MsgType, string? Content, string? UpperMessageId)
{
    /// <summary>Reads the items of a successful answer; a body without <c>data.items</c> is a failure.</summary>
    public static Result<IReadOnlyList<MessageItem>> ParseAnswer(JsonElement root)
    {
        if (GoJson.Obj(root, "data") is not { } data || GoJson.Arr(data, "items") is not { } items)
            return Result<IReadOnlyList<MessageItem>>.Fail("the message answer has no data.items list");

        var list = new List<MessageItem>();
        foreach (var item in items.EnumerateArray())
        {
            if (String(item, "message_id") is not { Length: > 0 } id)
                continue;
            var content = GoJson.Field(item, "body") is { } body ? String(body, "content") : null;
            list.Add(new MessageItem(id, String(item, "msg_type"), content, String(item, "upper_message_id") is { Length: > 0 } upper ? upper : null));
        }

        return Result<IReadOnlyList<MessageItem>>.Ok(list);
    }

    // GoJson's lookup, unlike TryGetProperty, does not throw on a key that escapes a lone surrogate.
    private static string? String(JsonElement element, string name) => GoJson.Str(element, name);
}
