using System.Text.Json.Nodes;
using Lark.Emulator.Conversations;
using Lark.Emulator.Hosting;
using Lark.Emulator.Http;

namespace Lark.Emulator.Endpoints;

/// <summary>
/// <c>GET /open-apis/im/v1/messages/mget?message_ids=om_a&amp;message_ids=om_b</c> (repeated, or comma-separated in
/// one value): up to 50 ids (none or more is 230001). <c>data.items</c> holds the messages found, in the order asked,
/// each once; an id that names no message, a hidden one, or one in a chat the caller is not in is simply absent, as
/// Lark leaves out what it cannot give. Deleted messages come marked, as in a listing. Takes
/// <c>card_msg_content_type</c>, <c>user_id_type</c> and <c>with_sender_name</c>.
/// </summary>
internal static class MessageBatchEndpoint
{
    public const int MaxIds = 50;

    public static void Map(WebApplication app, EmulatorState state) =>
        app.MapGet("/open-apis/im/v1/messages/mget", (HttpContext context) => Get(context, state));

    private static async Task Get(HttpContext context, EmulatorState state)
    {
        var caller = await OpenApiGate.AuthorizeMessagesAsync(context, state);
        if (caller is null)
        {
            return;
        }

        var query = context.Request.Query;
        var ids = query["message_ids"]
            .SelectMany(v => (v ?? "").Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries))
            .ToList();
        var problem = ids.Count switch
        {
            0 => "message_ids is required",
            > MaxIds => $"message_ids takes at most {MaxIds} ids",
            _ => null,
        };
        ItemOptions? itemOptions = null;
        if (problem is null && ListQuery.TryItemOptions(query, out var options, out problem))
        {
            itemOptions = options;
        }

        if (itemOptions is null)
        {
            await Responses.LarkError(context, LarkError.MessageInvalidParameter, $"invalid request parameter: {problem}");
            return;
        }
        var index = state.Index;
        var items = new JsonArray();
        foreach (var id in ids.Distinct(StringComparer.Ordinal))
        {
            if (index.Messages.TryGetValue(id, out var message) && message.Visible
                && index.Chats.TryGetValue(message.ChatId, out var chat) && ChatAccess.CanSee(caller, chat))
            {
                items.Add(MessageItems.Item(message, index, itemOptions));
            }
        }

        await ApiAnswer.OkAsync(context, state, new JsonObject { ["items"] = items });
    }
}
