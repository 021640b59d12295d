namespace Lark.Emulator.Conversations;

/// <summary>The <c>card_msg_content_type</c> query value: which form of a card a message item carries.</summary>
internal enum CardContentType
{
    /// <summary>Not asked: the degraded form (<c>{"title":…,"elements":[[…]]}</c>), the fixture's <c>content</c>.</summary>
    Default,

    /// <summary><c>raw_card_content</c>: <c>{"json_card":"&lt;the card as stored&gt;","card_schema":N}</c>.</summary>
    Raw,

    /// <summary><c>user_card_content</c>: the card JSON as it was sent.</summary>
    User,
}
