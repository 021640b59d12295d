using System.Text.Encodings.Web;
using System.Text.Json;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Messages;
using static Lark.Resources.Properties.Messages.MessageSamples;

namespace Lark.Resources.Properties.Messages;

/// <summary>The official per-message output object (notes §5.1, §6, §7): fields, order, omissions, pass-through.</summary>
public class ListedMessageTests
{
    private static readonly JsonSerializerOptions Plain = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    private static LarkMessage Parse(string json) => WithRoot(json, LarkMessage.Parse)!;

    private static string Json(ListedMessage message) => ListedMessages.ToJson(message).ToJsonString(Plain);

    [Fact]
    public void A_reply_prints_as_the_official_cli_prints_it()
    {
        var message = Parse("""
            {"message_id":"om_1","root_id":"om_0","parent_id":"om_0","msg_type":"text","create_time":"1710028800000","update_time":"1710029100000",
             "deleted":false,"updated":true,"chat_id":"oc_1",
             "sender":{"tenant_key":"t","sender_type":"user","id_type":"open_id","id":"ou_a","sender_name":"Alice","sender_i18n_names":{"zh_cn":"爱丽丝","en_us":"Alice"},"open_bot_id":""},
             "body":{"content":"{\"text\":\"@_user_1 <hi> & bye\"}"},
             "mentions":[{"key":"@_user_1","id":"ou_b","id_type":"open_id","name":"Bob","tenant_key":"t"}]}
            """);
        Assert.Equal(
            """{"chat_id":"oc_1","content":"@Bob <hi> & bye","create_time":"2024-03-10 08:00","deleted":false,"mentions":[{"id":"ou_b","key":"@_user_1","name":"Bob"}],"message_id":"om_1","msg_type":"text","reply_to":"om_0","sender":{"id":"ou_a","id_type":"open_id","name":"Alice","open_bot_id":"","sender_i18n_names":{"en_us":"Alice","zh_cn":"爱丽丝"},"sender_type":"user","tenant_key":"t"},"update_time":"2024-03-10 08:05","updated":true}""",
            Json(ListedMessages.From(message, [], Beijing)));
    }

    [Fact]
    public void The_thread_wins_over_the_reply_and_an_unedited_message_has_no_update_time()
    {
        var listed = ListedMessages.From(Parse("""{"message_id":"om_1","parent_id":"om_p","thread_id":"omt_1","msg_type":"image","create_time":"1710028800000","update_time":"1710028800000","updated":false,"body":{"content":"{\"image_key\":\"img_1\"}"}}"""), [], Beijing);
        Assert.Equal("""{"content":"[Image: img_1]","create_time":"2024-03-10 08:00","deleted":false,"message_id":"om_1","msg_type":"image","sender":null,"thread_id":"omt_1","updated":false}""", Json(listed));
    }

    [Theory]
    [InlineData("\"1710028800000\"", "2024-03-10 08:00")]
    [InlineData("\"1710028859999\"", "2024-03-10 08:00")]
    [InlineData("\"1710028800\"", "2024-03-10 08:00")]
    [InlineData("\"0\"", "0")]
    [InlineData("null", "")]
    public void Create_time_is_local_minutes(string json, string expected) =>
        Assert.Equal(expected, ListedMessages.From(Parse($$$"""{"message_id":"om_1","create_time":{{{json}}}}"""), [], Beijing).CreateTime);

    [Property(MaxTest = 500)]
    public Property Create_time_is_the_minute_in_the_zone() =>
        Prop.ForAll(Gen.Choose(0, int.MaxValue).Select(i => 1_000_000_000_001L + i * 117_000L).ToArbitrary(), Gen.Elements(Zones()).ToArbitrary(), (ms, zone) =>
        {
            var expected = TimeZoneInfo.ConvertTime(DateTimeOffset.FromUnixTimeMilliseconds(ms), zone).ToString("yyyy-MM-dd HH:mm", System.Globalization.CultureInfo.InvariantCulture);
            return ListedMessages.From(Message("text", "{}", createdMs: ms), [], zone).CreateTime == expected;
        });

    [Fact]
    public void A_sender_without_a_name_takes_one_from_the_listing()
    {
        var message = Message("text", """{"text":"x"}""", sender: new MessageSender("ou_a", "open_id", "user", "t", null));
        Assert.Null(ListedMessages.From(message, [], Beijing).Sender!.Name);
        var named = ListedMessages.From(message, [], Beijing, SenderNames.Collect([Message("text", "{}", sender: new MessageSender("ou_a", null, null, null, "Alice"))]));
        Assert.Equal("Alice", named.Sender!.Name);
        Assert.Contains("\"sender\":{\"id\":\"ou_a\",\"id_type\":\"open_id\",\"name\":\"Alice\",\"sender_type\":\"user\",\"tenant_key\":\"t\"}", Json(named), StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_are_sorted_and_every_optional_field_prints_when_set()
    {
        var listed = ListedMessages.From(Message("text", """{"text":"x"}""", [Mention("@_user_1", "A")]), [], Beijing) with
        {
            ThreadId = "omt_1",
            UpdateTime = "2024-03-10 08:05",
            MessagePosition = "12",
            ThreadMessagePosition = "\"3\"",
            MessageAppLink = "https://applink.feishu.cn/x",
            Reactions = new MessageReactions([new ReactionCount("SMILE", 2)], [new ReactionDetail("r1", "SMILE", "ou_a", "user", "1710000000000")]),
            ReactionsError = true,
            ThreadReplies = [ListedMessages.From(Message("text", """{"text":"r"}""", id: "om_r"), [], Beijing)],
            ThreadHasMore = true,
            ThreadRepliesError = true,
            Resources = [new ResourceEntry("om_1", "img_1", "image", "/tmp/img_1.png", 10, "ab", null)],
        };
        var json = ListedMessages.ToJson(listed);
        var keys = json.Select(p => p.Key).ToArray();
        Assert.Equal(keys.Order(StringComparer.Ordinal), keys);
        Assert.Equal(
            ["chat_id", "content", "create_time", "deleted", "mentions", "message_app_link", "message_id", "message_position", "msg_type", "reactions", "reactions_error",
             "resources", "sender", "thread_has_more", "thread_id", "thread_message_position", "thread_replies", "thread_replies_error", "update_time", "updated"], keys);
        Assert.Equal("""{"counts":[{"count":2,"reaction_type":"SMILE"}],"details":[{"action_time":"1710000000000","emoji_type":"SMILE","operator":{"operator_id":"ou_a","operator_type":"user"},"reaction_id":"r1"}]}""", json["reactions"]!.ToJsonString());
        Assert.Equal(("12", "\"3\""), (json["message_position"]!.ToJsonString(), json["thread_message_position"]!.ToJsonString()));
    }

    [Fact]
    public void Resources_print_the_official_shapes_plus_sha256_and_error_detail()
    {
        var failure = new LarkFailure
        {
            Category = ErrorCategory.Api, Subtype = ErrorSubtype.NotFound, LarkCode = 234003,
            Message = Wording.Text("the file is not in this message"), Hint = Wording.Of($"Check {InputField.FileKey}."), Fix = FixKind.ChangeInput,
        };
        var listed = ListedMessages.From(Message("post", "{}"), [], Beijing) with
        {
            Resources =
            [
                new ResourceEntry("om_1", "img_1", "image", "/w/lark-im-resources/img_1.png", 70_000, "00ff", null),
                new ResourceEntry("om_1", "file_1", "file", null, null, null, failure),
                ResourceEntry.Pending(new ListedResource("om_1", "file_2", ResourceType.File, "post_media", null, null)),
            ],
        };
        Assert.Equal(
            """[{"key":"img_1","local_path":"/w/lark-im-resources/img_1.png","message_id":"om_1","sha256":"00ff","size_bytes":70000,"type":"image"},""" +
            """{"error":true,"error_detail":{"type":"api","subtype":"not_found","code":234003,"message":"the file is not in this message","hint":"Check the resource key."},"key":"file_1","message_id":"om_1","type":"file"},""" +
            """{"key":"file_2","message_id":"om_1","type":"file"}]""",
            ListedMessages.ToJson(listed)["resources"]!.ToJsonString(Plain));
    }

    [Fact]
    public void Positions_and_app_links_follow_the_brand()
    {
        var chat = Parse("""{"message_id":"om_1","chat_id":"oc_1","message_position":12.0}""");
        Assert.Equal("https://applink.feishu.cn/client/chat/open?openChatId=oc_1&position=12", ListedMessages.From(chat, [], Beijing, brand: LarkBrand.Feishu).MessageAppLink);
        Assert.Null(ListedMessages.From(chat, [], Beijing).MessageAppLink);
        Assert.Equal("12", ListedMessages.ToJson(ListedMessages.From(chat, [], Beijing)).ToJsonString().Split("\"message_position\":")[1][..2]);

        var thread = Parse("""{"message_id":"om_1","chat_id":"oc_1","thread_id":"omt_1","message_position":"4","thread_message_position":"2.5"}""");
        Assert.Equal("https://applink.larksuite.com/client/thread/open?open_chat_id=oc_1&open_thread_id=omt_1&openchatid=oc_1&openthreadid=omt_1&thread_position=2.5",
            ListedMessages.From(thread, [], Beijing, brand: LarkBrand.Lark).MessageAppLink);

        var given = Parse("""{"message_id":"om_1","chat_id":"oc_1","message_position":"4","message_app_link":" https://given "}""");
        Assert.Equal("https://given", ListedMessages.From(given, [], Beijing, brand: LarkBrand.Lark).MessageAppLink);
        Assert.Null(ListedMessages.From(Parse("""{"message_id":"om_1","chat_id":"oc_1","message_position":true}"""), [], Beijing, brand: LarkBrand.Lark).MessageAppLink);
    }

    [Fact]
    public void Reactions_from_a_batch_answer_are_passed_on_verbatim()
    {
        const string answer = """
            {"code":0,"data":{
              "success_msg_reaction_counts":[{"message_id":"om_1","reaction_count":[{"reaction_type":"THUMBSUP","count":2.0},{"count":1,"reaction_type":"OK","extra":1e21}]},{"message_id":"om_r","reaction_count":[]}],
              "success_msg_reaction_details":[{"message_id":"om_1","message_reaction_items":[{"reaction_id":"r1","operator":{"operator_type":"user","operator_id":"ou_a"},"action_time":"1710000000000","emoji_type":"THUMBSUP"}],"has_more":false}],
              "fail_msg_reaction_details":[{"message_id":"om_r","fail_reason":"no_permission"},{"fail_reason":"invalid"}]}}
            """;
        var reactions = WithRoot(answer, MessageReactions.ParseBatch).Value;
        Assert.Equal(["om_1", "om_r"], reactions.Keys.Order(StringComparer.Ordinal));
        Assert.Equal((2, 1, false), (reactions["om_1"].Counts.Count, reactions["om_1"].Details.Count, reactions["om_1"].Failed));
        Assert.Equal(new ReactionCount("THUMBSUP", 2), reactions["om_1"].Counts[0] with { Json = null });
        Assert.Equal(new ReactionDetail("r1", "THUMBSUP", "ou_a", "user", "1710000000000"), reactions["om_1"].Details[0] with { Json = null });
        Assert.True(reactions["om_r"].Failed);

        var host = ListedMessages.From(Message("text", """{"text":"x"}"""), [], Beijing) with
        {
            ThreadReplies = [ListedMessages.From(Message("text", """{"text":"r"}""", id: "om_r"), [], Beijing), ListedMessages.From(Message("text", """{"text":"q"}""", id: "om_q"), [], Beijing)],
        };
        var enriched = ListedMessages.WithReactions(host, reactions, new HashSet<string> { "om_q" });
        var json = ListedMessages.ToJson(enriched);
        Assert.Equal(
            """{"counts":[{"count":2,"reaction_type":"THUMBSUP"},{"count":1,"extra":1e+21,"reaction_type":"OK"}],"details":[{"action_time":"1710000000000","emoji_type":"THUMBSUP","operator":{"operator_id":"ou_a","operator_type":"user"},"reaction_id":"r1"}]}""",
            json["reactions"]!.ToJsonString());
        Assert.Null(json["reactions_error"]);
        var replies = json["thread_replies"]!.AsArray();
        Assert.All(replies, reply => Assert.Equal("true", reply!["reactions_error"]!.ToJsonString()));
        Assert.All(replies, reply => Assert.Null(reply!["reactions"]));
    }

    [Theory]
    [InlineData("[]", false)]
    [InlineData("""{"data":[]}""", false)]
    [InlineData("""{"code":0}""", true)]
    [InlineData("""{"data":null}""", true)]
    [InlineData("""{"data":{"success_msg_reaction_counts":{}}}""", true)]
    public void Batch_answers_of_any_shape_are_read(string json, bool ok)
    {
        var result = WithRoot(json, MessageReactions.ParseBatch);
        Assert.Equal(ok, result.IsOk);
        if (ok)
            Assert.Empty(result.Value);
    }

    [Fact]
    public void Reaction_query_ids_put_replies_after_their_host_once_each()
    {
        ListedMessage L(string id, params ListedMessage[] replies) =>
            ListedMessages.From(Message("text", "{}", id: id), [], Beijing) with { ThreadReplies = replies.Length == 0 ? null : replies };
        Assert.Equal(["om_1", "om_r1", "om_r2", "om_2", "om_3"], ListedMessages.ReactionQueryIds([L("om_1", L("om_r1"), L("om_r2")), L("om_2", L("om_1")), L("om_3"), L("om_2")]));
    }

    private static TimeZoneInfo[] Zones() =>
    [
        Beijing, TimeZoneInfo.Utc, TimeZoneInfo.CreateCustomTimeZone("-0930", TimeSpan.FromMinutes(-570), "-0930", "-0930"),
        TimeZoneInfo.FindSystemTimeZoneById("America/New_York"), TimeZoneInfo.FindSystemTimeZoneById("Europe/London"), TimeZoneInfo.FindSystemTimeZoneById("Australia/Lord_Howe"),
    ];
}
