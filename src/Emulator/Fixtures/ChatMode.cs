namespace Lark.Emulator.Fixtures;

/// <summary>A chat's <c>chat_mode</c>, as <c>GET /open-apis/im/v1/chats/{chat_id}</c> answers it.</summary>
public enum ChatMode
{
    /// <summary><c>group</c>: an ordinary group. Listing it as a chat shows a thread's root only, never its replies.</summary>
    Group,

    /// <summary><c>topic</c>: a topic group; every message starts or answers a thread. Listing it shows the replies too,
    /// unless <c>only_thread_root_messages=true</c>.</summary>
    Topic,

    /// <summary><c>p2p</c>: a direct chat between two users, or between one user and the bot.</summary>
    P2p,
}
