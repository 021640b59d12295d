using System.Globalization;
using System.Text.Json.Nodes;
using Lark.Emulator.Auth;
using Lark.Emulator.Hosting;
using Lark.Emulator.Http;

namespace Lark.Emulator.Endpoints;

/// <summary><c>GET /open-apis/im/v1/messages/{id}</c> and the chat listing <c>GET /open-apis/im/v1/messages</c>.</summary>
internal static class MessageEndpoints
{
    private const int DefaultPageSize = 20;
    private const int MaxPageSize = 50;

    public static void Map(WebApplication app, EmulatorState state)
    {
        app.MapGet("/open-apis/im/v1/messages/{messageId}", (HttpContext context, string messageId) => Get(context, state, messageId));
        app.MapGet("/open-apis/im/v1/messages", (HttpContext context) => List(context, state));
    }

    private static async Task Get(HttpContext context, EmulatorState state, string messageId)
    {
        var caller = await OpenApiGate.AuthorizeMessagesAsync(context, state);
        if (caller is null)
        {
            return;
        }

        // An unknown id is answered like a deleted one (230110): to the caller both mean "gone, do not retry".
        if (!state.Index.Messages.TryGetValue(messageId, out var message) || message.Deleted)
        {
            await Responses.LarkError(context, LarkError.MessageDeleted);
            return;
        }

        if (!CanSeeChat(caller, state, message.ChatId))
        {
            await Responses.LarkError(context, LarkError.MessageBotNotInChat);
            return;
        }

        var items = new JsonArray(MessageJson.Item(message, state.Index));
        foreach (var child in state.Index.ChildrenOf(message.MessageId))
        {
            items.Add(MessageJson.Item(child, state.Index));
        }

        await Responses.Json(context, 200, Ok(new JsonObject { ["items"] = items }));
    }

    private static async Task List(HttpContext context, EmulatorState state)
    {
        var caller = await OpenApiGate.AuthorizeMessagesAsync(context, state);
        if (caller is null)
        {
            return;
        }

        var query = context.Request.Query;
        var chatId = query["container_id"].ToString();
        var pageSize = DefaultPageSize;
        var offset = 0;
        if (query["container_id_type"] != "chat" || chatId.Length == 0
            || (query.ContainsKey("page_size") && (!int.TryParse(query["page_size"], NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize < 1 || pageSize > MaxPageSize))
            || (query.ContainsKey("page_token") && !TryDecodePageToken(query["page_token"].ToString(), out offset)))
        {
            await Responses.LarkError(context, LarkError.MessageInvalidParameter);
            return;
        }

        if (!state.Index.Chats.ContainsKey(chatId) || !CanSeeChat(caller, state, chatId))
        {
            await Responses.LarkError(context, LarkError.MessageBotNotInChat);
            return;
        }

        // Merge-forward children are reached through their container, and deleted messages are gone.
        var all = state.Index.Fixture.Messages
            .Where(m => m.ChatId == chatId && m.UpperMessageId is null && !m.Deleted)
            .OrderBy(m => state.Index.CreateTimes[m.MessageId])
            .ToList();
        var page = all.Skip(offset).Take(pageSize).ToList();
        var hasMore = offset + page.Count < all.Count;
        var data = new JsonObject
        {
            ["has_more"] = hasMore,
            ["items"] = new JsonArray([.. page.Select(m => (JsonNode)MessageJson.Item(m, state.Index))]),
        };
        if (hasMore)
        {
            data["page_token"] = EncodePageToken(offset + page.Count);
        }

        await Responses.Json(context, 200, Ok(data));
    }

    private static bool CanSeeChat(Caller caller, EmulatorState state, string chatId) =>
        caller.IsUser || (state.Index.Chats.TryGetValue(chatId, out var chat) && chat.BotIsMember);

    private static JsonObject Ok(JsonObject data) => new() { ["code"] = 0, ["msg"] = "success", ["data"] = data };

    private static string EncodePageToken(int offset) => "pt_" + offset.ToString(CultureInfo.InvariantCulture);

    private static bool TryDecodePageToken(string token, out int offset)
    {
        offset = 0;
        return token.StartsWith("pt_", StringComparison.Ordinal)
            && int.TryParse(token.AsSpan(3), NumberStyles.None, CultureInfo.InvariantCulture, out offset);
    }
}
