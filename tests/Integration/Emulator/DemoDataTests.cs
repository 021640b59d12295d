using System.Text.Json.Nodes;
using Lark.Emulator.Fixtures;

namespace Lark.Resources.Integration.Emulator;

/// <summary>The demo conversation is complete and consistent: every type, every reference resolvable.</summary>
public sealed class DemoDataTests
{
    private static readonly string[] EveryType =
    [
        "text", "post", "image", "file", "audio", "media", "sticker", "folder", "interactive", "merge_forward", "share_chat",
        "share_user", "location", "system", "todo", "vote", "share_calendar_event", "calendar", "video_chat", "hongbao",
    ];

    [Fact]
    public void The_main_chat_holds_a_message_of_every_type()
    {
        var types = DemoData.Fixture.Messages.Where(m => m.ChatId == DemoData.ChatId).Select(m => m.MsgType).ToHashSet();
        Assert.Empty(EveryType.Except(types));
    }

    [Fact]
    public void Every_downloadable_key_has_its_resource_under_its_message()
    {
        var fixture = DemoData.Fixture;
        var resources = fixture.Resources.Select(r => (r.MessageId, r.FileKey)).ToHashSet();
        var missing = new List<string>();
        foreach (var m in fixture.Messages.Where(m => m.Content is not null))
        {
            foreach (var key in DownloadableKeys(m.MsgType, m.Content!))
            {
                if (!resources.Contains((m.MessageId, key)))
                {
                    missing.Add($"{m.MessageId}/{key}");
                }
            }
        }

        Assert.Empty(missing);
    }

    [Fact]
    public void Shared_chats_users_mentions_reactions_and_senders_name_what_exists()
    {
        var fixture = DemoData.Fixture;
        var users = fixture.Users.Select(u => u.OpenId).ToHashSet();
        var apps = fixture.Apps.Select(a => a.AppId).ToHashSet();
        var chats = fixture.Chats.Select(c => c.ChatId).ToHashSet();
        foreach (var m in fixture.Messages)
        {
            Assert.True(m.SenderId is null || users.Contains(m.SenderId) || apps.Contains(m.SenderId), m.MessageId);
            Assert.All(m.Mentions ?? [], x => Assert.Contains(x.Id, users));
            Assert.All(m.Reactions ?? [], r => Assert.Contains(r.OperatorId, r.OperatorType == OperatorType.App ? apps : users));
            if (m.MsgType == "share_chat")
            {
                Assert.Contains((string)m.Content!["chat_id"]!, chats);
            }

            if (m.MsgType == "share_user")
            {
                Assert.Contains((string)m.Content!["user_id"]!, users);
            }
        }

        var senders = fixture.Messages.Where(m => m.ChatId == DemoData.ChatId).Select(m => m.SenderId).ToHashSet();
        Assert.Superset(new HashSet<string?> { DemoData.UserOpenId, DemoData.AliceOpenId, DemoData.BobOpenId, DemoData.CarolOpenId, DemoData.AppId }, senders);
    }

    [Fact]
    public async Task Reading_a_message_alone_answers_the_item_its_listing_answers()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TenantTokenAsync();
        const string Options = "with_sender_name=true&card_msg_content_type=raw_card_content";
        var (items, _) = await h.ListAllAsync($"container_id_type=chat&container_id={DemoData.ChatId}&page_size=50&{Options}", token);
        foreach (var listed in items.Where(i => !(bool)i["deleted"]!))
        {
            var alone = await h.DataAsync($"open-apis/im/v1/messages/{(string)listed["message_id"]!}?{Options}", token);
            Assert.True(JsonNode.DeepEquals(listed, alone["items"]![0]), $"{listed["message_id"]}: {listed.ToJsonString()} vs {alone["items"]![0]!.ToJsonString()}");
        }
    }

    private static IEnumerable<string> DownloadableKeys(string type, JsonObject content)
    {
        string? Key(JsonNode? node, string name) => node?[name] is JsonValue v && v.TryGetValue<string>(out var s) ? s : null;
        var keys = type switch
        {
            "image" => [Key(content, "image_key")],
            "file" or "audio" => [Key(content, "file_key")],
            "media" => [Key(content, "file_key"), Key(content, "image_key")],
            "post" => (content["zh_cn"] ?? content)["content"]!.AsArray()
                .SelectMany(line => line!.AsArray())
                .SelectMany(e => (string)e!["tag"]! switch
                {
                    "img" => [Key(e, "image_key")],
                    "media" => new[] { Key(e, "file_key"), Key(e, "image_key") },
                    _ => [],
                }),
            _ => Array.Empty<string?>(),
        };
        return keys.OfType<string>();
    }
}
