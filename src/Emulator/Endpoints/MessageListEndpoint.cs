using System.Text.Json.Nodes;
using Lark.Emulator.Conversations;
using Lark.Emulator.Hosting;
using Lark.Emulator.Http;

namespace Lark.Emulator.Endpoints;

/// <summary>
/// <c>GET /open-apis/im/v1/messages</c>: a chat's or a thread's messages, a page at a time (see <see cref="ListQuery"/>
/// for the parameters). Answers <c>data.has_more</c>, <c>data.page_token</c> (only when there is more) and
/// <c>data.items</c>. Check order: token, rate limit, scopes, parameters (230001), container and access (230002 bot
/// not in the chat, 230027 user not in it, 230073 thread invisible), then faults (a rule may pick one page), then the page.
/// </summary>
internal static class MessageListEndpoint
{
    public static void Map(WebApplication app, EmulatorState state) =>
        app.MapGet("/open-apis/im/v1/messages", (HttpContext context) => List(context, state));

    private static async Task List(HttpContext context, EmulatorState state)
    {
        var caller = await OpenApiGate.AuthorizeMessagesAsync(context, state);
        if (caller is null)
        {
            return;
        }

        var (query, problem) = ListQuery.Parse(context.Request.Query);
        if (query is null)
        {
            await Responses.LarkError(context, LarkError.MessageInvalidParameter, $"invalid request parameter: {problem}");
            return;
        }

        var index = state.Index;
        IReadOnlyList<Fixtures.FixtureMessage> sequence;
        if (query.Container == ContainerType.Chat)
        {
            if (!index.Chats.TryGetValue(query.ContainerId, out var chat))
            {
                // An unknown chat looks like one the caller is not in.
                await Responses.LarkError(context, caller.IsUser ? LarkError.MessageNoPermission : LarkError.MessageBotNotInChat);
                return;
            }

            if (ChatAccess.MessageRefusal(caller, chat) is { } refusal)
            {
                await Responses.LarkError(context, refusal);
                return;
            }

            sequence = Listings.OfChat(index, chat, query);
        }
        else
        {
            // A thread that does not exist, is hidden, or lies in a chat the caller is not in is all one answer.
            if (!index.ThreadRoots.TryGetValue(query.ContainerId, out var root) || !root.Visible
                || !index.Chats.TryGetValue(root.ChatId, out var chat) || !ChatAccess.CanSee(caller, chat))
            {
                await Responses.LarkError(context, LarkError.ThreadInvisible);
                return;
            }

            sequence = Listings.OfThread(index, query.ContainerId, query);
        }

        var (items, next) = Listings.Page(sequence, query);
        var data = new JsonObject
        {
            ["has_more"] = next is not null,
            ["items"] = new JsonArray([.. items.Select(m => (JsonNode)MessageItems.Item(m, index, query.Items))]),
        };
        if (next is { } token)
        {
            data["page_token"] = token.Encode();
        }

        var sentToken = context.Request.Query["page_token"].ToString();
        await ApiAnswer.OkAsync(context, state, data, query.Page, sentToken.Length == 0 ? null : sentToken);
    }
}
