using System.Globalization;
using System.Text.Json.Nodes;
using Lark.Emulator.Conversations;
using Lark.Emulator.Fixtures;
using Lark.Emulator.Hosting;
using Lark.Emulator.Http;

namespace Lark.Emulator.Endpoints;

/// <summary>
/// <c>GET /open-apis/im/v1/chats/{chat_id}</c>: a chat's information as Lark answers it (<c>name</c>,
/// <c>description</c>, <c>avatar</c>, <c>chat_mode</c>, <c>owner_id</c>, counts as strings, settings). Errors are the chat
/// APIs': 232006 for an unknown chat, 232011 when the caller (bot or user) is not in it, 232001 for a bad
/// <c>user_id_type</c>.
/// </summary>
internal static class ChatEndpoint
{
    // The default group avatar: Lark answers a CDN URL; this one is recognisably the emulator's.
    private const string DefaultAvatar = "https://lf-emulator.invalid/static-resource/v1/default-avatar~?image_size=100x100";

    public static void Map(WebApplication app, EmulatorState state) =>
        app.MapGet("/open-apis/im/v1/chats/{chatId}", (HttpContext context, string chatId) => Get(context, state, chatId));

    private static async Task Get(HttpContext context, EmulatorState state, string chatId)
    {
        var caller = await OpenApiGate.AuthorizeAsync(context, state, OpenApiGate.ChatScopes);
        if (caller is null)
        {
            return;
        }

        if (!UserIds.TryParseType(context.Request.Query["user_id_type"].ToString(), out var ids))
        {
            await Responses.LarkError(context, LarkError.ChatInvalidParameter, "invalid request parameter: user_id_type must be open_id, union_id or user_id");
            return;
        }

        if (!state.Index.Chats.TryGetValue(chatId, out var chat))
        {
            await Responses.LarkError(context, LarkError.ChatNotFound);
            return;
        }

        if (!ChatAccess.CanSee(caller, chat))
        {
            await Responses.LarkError(context, LarkError.NotInChat);
            return;
        }

        await ApiAnswer.OkAsync(context, state, Describe(state.Index, chat, ids));
    }

    private static JsonObject Describe(FixtureIndex index, FixtureChat chat, UserIdType ids)
    {
        var members = index.MembersOf(chat);
        var p2p = chat.ChatMode == ChatMode.P2p;
        var data = new JsonObject
        {
            ["avatar"] = chat.Avatar ?? DefaultAvatar,
            // Lark names no direct chat: clients show the other side's name.
            ["name"] = p2p ? "" : chat.Name ?? "",
            ["description"] = chat.Description ?? "",
            ["add_member_permission"] = "all_members",
            ["share_card_permission"] = "allowed",
            ["at_all_permission"] = "all_members",
            ["edit_permission"] = "all_members",
        };
        if (!p2p && (chat.OwnerId ?? (members.Count > 0 ? members[0] : null)) is { } owner)
        {
            data["owner_id_type"] = UserIds.Name(ids);
            data["owner_id"] = UserIds.From(owner, ids);
        }

        data["user_manager_id_list"] = new JsonArray();
        data["bot_manager_id_list"] = new JsonArray();
        data["chat_mode"] = chat.ChatMode switch { ChatMode.Topic => "topic", ChatMode.P2p => "p2p", _ => "group" };
        data["chat_type"] = "private";
        data["chat_tag"] = "inner";
        data["group_message_type"] = chat.ChatMode == ChatMode.Topic ? "thread" : "chat";
        data["external"] = chat.External;
        data["tenant_key"] = MessageItems.TenantKey;
        data["user_count"] = members.Count.ToString(CultureInfo.InvariantCulture);
        data["bot_count"] = (chat.BotIsMember ? 1 : 0).ToString(CultureInfo.InvariantCulture);
        data["chat_status"] = "normal";
        return data;
    }
}
