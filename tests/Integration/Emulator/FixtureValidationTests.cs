using System.Text.Json;
using Lark.Emulator;
using Lark.Emulator.Faults;
using Lark.Emulator.Fixtures;

namespace Lark.Resources.Integration.Emulator;

/// <summary>A fixture that cannot be served is refused at start with every offending entry named.</summary>
public sealed class FixtureValidationTests
{
    private static string Fixture(string messages, string resources = "[]", string extra = "") => $$"""
        {
          "apps": [ { "appId": "cli_v", "appSecret": "s" } ],
          "chats": [ { "chatId": "oc_v" } ],
          "messages": {{messages}},
          "resources": {{resources}}{{extra}}
        }
        """;

    private const string OneMessage = """[ { "messageId": "om_1", "chatId": "oc_v", "msgType": "file" } ]""";

    public static TheoryData<string, string> BadFixtures => new()
    {
        {
            Fixture("""[ { "messageId": "om_1", "chatId": "oc_v", "msgType": "file" }, { "messageId": "om_1", "chatId": "oc_v", "msgType": "image" } ]"""),
            "messages[1]: messageId \"om_1\" is also messages[0]"
        },
        {
            Fixture(OneMessage, """[ { "messageId": "om_1", "fileKey": "file_a", "seed": 1, "size": 1 }, { "messageId": "om_1", "fileKey": "file_a", "seed": 2, "size": 2 } ]"""),
            "resources[1] (\"file_a\"): message \"om_1\" already has this key at resources[0]"
        },
        {
            Fixture(OneMessage, """[ { "messageId": "om_missing", "fileKey": "file_a", "seed": 1, "size": 1 } ]"""),
            "resources[0] (\"file_a\"): messageId \"om_missing\" names no message"
        },
        {
            Fixture(OneMessage, """[ { "messageId": "om_1", "fileKey": "file_a", "type": 7 } ]"""),
            "resources[0] (\"file_a\"): type 7 is not image or file"
        },
        {
            Fixture(OneMessage, extra: """, "faults": [ { "kind": 42 } ]"""),
            "faults[0]: kind 42 is not a fault kind"
        },
        {
            Fixture("""[ { "messageId": "om_child", "chatId": "oc_v", "msgType": "file", "upperMessageId": "om_gone" } ]"""),
            "messages[0] (\"om_child\"): upperMessageId \"om_gone\" names no other message"
        },
        {
            Fixture(OneMessage, """[ { "messageId": "om_1", "fileKey": "file_a", "seed": 1, "size": -1 } ]"""),
            "resources[0] (\"file_a\"): size -1 is negative"
        },
        {
            Fixture(OneMessage, """[ { "messageId": "om_1", "fileKey": "file_a", "base64": "not base64!" } ]"""),
            "resources[0] (\"file_a\"): base64 is not valid base64"
        },
        {
            Fixture("""[ { "messageId": "om_1", "chatId": "oc_nowhere", "msgType": "file" } ]"""),
            "messages[0] (\"om_1\"): chatId \"oc_nowhere\" names no chat"
        },
        {
            Fixture(OneMessage, """[ { "messageId": "om_1", "fileKey": "file_a", "path": "/nonexistent/lark-emulator/missing.bin" } ]"""),
            "resources[0] (\"file_a\"): path \"/nonexistent/lark-emulator/missing.bin\" names no file"
        },
        {
            Fixture(OneMessage, extra: """, "network": { "latencyMs": -1 }"""),
            "network: latencyMs -1 is negative"
        },
        {
            Fixture(OneMessage, extra: """, "users": [ { "openId": "ou_1", "name": "a" }, { "openId": "ou_1", "name": "b" } ]"""),
            "users[1]: openId \"ou_1\" is also users[0]"
        },
        {
            Fixture("""[ { "messageId": "om_1", "chatId": "oc_v", "msgType": "text" }, { "messageId": "om_2", "chatId": "oc_v", "msgType": "text", "rootId": "om_gone", "parentId": "om_1" } ]"""),
            "messages[1] (\"om_2\"): rootId \"om_gone\" names no other message"
        },
        {
            Fixture("""[ { "messageId": "om_1", "chatId": "oc_v", "msgType": "text" }, { "messageId": "om_2", "chatId": "oc_v", "msgType": "text", "parentId": "om_1" } ]"""),
            "messages[1] (\"om_2\"): a reply needs both rootId and parentId"
        },
        {
            Fixture("""[ { "messageId": "om_1", "chatId": "oc_v", "msgType": "text", "threadId": "omt_1" }, { "messageId": "om_2", "chatId": "oc_v", "msgType": "text", "threadId": "omt_1" } ]"""),
            "messages[1] (\"om_2\"): thread \"omt_1\" already has its root at messages[0]"
        },
        {
            Fixture("""[ { "messageId": "om_1", "chatId": "oc_v", "msgType": "text", "threadId": "omt_1" }, { "messageId": "om_2", "chatId": "oc_v", "msgType": "text", "threadId": "omt_2", "rootId": "om_1", "parentId": "om_1" }, { "messageId": "om_3", "chatId": "oc_v", "msgType": "text", "threadId": "omt_2" } ]"""),
            "messages[1] (\"om_2\"): threadId \"omt_2\" differs from its root's \"omt_1\""
        },
        {
            Fixture("""[ { "messageId": "om_1", "chatId": "oc_v", "msgType": "text", "createTime": 5000, "updateTime": 4000 } ]"""),
            "messages[0] (\"om_1\"): updateTime 4000 is before its creation time 5000"
        },
        {
            Fixture("""[ { "messageId": "om_1", "chatId": "oc_v", "msgType": "text", "mentions": [ { "key": "@_user_1", "id": "ou_a" }, { "key": "@_user_1", "id": "ou_b" } ] } ]"""),
            "messages[0] (\"om_1\"): mentions[1]: key \"@_user_1\" is used twice"
        },
        {
            Fixture("""[ { "messageId": "om_1", "chatId": "oc_v", "msgType": "text", "reactions": [ { "emojiType": "", "operatorId": "ou_a" } ] } ]"""),
            "messages[0] (\"om_1\"): reactions[0] needs an emojiType and an operatorId"
        },
        {
            Fixture("[]", extra: """, "chats": [ { "chatId": "oc_v", "members": [ "ou_ghost" ] } ]"""),
            "chats[0] (\"oc_v\"): member \"ou_ghost\" names no user"
        },
        {
            Fixture("[]", extra: """, "users": [ { "openId": "ou_1", "name": "a" } ], "chats": [ { "chatId": "oc_v", "chatMode": "p2p", "members": [ "ou_1" ], "botIsMember": false } ]"""),
            "chats[0] (\"oc_v\"): a p2p chat needs members: one user with the bot, or two users without it"
        },
        {
            Fixture("[]", extra: """, "chats": [ { "chatId": "oc_v", "ownerId": "ou_ghost" } ]"""),
            "chats[0] (\"oc_v\"): ownerId \"ou_ghost\" names no user"
        },
        {
            Fixture(OneMessage, extra: """, "faults": [ { "page": 2, "kind": "status" } ]"""),
            "faults[0]: page and pageToken pick a listing page, so they need a path"
        },
        {
            Fixture(OneMessage, extra: """, "faults": [ { "path": "/open-apis/im/v1/messages", "page": 0, "kind": "status" } ]"""),
            "faults[0]: page 0 is not a page number (the first page is 1)"
        },
    };

    [Theory]
    [MemberData(nameof(BadFixtures))]
    public async Task Starting_from_a_bad_fixture_throws_naming_the_entry(string json, string expected)
    {
        var fixture = EmulatorFixture.FromJson(json);
        var error = await Assert.ThrowsAsync<InvalidFixtureException>(() => LarkEmulator.StartAsync(new EmulatorOptions { Fixture = fixture }));
        Assert.Equal([expected], error.Problems);
        Assert.Equal($"Invalid fixture: {expected}", error.Message);
        Assert.Throws<InvalidFixtureException>(fixture.Validate);
    }

    [Fact]
    public void Every_problem_is_reported_at_once()
    {
        var fixture = DemoData.Fixture;
        fixture.Messages.Add(new FixtureMessage { MessageId = DemoData.TextMessageId, ChatId = DemoData.ChatId, MsgType = "text" });
        fixture.Resources.Add(new FixtureResource { MessageId = "om_nowhere", FileKey = "file_x" });
        fixture.Faults.Add(new FaultRule { Kind = FaultKind.Status, StatusCode = 1000 });
        var error = Assert.Throws<InvalidFixtureException>(fixture.Validate);
        Assert.Equal(3, error.Problems.Count);
        Assert.All(error.Problems, p => Assert.Contains(p, error.Message, StringComparison.Ordinal));
        Assert.Contains(error.Problems, p => p.Contains("statusCode 1000", StringComparison.Ordinal));
    }

    [Fact]
    public void Replies_that_only_answer_each_other_have_no_thread_root()
    {
        var fixture = EmulatorFixture.FromJson(Fixture("""
            [ { "messageId": "om_a", "chatId": "oc_v", "msgType": "text", "threadId": "omt_1", "rootId": "om_b", "parentId": "om_b" },
              { "messageId": "om_b", "chatId": "oc_v", "msgType": "text", "threadId": "omt_1", "rootId": "om_a", "parentId": "om_a" } ]
            """));
        var error = Assert.Throws<InvalidFixtureException>(fixture.Validate);
        Assert.Contains("messages[0] (\"om_a\"): thread \"omt_1\" has no root (a message with this threadId and no rootId)", error.Problems);
    }

    [Fact]
    public void An_unknown_enum_name_is_a_json_error_with_its_path()
    {
        var error = Assert.Throws<JsonException>(() => EmulatorFixture.FromJson(
            Fixture(OneMessage, """[ { "messageId": "om_1", "fileKey": "file_a", "type": "video" } ]""")));
        Assert.Contains("$.resources[0].type", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void The_demo_data_is_valid_and_shares_keys_only_across_messages()
    {
        var fixture = DemoData.Fixture;
        fixture.Validate();
        Assert.Contains(fixture.Resources.GroupBy(r => r.FileKey), g => g.Count() > 1);
    }
}
