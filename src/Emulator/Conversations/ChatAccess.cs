using Lark.Emulator.Auth;
using Lark.Emulator.Fixtures;
using Lark.Emulator.Http;

namespace Lark.Emulator.Conversations;

/// <summary>Who may read a chat: the bot when it is a member, a user when they are one.</summary>
internal static class ChatAccess
{
    public static bool CanSee(Caller caller, FixtureChat chat) =>
        caller.IsUser ? FixtureIndex.IsMember(chat, caller.UserOpenId!) : chat.BotIsMember;

    /// <summary>
    /// The message APIs' refusal of a chat the caller is not in: 230002 for the bot (Lark's "bot is not in the chat"),
    /// 230027 ("lack of necessary permissions") for a user; <see langword="null"/> when allowed.
    /// </summary>
    public static int? MessageRefusal(Caller caller, FixtureChat chat) =>
        CanSee(caller, chat) ? null : caller.IsUser ? LarkError.MessageNoPermission : LarkError.MessageBotNotInChat;
}
