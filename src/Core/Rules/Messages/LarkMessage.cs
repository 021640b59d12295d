using System.Text.Json;

namespace Lark.Resources.Rules.Messages;

/// <summary>A message as the list, mget and get endpoints send it.</summary>
/// <param name="MessageId">Its id (<c>om_…</c>).</param>
/// <param name="RootId">The root of the reply chain it belongs to, when it is a reply.</param>
/// <param name="ParentId">The message it replies to, when it is a reply.</param>
/// <param name="ThreadId">The thread it belongs to (<c>omt_…</c>), when any.</param>
/// <param name="MsgType">Its <c>msg_type</c> (<c>text</c>, <c>post</c>, <c>image</c>, …); empty when the server sent none.</param>
/// <param name="CreateTimeMs">When it was sent, Unix milliseconds (the server's <c>create_time</c>).</param>
/// <param name="UpdateTimeMs">When it was last changed, Unix milliseconds.</param>
/// <param name="Deleted">Whether it was recalled.</param>
/// <param name="Updated">Whether it was edited.</param>
/// <param name="ChatId">The chat it is in (<c>oc_…</c>).</param>
/// <param name="Sender">Who sent it.</param>
/// <param name="Content">Its <c>body.content</c>: a JSON string whose shape depends on <paramref name="MsgType"/>.</param>
/// <param name="Mentions">The users its content mentions.</param>
/// <param name="UpperMessageId">For a sub-message of a merge-forward: the merge-forward that holds it.</param>
public sealed record LarkMessage(string MessageId, string? RootId, string? ParentId, string? ThreadId, string MsgType,
    long? CreateTimeMs, long? UpdateTimeMs, bool Deleted, bool Updated, string? ChatId, MessageSender? Sender,
    string? Content, IReadOnlyList<MessageMention> Mentions, string? UpperMessageId)
{
    /// <summary>Its <c>message_position</c> in the chat, as the JSON value the server sent (e.g. <c>12</c> or <c>"12"</c>).</summary>
    public string? MessagePosition { get; init; }

    /// <summary>Its <c>thread_message_position</c> in its thread, as the JSON value the server sent.</summary>
    public string? ThreadMessagePosition { get; init; }

    /// <summary>The <c>message_app_link</c> the server sent, when it sent one.</summary>
    public string? MessageAppLink { get; init; }

    /// <summary>
    /// Reads one item of <c>data.items</c>. Total: fields of the wrong type read as absent;
    /// <see langword="null"/> when there is no <c>message_id</c>.
    /// </summary>
    public static LarkMessage? Parse(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object || GoJson.Str(item, "message_id") is not { Length: > 0 } id)
            return null;
        var body = GoJson.Obj(item, "body");
        return new LarkMessage(
            id,
            NonEmpty(item, "root_id"),
            NonEmpty(item, "parent_id"),
            NonEmpty(item, "thread_id"),
            GoJson.S(item, "msg_type"),
            Time(item, "create_time"),
            Time(item, "update_time"),
            GoJson.True(item, "deleted"),
            GoJson.True(item, "updated"),
            GoJson.Str(item, "chat_id"),
            SenderOf(GoJson.Obj(item, "sender")),
            body is { } b ? GoJson.Str(b, "content") : null,
            GoJson.Items(item, "mentions").Select(Mention).ToArray(),
            NonEmpty(item, "upper_message_id"))
        {
            MessagePosition = GoJson.Field(item, "message_position")?.GetRawText(),
            ThreadMessagePosition = GoJson.Field(item, "thread_message_position")?.GetRawText(),
            MessageAppLink = GoJson.Str(item, "message_app_link"),
        };
    }

    /// <summary>The message as the resource listing reads it.</summary>
    public MessageItem ToItem() => new(MessageId, MsgType.Length == 0 ? null : MsgType, Content, UpperMessageId);

    private static string? NonEmpty(JsonElement item, string name) => GoJson.Str(item, name) is { Length: > 0 } value ? value : null;

    // Lark sends times as strings of milliseconds; a leading integer is read as the official CLI reads it.
    private static long? Time(JsonElement item, string name)
    {
        switch (GoJson.Field(item, name))
        {
            case { ValueKind: JsonValueKind.String } text:
                var value = JsonText.Of(text) ?? "";
                var n = GoText.ScanInt(value);
                return n != 0 ? n : value.Trim() is "0" or "+0" or "-0" ? 0 : null;
            case { ValueKind: JsonValueKind.Number } number when number.TryGetInt64(out var whole):
                return whole;
            default:
                return null;
        }
    }

    private static MessageSender? SenderOf(JsonElement? sender) => sender is { } s
        ? new MessageSender(GoJson.Str(s, "id"), GoJson.Str(s, "id_type"), GoJson.Str(s, "sender_type"), GoJson.Str(s, "tenant_key"), GoJson.Str(s, "sender_name")) { Json = s.GetRawText() }
        : null;

    // The id is a string, or an object holding open_id (event-style mentions).
    private static MessageMention Mention(JsonElement mention)
    {
        var id = GoJson.Field(mention, "id") switch
        {
            { ValueKind: JsonValueKind.String } text => JsonText.Of(text),
            { ValueKind: JsonValueKind.Object } ids => GoJson.Str(ids, "open_id"),
            _ => null,
        };
        return new MessageMention(GoJson.S(mention, "key"), id, GoJson.Str(mention, "id_type"), GoJson.Str(mention, "name"));
    }
}
