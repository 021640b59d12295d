using System.Globalization;
using System.Text.Json.Nodes;
using Lark.Emulator.Fixtures;
using Lark.Emulator.Http;

namespace Lark.Emulator.Conversations;

/// <summary>
/// A fixture message in the shape of <c>im/v1/messages</c> items, the same for the get, list and mget answers:
/// <c>message_id</c>, <c>root_id</c>/<c>parent_id</c>/<c>thread_id</c> when set, <c>msg_type</c>, <c>create_time</c>
/// and <c>update_time</c> (milliseconds, as strings), <c>deleted</c>, <c>updated</c>, <c>chat_id</c>, <c>sender</c>,
/// <c>body.content</c> (a JSON string), <c>mentions</c> when any, <c>upper_message_id</c> for merge-forward children.
/// </summary>
internal static class MessageItems
{
    /// <summary>The tenant every fixture user and app belongs to.</summary>
    public const string TenantKey = "demo_tenant";

    /// <summary>
    /// The <c>body.content</c> of a deleted (recalled) message. Lark lists recalled messages with <c>deleted:true</c> and
    /// this text in place of their content, as a bare string rather than a JSON object (so a client that parses every
    /// content as JSON trips on it); mentions are dropped with the content. Lark documents only the <c>deleted</c> flag:
    /// the text is as clients have reported and handle it.
    /// </summary>
    public const string RecalledContent = "This message was recalled";

    public static JsonObject Item(FixtureMessage message, FixtureIndex index, ItemOptions options)
    {
        var created = index.CreateTimes[message.MessageId];
        var updated = message.UpdateTime is { } edit && edit > created ? edit : created;
        var item = new JsonObject { ["message_id"] = message.MessageId };
        if (message.RootId is { } root)
        {
            item["root_id"] = root;
        }

        if (message.ParentId is { } parent)
        {
            item["parent_id"] = parent;
        }

        if (message.ThreadId is { } thread)
        {
            item["thread_id"] = thread;
        }

        item["msg_type"] = message.MsgType;
        item["create_time"] = created.ToString(CultureInfo.InvariantCulture);
        item["update_time"] = updated.ToString(CultureInfo.InvariantCulture);
        item["deleted"] = message.Deleted;
        item["updated"] = updated != created;
        item["chat_id"] = message.ChatId;
        item["sender"] = Sender(message, index, options);
        item["body"] = new JsonObject { ["content"] = message.Deleted ? RecalledContent : Content(message, options.Card) };
        if (!message.Deleted && message.Mentions is { Count: > 0 } mentions)
        {
            item["mentions"] = new JsonArray([.. mentions.Select(m => (JsonNode)new JsonObject
            {
                ["key"] = m.Key,
                ["id"] = UserIds.From(m.Id, options.UserIds),
                ["id_type"] = UserIds.Name(options.UserIds),
                ["name"] = m.Name,
                ["tenant_key"] = TenantKey,
            })]);
        }

        if (message.UpperMessageId is { } upper)
        {
            item["upper_message_id"] = upper;
        }

        return item;
    }

    /// <summary>The sender: an app when <see cref="FixtureMessage.SenderId"/> names one, else a user (the first by default).</summary>
    private static JsonObject Sender(FixtureMessage message, FixtureIndex index, ItemOptions options)
    {
        var id = message.SenderId ?? index.Fixture.Users.FirstOrDefault()?.OpenId ?? "ou_unknown";
        if (index.Apps.TryGetValue(id, out var app))
        {
            var bot = new JsonObject { ["id"] = app.AppId, ["id_type"] = "app_id", ["sender_type"] = "app", ["tenant_key"] = TenantKey };
            if (options.WithSenderName && app.Name is { } botName)
            {
                bot["sender_name"] = botName;
            }

            return bot;
        }

        var user = new JsonObject
        {
            ["id"] = UserIds.From(id, options.UserIds),
            ["id_type"] = UserIds.Name(options.UserIds),
            ["sender_type"] = "user",
            ["tenant_key"] = TenantKey,
        };
        if (options.WithSenderName && index.Users.TryGetValue(id, out var known))
        {
            user["sender_name"] = known.Name;
        }

        return user;
    }

    private static string Content(FixtureMessage message, CardContentType card)
    {
        if (message.MsgType == "interactive" && message.Card is { } stored && card != CardContentType.Default)
        {
            if (card == CardContentType.User)
            {
                return stored.ToJsonString(Responses.JsonOptions);
            }

            // The raw form wraps the stored card, as a string, with its schema (2 for JSON 2.0 cards, else 1).
            var schema = stored["schema"]?.ToString() is { } s && s.StartsWith('2') ? 2 : 1;
            return new JsonObject { ["json_card"] = stored.ToJsonString(Responses.JsonOptions), ["card_schema"] = schema }
                .ToJsonString(Responses.JsonOptions);
        }

        return (message.Content ?? []).ToJsonString(Responses.JsonOptions);
    }
}
