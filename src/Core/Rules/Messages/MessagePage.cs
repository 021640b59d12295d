using System.Text.Json;

namespace Lark.Resources.Rules.Messages;

/// <summary>One page of <c>GET /open-apis/im/v1/messages</c> (or the items of mget / get).</summary>
/// <param name="Items">The messages, in the order sent; items without a message id are left out.</param>
/// <param name="HasMore">Whether the server has more pages.</param>
/// <param name="PageToken">Where the next page starts (<c>page_token</c>, else <c>next_page_token</c>).</param>
public sealed record MessagePage(IReadOnlyList<LarkMessage> Items, bool HasMore, string? PageToken)
{
    /// <summary>Reads <c>data.items</c>, <c>data.has_more</c> and <c>data.page_token</c>; an answer without an items list is a failure.</summary>
    public static Result<MessagePage> Parse(JsonElement root)
    {
        if (GoJson.Obj(root, "data") is not { } data || GoJson.Arr(data, "items") is not { } items)
            return Result<MessagePage>.Fail("the message answer has no data.items list");
        var messages = items.EnumerateArray().Select(LarkMessage.Parse).OfType<LarkMessage>().ToArray();
        var token = GoJson.Str(data, "page_token") is { Length: > 0 } pageToken ? pageToken
            : GoJson.Str(data, "next_page_token") is { Length: > 0 } next ? next : null;
        return Result<MessagePage>.Ok(new MessagePage(messages, GoJson.True(data, "has_more"), token));
    }
}
