using System.Text.Json.Nodes;
using Lark.Emulator.Fixtures;
using static Lark.Resources.Integration.Cli.Listing.ListingHarness;

namespace Lark.Resources.Integration.Cli.Listing;

/// <summary>The demo chat listed once (oldest first, to the end), shared by the tests of how each message reads.</summary>
public sealed class DemoChatListing : IAsyncLifetime
{
    public const string UnknownTypeMessageId = "om_demo_unknown_type";

    public ListingHarness Harness { get; private set; } = null!;

    public Support.CliRun Run { get; private set; } = null!;

    public JsonObject this[string messageId] => Message(Run, messageId);

    public async Task InitializeAsync()
    {
        // One message of a type no renderer knows, to see it named rather than dropped.
        Harness = await ListingHarness.StartAsync(f => f.Messages.Add(new FixtureMessage
        {
            MessageId = UnknownTypeMessageId, ChatId = DemoData.ChatId, MsgType = "hologram", SenderId = DemoData.BobOpenId,
            Content = new JsonObject { ["beam"] = "up" }, CreateTime = DemoData.ConversationStart + 3_600_000,
        }));
        Run = await Harness.RunAsync("im", "+chat-messages-list", "--chat-id", DemoData.ChatId, "--order", "asc", "--page-all", "--page-size", "50");
    }

    public async Task DisposeAsync() => await Harness.DisposeAsync();
}

/// <summary>Every msg_type of the demo chat, rendered as the official CLI renders it (notes §5).</summary>
public sealed class RenderingTests(DemoChatListing listing) : IClassFixture<DemoChatListing>
{
    public static TheoryData<string, string, string> Contents => new()
    {
        { DemoData.TextMessageId, "text", "Hello from the Lark emulator" },
        { DemoData.MentionMessageId, "text", "@Alice 王芳 @Bob Smith 周报已更新，请查看 The weekly report is up" },
        {
            DemoData.PostMessageId, "post",
            "周报 Weekly\nSee the picture and the clip:\n![Image](img_v3_demo_post)[Media: file_v3_demo_post_media]\n"
            + "本周**完成了导出 export is done***, review pending*\n"
            + "[设计文档 Design doc](https://example.com/design) cc <at user_id=\"ou_demoalice000002\">Alice 王芳</at>\n"
            + "\n```SHELL\nlark-cli im +messages-resources-download --message-id om_demo_post_0001\n\n```"
        },
        { DemoData.ImageMessageId, "image", "[Image: img_v3_demo_gradient]" },
        { DemoData.SmallFileMessageId, "file", "<file key=\"file_v3_demo_small\" name=\"release-notes.pdf\"/>" },
        { DemoData.LargeFileMessageId, "file", "<file key=\"file_v3_demo_large\" name=\"季度报告.xlsx\"/>" },
        { DemoData.AudioMessageId, "audio", "<audio key=\"file_v3_demo_audio\" duration=\"2s\"/>" },
        { DemoData.MediaMessageId, "media", "<video key=\"file_v3_demo_video\" name=\"demo.mp4\" duration=\"5s\" cover_image_key=\"img_v3_demo_cover\"/>" },
        { DemoData.StickerMessageId, "sticker", "[Sticker]" },
        { DemoData.FolderMessageId, "folder", "<folder key=\"file_v3_demo_folder\" name=\"资料\"/>" },
        { DemoData.CardMessageId, "interactive", "<card title=\"部署通知 Deploy notice\">\n**v1.4.0** 已发布到生产 is live in production\n🖼️ release chart\n</card>" },
        { DemoData.ShareChatMessageId, "share_chat", "[Chat card: oc_demotopic000005]" },
        { DemoData.ShareUserMessageId, "share_user", "[User card: ou_democarol00004]" },
        { DemoData.LocationMessageId, "location", "[Location: 深圳湾科技生态园 Shenzhen Bay Eco-Tech Park]" },
        { DemoData.SystemMessageId, "system", "演示用户 Demo User invited Carol 李娜 to this group." },
        { DemoData.TodoMessageId, "todo", "<todo task_id=\"6c1f0a6e-7d7b-4bd4-8b55-demo00000001\">\n准备演示 Prepare the demo\n幻灯片和脚本 slides and script\nDue: 2024-06-03 00:00:00\n</todo>" },
        { DemoData.VoteMessageId, "vote", "<vote>\n午饭吃什么？ Lunch?\n• 面条 Noodles\n• 寿司 Sushi\n• 沙拉 Salad\n</vote>" },
        {
            DemoData.CalendarEventMessageId, "share_calendar_event",
            "<calendar_share open_calendar_id=\"feishu.cn_demo0000000001@group.calendar.feishu.cn\" open_event_id=\"demo0001-weekly-sync_0\">\n周会 Weekly sync\n2024-06-03 02:00:00 ~ 2024-06-03 03:00:00\n</calendar_share>"
        },
        { DemoData.CalendarMessageId, "calendar", "<calendar_invite>\n设计评审 Design review\n2024-06-04 02:00:00 ~ 2024-06-04 03:00:00\n</calendar_invite>" },
        { DemoData.VideoChatMessageId, "video_chat", "[Video call]" },
        { DemoData.HongbaoMessageId, "hongbao", "<hongbao text=\"恭喜发财 Best wishes\"/>" },
        // A recalled message's body is Lark's bare notice, not JSON: the type's placeholder, never a crash.
        { DemoData.DeletedMessageId, "file", "[Invalid file JSON]" },
        { DemoChatListing.UnknownTypeMessageId, "hologram", "[hologram]" },
    };

    [Theory]
    [MemberData(nameof(Contents))]
    public void Each_msg_type_reads_as_the_official_cli_renders_it(string messageId, string msgType, string content)
    {
        listing.Run.Exits(0);
        var message = listing[messageId];
        Assert.Equal(msgType, (string)message["msg_type"]!);
        Assert.Equal(content, (string)message["content"]!);
    }

    [Fact]
    public void A_merge_forward_reads_as_its_children_with_their_times_and_senders()
    {
        var content = (string)listing[DemoData.MergeForwardMessageId]["content"]!;

        Assert.Matches(
            "^<forwarded_messages>\n"
            + @"\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\] 演示用户 Demo User:\n    \[Image: img_v3_demo_merged\]\n"
            + @"\[\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ\] 演示用户 Demo User:\n    <file key=""file_v3_demo_merged"" name=""合并文件.txt""/>\n"
            + "</forwarded_messages>$",
            content);
        // The children were read once, through the container (GET /messages/{id}), with card content raw.
        var read = Assert.Single(listing.Harness.ApiRequests(), r => r.Path == $"{ListPath}/{DemoData.MergeForwardMessageId}");
        Assert.Equal("raw_card_content", Param(read, "card_msg_content_type"));
    }

    [Fact]
    public void Every_msg_type_of_the_demo_chat_is_listed()
    {
        var types = Messages(listing.Run).Select(m => (string)m!["msg_type"]!).ToHashSet();

        Assert.Superset(
            new HashSet<string>
            {
                "text", "post", "image", "file", "audio", "media", "sticker", "folder", "interactive", "merge_forward", "share_chat",
                "share_user", "location", "system", "todo", "vote", "share_calendar_event", "calendar", "video_chat", "hongbao",
            },
            types);
    }

    [Fact]
    public void A_message_has_the_official_fields_with_its_sender_named_and_its_time_in_local_minutes()
    {
        var message = listing[DemoData.MentionMessageId];

        Assert.Equal(
            ["chat_id", "content", "create_time", "deleted", "mentions", "message_id", "msg_type", "reactions", "sender", "updated"],
            message.Select(p => p.Key));
        Assert.Equal("2024-06-02 03:46", (string)message["create_time"]!);
        Assert.False((bool)message["deleted"]!);
        Assert.False((bool)message["updated"]!);
        Assert.Equal(DemoData.ChatId, (string)message["chat_id"]!);
        var sender = message["sender"]!.AsObject();
        Assert.Equal(DemoData.CarolName, (string)sender["name"]!);
        Assert.Equal(DemoData.CarolOpenId, (string)sender["id"]!);
        Assert.Equal("user", (string)sender["sender_type"]!);
        Assert.Null(sender["sender_name"]);
        var mentions = message["mentions"]!.AsArray();
        Assert.Equal("""[{"id":"ou_demoalice000002","key":"@_user_1","name":"Alice 王芳"},{"id":"ou_demobob0000003","key":"@_user_2","name":"Bob Smith"}]""",
            mentions.ToJsonString(new System.Text.Json.JsonSerializerOptions { Encoder = System.Text.Encodings.Web.JavaScriptEncoder.UnsafeRelaxedJsonEscaping }));
    }

    [Fact]
    public void A_bot_s_message_is_named_after_the_app()
    {
        var sender = listing[DemoData.BotTextMessageId]["sender"]!;

        Assert.Equal(DemoData.BotName, (string)sender["name"]!);
        Assert.Equal("app", (string)sender["sender_type"]!);
    }

    [Fact]
    public void An_edited_message_has_its_update_time_and_others_have_none()
    {
        var edited = listing[DemoData.EditedMessageId];

        Assert.True((bool)edited["updated"]!);
        Assert.Equal("2024-06-02 03:57", (string)edited["update_time"]!);
        Assert.Null(listing[DemoData.TextMessageId]["update_time"]);
    }

    [Fact]
    public void A_quoted_reply_outside_a_thread_says_what_it_replies_to()
    {
        var reply = listing[DemoData.QuoteReplyMessageId];

        Assert.Equal(DemoData.MentionMessageId, (string)reply["reply_to"]!);
        Assert.Null(reply["thread_id"]);
    }

    [Fact]
    public void A_recalled_message_is_listed_as_deleted()
    {
        Assert.True((bool)listing[DemoData.DeletedMessageId]["deleted"]!);
    }
}
