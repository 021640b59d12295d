namespace Lark.Resources.Shell.Messages;

/// <summary>What <c>GET /open-apis/im/v1/chats/{chat_id}</c> says of a chat.</summary>
/// <param name="ChatId">Its id.</param>
/// <param name="Name">Its name (empty for a p2p chat).</param>
/// <param name="Description">Its description.</param>
/// <param name="ChatMode"><c>group</c>, <c>topic</c> or <c>p2p</c>.</param>
public sealed record ChatInfo(string ChatId, string Name, string? Description, string? ChatMode);
