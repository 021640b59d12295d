using System.Text.Json;
using System.Text.Json.Nodes;
using Lark.Emulator.Conversations;
using Lark.Emulator.Fixtures;
using Lark.Emulator.Hosting;
using Lark.Emulator.Http;

namespace Lark.Emulator.Endpoints;

/// <summary>
/// <c>POST /open-apis/im/v1/chat_p2p/batch_query?chatter_id_type=open_id</c> with <c>{"chatter_ids":["ou_…"]}</c>:
/// the caller's direct chat with each chatter, as <c>data.p2p_chats[{chatter_id, chat_id}]</c>; a chatter without one
/// is absent. A direct chat is "with the caller", so only a user token may ask: a tenant token is refused as an
/// invalid user token (99991668), as <c>user_info</c> refuses it. A chatter may be a user, or a bot by its open id.
/// </summary>
internal static class P2pChatEndpoint
{
    public const int MaxChatters = 50;

    public static void Map(WebApplication app, EmulatorState state) =>
        app.MapPost("/open-apis/im/v1/chat_p2p/batch_query", (HttpContext context) => Query(context, state));

    private static async Task Query(HttpContext context, EmulatorState state)
    {
        var caller = await OpenApiGate.AuthorizeAsync(context, state, OpenApiGate.ChatScopes);
        if (caller is null)
        {
            return;
        }

        if (!caller.IsUser)
        {
            await Responses.LarkError(context, LarkError.InvalidUserToken);
            return;
        }

        var chatters = await ReadChattersAsync(context);
        if (!UserIds.TryParseType(context.Request.Query["chatter_id_type"].ToString(), out var idType)
            || chatters is not { Count: > 0 and <= MaxChatters })
        {
            await Responses.LarkError(context, LarkError.ChatInvalidParameter,
                $"invalid request parameter: chatter_ids must hold 1-{MaxChatters} ids and chatter_id_type be open_id, union_id or user_id");
            return;
        }

        var index = state.Index;
        var found = new JsonArray();
        foreach (var chatter in chatters.Distinct(StringComparer.Ordinal))
        {
            if (Find(index, caller.UserOpenId!, UserIds.ToOpenId(chatter, idType)) is { } chat)
            {
                found.Add(new JsonObject { ["chatter_id"] = chatter, ["chat_id"] = chat.ChatId });
            }
        }

        await ApiAnswer.OkAsync(context, state, new JsonObject { ["p2p_chats"] = found });
    }

    private static FixtureChat? Find(FixtureIndex index, string me, string other) =>
        index.Fixture.Chats.FirstOrDefault(chat => chat.ChatMode == ChatMode.P2p && chat.Members is { } members && members.Contains(me)
            && (index.BotOpenIds.Contains(other)
                ? chat.BotIsMember && members.Count == 1
                : other != me && members.Contains(other)));

    private static async Task<List<string>?> ReadChattersAsync(HttpContext context)
    {
        try
        {
            var body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
            return body?["chatter_ids"] is JsonArray ids && ids.All(i => i is JsonValue v && v.TryGetValue<string>(out _))
                ? [.. ids.Select(i => i!.GetValue<string>())]
                : null;
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
