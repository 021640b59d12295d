namespace Lark.Emulator.Conversations;

/// <summary>What the query asks of every message item in an answer.</summary>
/// <param name="WithSenderName">Fill <c>sender.sender_name</c> (<c>with_sender_name=true</c>).</param>
/// <param name="Card">Which form a card's content takes.</param>
/// <param name="UserIds">How user ids (senders, mentions) are written.</param>
internal sealed record ItemOptions(bool WithSenderName = false, CardContentType Card = CardContentType.Default, UserIdType UserIds = UserIdType.OpenId)
{
    public static ItemOptions Plain { get; } = new();
}
