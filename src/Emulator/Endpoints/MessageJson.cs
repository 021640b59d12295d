using System.Text.Json.Nodes;
using Lark.Emulator.Fixtures;

namespace Lark.Emulator.Endpoints;

/// <summary>A fixture message in the shape of <c>im/v1/messages</c> items.</summary>
internal static class MessageJson
{
    public static JsonObject Item(FixtureMessage message, FixtureIndex index)
    {
        var time = index.CreateTimes[message.MessageId].ToString();
        var sender = message.SenderId ?? index.Fixture.Users.FirstOrDefault()?.OpenId ?? "ou_unknown";
        var item = new JsonObject
        {
            ["message_id"] = message.MessageId,
            ["msg_type"] = message.MsgType,
            ["create_time"] = time,
            ["update_time"] = time,
            ["deleted"] = message.Deleted,
            ["updated"] = false,
            ["chat_id"] = message.ChatId,
            ["sender"] = new JsonObject
            {
                ["id"] = sender,
                ["id_type"] = "open_id",
                ["sender_type"] = "user",
                ["tenant_key"] = "demo_tenant",
            },
            ["body"] = new JsonObject { ["content"] = (message.Content ?? []).ToJsonString(Http.Responses.JsonOptions) },
        };
        if (message.UpperMessageId is not null)
        {
            item["upper_message_id"] = message.UpperMessageId;
        }

        return item;
    }
}
