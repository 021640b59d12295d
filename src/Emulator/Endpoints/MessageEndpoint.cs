using System.Text.Json.Nodes;
using Lark.Emulator.Conversations;
using Lark.Emulator.Hosting;
using Lark.Emulator.Http;

namespace Lark.Emulator.Endpoints;

/// <summary>
/// <c>GET /open-apis/im/v1/messages/{message_id}</c>: one message as <c>data.items</c>; a merge-forward answers itself
/// and its children (<c>upper_message_id</c>). Takes <c>card_msg_content_type</c>, <c>user_id_type</c> and
/// <c>with_sender_name</c> as the listing does. A recalled message is 230110; an id that names no message, 230001.
/// </summary>
internal static class MessageEndpoint
{
    public static void Map(WebApplication app, EmulatorState state) =>
        app.MapGet("/open-apis/im/v1/messages/{messageId}", (HttpContext context, string messageId) => Get(context, state, messageId));

    private static async Task Get(HttpContext context, EmulatorState state, string messageId)
    {
        var caller = await OpenApiGate.AuthorizeMessagesAsync(context, state);
        if (caller is null)
        {
            return;
        }

        var query = context.Request.Query;
        if (!ListQuery.TryItemOptions(query, out var options, out var problem))
        {
            await Responses.LarkError(context, LarkError.MessageInvalidParameter, $"invalid request parameter: {problem}");
            return;
        }

        // Only a recalled message is 230110 ("deleted"). What Lark answers for an id that names no message is not on
        // the public record; the emulator refuses the parameter (230001), as for any other id it cannot use, and
        // never says that a message which never existed was deleted.
        if (!state.Index.Messages.TryGetValue(messageId, out var message))
        {
            await Responses.LarkError(context, LarkError.MessageInvalidParameter, "invalid request parameter: no message has this message_id");
            return;
        }

        if (message.Deleted)
        {
            await Responses.LarkError(context, LarkError.MessageDeleted);
            return;
        }

        if (state.Index.Chats.TryGetValue(message.ChatId, out var chat) && ChatAccess.MessageRefusal(caller, chat) is { } refusal)
        {
            await Responses.LarkError(context, refusal);
            return;
        }

        var items = new JsonArray(MessageItems.Item(message, state.Index, options));
        foreach (var child in state.Index.ChildrenOf(message.MessageId))
        {
            items.Add(MessageItems.Item(child, state.Index, options));
        }

        await ApiAnswer.OkAsync(context, state, new JsonObject { ["items"] = items });
    }
}
