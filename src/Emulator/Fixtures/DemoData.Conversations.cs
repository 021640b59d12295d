using System.Text.Json.Nodes;

namespace Lark.Emulator.Fixtures;

/// <summary>
/// The conversation part of the demo data: more users and a bot with names, a topic group, direct chats, and a
/// message of every type with the content Lark sends, threads, a quoted reply, an edited and recalled messages,
/// mentions and reactions. The download demo's messages stay as they were, at the start of the main chat.
/// </summary>
public static partial class DemoData
{
    /// <summary>The demo app's bot name (<c>sender_name</c> of its messages).</summary>
    public const string BotName = "Demo Bot 演示机器人";
    /// <summary>The demo bot's own open id (mentions, direct chat lookup).</summary>
    public const string BotOpenId = "ou_demobot0000005";

    /// <summary>A second user, in every chat but the direct one with the bot.</summary>
    public const string AliceOpenId = "ou_demoalice000002";
    /// <summary>Alice's name.</summary>
    public const string AliceName = "Alice 王芳";
    /// <summary>A third user.</summary>
    public const string BobOpenId = "ou_demobob0000003";
    /// <summary>Bob's name.</summary>
    public const string BobName = "Bob Smith";
    /// <summary>A fourth user.</summary>
    public const string CarolOpenId = "ou_democarol00004";
    /// <summary>Carol's name.</summary>
    public const string CarolName = "Carol 李娜";

    /// <summary>The main chat's name.</summary>
    public const string ChatName = "Demo chat 演示群";
    /// <summary>The main chat's description.</summary>
    public const string ChatDescription = "演示用的群 Where the demo happens";
    /// <summary>A topic group (<c>chat_mode</c> <c>topic</c>): its listing shows thread replies unless asked for roots only.</summary>
    public const string TopicChatId = "oc_demotopic000005";
    /// <summary>The topic group's name.</summary>
    public const string TopicChatName = "Demo topics 话题群";
    /// <summary>The direct chat between the demo user and the bot.</summary>
    public const string BotP2pChatId = "oc_demop2pbot00006";
    /// <summary>The direct chat between the demo user and Alice.</summary>
    public const string AliceP2pChatId = "oc_demop2palice007";
    /// <summary>A group of Alice and Bob with the bot: the demo user is not in it (230027, 232011, 230073).</summary>
    public const string BotOnlyChatId = "oc_demobotonly0008";

    /// <summary>First conversation message's time (Unix ms, 2024-06-02 03:46:40 UTC); they follow one a minute.</summary>
    public const long ConversationStart = 1_717_300_000_000;

    /// <summary>Text by Carol mentioning Alice (<c>@_user_1</c>) and Bob (<c>@_user_2</c>); four reactions.</summary>
    public const string MentionMessageId = "om_demo_text_mention";
    /// <summary>Alice's reply quoting <see cref="MentionMessageId"/> outside any thread (<c>parent_id</c>, <c>root_id</c>).</summary>
    public const string QuoteReplyMessageId = "om_demo_text_quote";
    /// <summary>The main chat's thread.</summary>
    public const string ThreadId = "omt_demo_thread_01";
    /// <summary>Its root, by Bob; one reaction.</summary>
    public const string ThreadRootMessageId = "om_demo_thread_root";
    /// <summary>First reply, by Alice.</summary>
    public const string ThreadReply1MessageId = "om_demo_thread_reply_1";
    /// <summary>Second reply, an image by the demo user answering the first.</summary>
    public const string ThreadReply2MessageId = "om_demo_thread_reply_2";
    /// <summary>The second reply's image key (PNG).</summary>
    public const string ThreadImageKey = "img_v3_demo_thread";
    /// <summary>Third reply, by Carol, recalled.</summary>
    public const string ThreadReply3MessageId = "om_demo_thread_reply_3";
    /// <summary>A text edited five minutes after it was sent (<c>updated:true</c>).</summary>
    public const string EditedMessageId = "om_demo_text_edited";
    /// <summary>A text sent by the bot (<c>sender_type</c> <c>app</c>); two reactions.</summary>
    public const string BotTextMessageId = "om_demo_text_bot";
    /// <summary>share_chat, naming the topic group.</summary>
    public const string ShareChatMessageId = "om_demo_share_chat";
    /// <summary>share_user, naming Carol.</summary>
    public const string ShareUserMessageId = "om_demo_share_user";
    /// <summary>location.</summary>
    public const string LocationMessageId = "om_demo_location";
    /// <summary>system (someone invited someone).</summary>
    public const string SystemMessageId = "om_demo_system";
    /// <summary>todo.</summary>
    public const string TodoMessageId = "om_demo_todo";
    /// <summary>vote.</summary>
    public const string VoteMessageId = "om_demo_vote";
    /// <summary>share_calendar_event.</summary>
    public const string CalendarEventMessageId = "om_demo_calendar_event";
    /// <summary>calendar (an invitation), sent by the bot.</summary>
    public const string CalendarMessageId = "om_demo_calendar";
    /// <summary>video_chat.</summary>
    public const string VideoChatMessageId = "om_demo_video_chat";
    /// <summary>hongbao (a red packet); one reaction, an hour after the first conversation message.</summary>
    public const string HongbaoMessageId = "om_demo_hongbao";

    /// <summary>The topic group's first thread.</summary>
    public const string TopicThread1Id = "omt_demo_topic_01";
    /// <summary>Its root, by Bob.</summary>
    public const string TopicRoot1MessageId = "om_demo_topic_root_1";
    /// <summary>Its first reply, by Alice.</summary>
    public const string TopicReply1aMessageId = "om_demo_topic_reply_1a";
    /// <summary>Its second reply, by Carol.</summary>
    public const string TopicReply1bMessageId = "om_demo_topic_reply_1b";
    /// <summary>The topic group's second thread.</summary>
    public const string TopicThread2Id = "omt_demo_topic_02";
    /// <summary>Its root, by Carol.</summary>
    public const string TopicRoot2MessageId = "om_demo_topic_root_2";
    /// <summary>Its reply, by the demo user.</summary>
    public const string TopicReply2aMessageId = "om_demo_topic_reply_2a";

    /// <summary>The bot's greeting in its direct chat with the demo user.</summary>
    public const string BotP2pGreetingMessageId = "om_demo_p2p_bot_1";
    /// <summary>The demo user's answer.</summary>
    public const string BotP2pAskMessageId = "om_demo_p2p_bot_2";
    /// <summary>The bot's file in the direct chat.</summary>
    public const string BotP2pFileMessageId = "om_demo_p2p_bot_3";
    /// <summary>Its key.</summary>
    public const string BotP2pFileKey = "file_v3_demo_p2p_report";
    /// <summary>Its name.</summary>
    public const string BotP2pFileName = "周报-第23周.pdf";
    /// <summary>Its size.</summary>
    public const long BotP2pFileSize = 40_000;
    /// <summary>Its seed.</summary>
    public const long BotP2pFileSeed = 23;
    /// <summary>Alice's message in her direct chat with the demo user.</summary>
    public const string AliceP2pMessageId = "om_demo_p2p_alice_1";
    /// <summary>The demo user's quoted answer.</summary>
    public const string AliceP2pReplyMessageId = "om_demo_p2p_alice_2";

    /// <summary>A thread in the chat the demo user is not in: their token gets 230073 for it.</summary>
    public const string PrivateThreadId = "omt_demo_private_01";
    /// <summary>Its root, by Alice.</summary>
    public const string PrivateRootMessageId = "om_demo_private_root";
    /// <summary>Its reply, by Bob.</summary>
    public const string PrivateReplyMessageId = "om_demo_private_reply";

    /// <summary>The demo users besides <see cref="UserOpenId"/>.</summary>
    private static IEnumerable<FixtureUser> OtherUsers() =>
    [
        new FixtureUser { OpenId = AliceOpenId, Name = AliceName },
        new FixtureUser { OpenId = BobOpenId, Name = BobName },
        new FixtureUser { OpenId = CarolOpenId, Name = CarolName },
    ];

    private static IEnumerable<FixtureChat> ConversationChats() =>
    [
        new FixtureChat { ChatId = TopicChatId, Name = TopicChatName, Description = "一个话题一个帖 One thread per topic", ChatMode = ChatMode.Topic, OwnerId = BobOpenId },
        new FixtureChat { ChatId = BotP2pChatId, ChatMode = ChatMode.P2p, Members = [UserOpenId] },
        new FixtureChat { ChatId = AliceP2pChatId, ChatMode = ChatMode.P2p, Members = [UserOpenId, AliceOpenId], BotIsMember = false },
        new FixtureChat { ChatId = BotOnlyChatId, Name = "Alice & Bob", Members = [AliceOpenId, BobOpenId], OwnerId = AliceOpenId },
    ];

    private static IEnumerable<FixtureResource> ConversationResources(string gradient) =>
    [
        Image(ThreadReply2MessageId, ThreadImageKey, gradient),
        File(BotP2pFileMessageId, BotP2pFileKey, BotP2pFileSeed, BotP2pFileSize, BotP2pFileName, "application/pdf"),
    ];

    private static IEnumerable<FixtureMessage> ConversationMessages()
    {
        var minute = 0;
        FixtureMessage Say(
            string id, string sender, string type, JsonObject content, string chat = ChatId, string? thread = null, string? root = null,
            string? parent = null, bool deleted = false, long? editedAfter = null, IList<FixtureMention>? mentions = null,
            IList<FixtureReaction>? reactions = null)
        {
            var created = ConversationStart + (minute++ * 60_000L);
            return new FixtureMessage
            {
                MessageId = id, ChatId = chat, SenderId = sender, MsgType = type, Content = content, CreateTime = created,
                UpdateTime = created + editedAfter, ThreadId = thread, RootId = root, ParentId = parent, Deleted = deleted,
                Mentions = mentions, Reactions = reactions,
            };
        }

        static JsonObject Text(string text) => new() { ["text"] = text };

        return
        [
            Say(MentionMessageId, CarolOpenId, "text", Text("@_user_1 @_user_2 周报已更新，请查看 The weekly report is up"),
                mentions:
                [
                    new FixtureMention { Key = "@_user_1", Id = AliceOpenId, Name = AliceName },
                    new FixtureMention { Key = "@_user_2", Id = BobOpenId, Name = BobName },
                ],
                reactions:
                [
                    new FixtureReaction { EmojiType = "THUMBSUP", OperatorId = AliceOpenId },
                    new FixtureReaction { EmojiType = "THUMBSUP", OperatorId = BobOpenId },
                    new FixtureReaction { EmojiType = "SMILE", OperatorId = UserOpenId },
                    new FixtureReaction { EmojiType = "OK", OperatorId = AppId, OperatorType = OperatorType.App },
                ]),
            Say(QuoteReplyMessageId, AliceOpenId, "text", Text("收到，马上看 Got it, reading now"), root: MentionMessageId, parent: MentionMessageId),
            Say(ThreadRootMessageId, BobOpenId, "text", Text("1.4 版本还有阻塞问题吗？ Any blockers for 1.4?"), thread: ThreadId,
                reactions: [new FixtureReaction { EmojiType = "OK", OperatorId = UserOpenId }]),
            Say(ThreadReply1MessageId, AliceOpenId, "text", Text("只剩导出的问题 Only the export bug"),
                thread: ThreadId, root: ThreadRootMessageId, parent: ThreadRootMessageId),
            Say(ThreadReply2MessageId, UserOpenId, "image", new JsonObject { ["image_key"] = ThreadImageKey },
                thread: ThreadId, root: ThreadRootMessageId, parent: ThreadReply1MessageId),
            Say(ThreadReply3MessageId, CarolOpenId, "text", Text("我来修 I'll fix it"),
                thread: ThreadId, root: ThreadRootMessageId, parent: ThreadReply1MessageId, deleted: true),
            Say(EditedMessageId, UserOpenId, "text", Text("周会改到下午三点 Weekly sync moved to 3 pm"), editedAfter: 300_000),
            Say(BotTextMessageId, AppId, "text", Text("构建 #42 通过 Build #42 passed ✅"),
                reactions: [new FixtureReaction { EmojiType = "APPLAUSE", OperatorId = AliceOpenId }, new FixtureReaction { EmojiType = "FIRE", OperatorId = CarolOpenId }]),
            Say(ShareChatMessageId, AliceOpenId, "share_chat", new JsonObject { ["chat_id"] = TopicChatId }),
            Say(ShareUserMessageId, BobOpenId, "share_user", new JsonObject { ["user_id"] = CarolOpenId }),
            Say(LocationMessageId, CarolOpenId, "location",
                new JsonObject { ["name"] = "深圳湾科技生态园 Shenzhen Bay Eco-Tech Park", ["longitude"] = "113.9534", ["latitude"] = "22.5247" }),
            Say(SystemMessageId, UserOpenId, "system", new JsonObject
            {
                ["template"] = "{from_user} invited {to_chatters} to this group.",
                ["from_user"] = new JsonArray(UserName),
                ["to_chatters"] = new JsonArray(CarolName),
                ["divider_text"] = new JsonObject(),
            }),
            Say(TodoMessageId, AliceOpenId, "todo", new JsonObject
            {
                ["task_id"] = "6c1f0a6e-7d7b-4bd4-8b55-demo00000001",
                ["summary"] = new JsonObject
                {
                    ["title"] = "准备演示 Prepare the demo",
                    ["content"] = new JsonArray(new JsonArray(new JsonObject { ["tag"] = "text", ["text"] = "幻灯片和脚本 slides and script" })),
                },
                ["due_time"] = "1717372800000",
            }),
            Say(VoteMessageId, BobOpenId, "vote", new JsonObject
            {
                ["topic"] = "午饭吃什么？ Lunch?",
                ["options"] = new JsonArray("面条 Noodles", "寿司 Sushi", "沙拉 Salad"),
                ["status"] = 0,
            }),
            Say(CalendarEventMessageId, UserOpenId, "share_calendar_event", new JsonObject
            {
                ["summary"] = "周会 Weekly sync",
                ["start_time"] = "1717380000000",
                ["end_time"] = "1717383600000",
                ["open_calendar_id"] = "feishu.cn_demo0000000001@group.calendar.feishu.cn",
                ["open_event_id"] = "demo0001-weekly-sync_0",
            }),
            Say(CalendarMessageId, AppId, "calendar", new JsonObject
            {
                ["summary"] = "设计评审 Design review",
                ["start_time"] = "1717466400000",
                ["end_time"] = "1717470000000",
            }),
            Say(VideoChatMessageId, AliceOpenId, "video_chat", new JsonObject { ["topic"] = "快速通话 Quick call", ["start_time"] = "1717300960000" }),
            Say(HongbaoMessageId, CarolOpenId, "hongbao", new JsonObject { ["text"] = "恭喜发财 Best wishes" },
                reactions: [new FixtureReaction { EmojiType = "HEART", OperatorId = BobOpenId, ActionTime = ConversationStart + 3_600_000 }]),

            Say(TopicRoot1MessageId, BobOpenId, "text", Text("话题：发布计划 Topic: release plan"), TopicChatId, TopicThread1Id),
            Say(TopicReply1aMessageId, AliceOpenId, "text", Text("下周二可以 Next Tuesday works"), TopicChatId, TopicThread1Id,
                root: TopicRoot1MessageId, parent: TopicRoot1MessageId),
            Say(TopicReply1bMessageId, CarolOpenId, "text", Text("同意 Agreed"), TopicChatId, TopicThread1Id,
                root: TopicRoot1MessageId, parent: TopicReply1aMessageId),
            Say(TopicRoot2MessageId, CarolOpenId, "text", Text("话题：团建 Topic: team outing"), TopicChatId, TopicThread2Id),
            Say(TopicReply2aMessageId, UserOpenId, "text", Text("去爬山！ Hiking!"), TopicChatId, TopicThread2Id,
                root: TopicRoot2MessageId, parent: TopicRoot2MessageId),

            Say(BotP2pGreetingMessageId, AppId, "text", Text("你好！我是演示机器人 Hi! I am the demo bot."), BotP2pChatId),
            Say(BotP2pAskMessageId, UserOpenId, "text", Text("请把周报发给我 Send me the weekly report"), BotP2pChatId),
            Say(BotP2pFileMessageId, AppId, "file", new JsonObject { ["file_key"] = BotP2pFileKey, ["file_name"] = BotP2pFileName }, BotP2pChatId),
            Say(AliceP2pMessageId, AliceOpenId, "text", Text("周末愉快 Have a nice weekend"), AliceP2pChatId),
            Say(AliceP2pReplyMessageId, UserOpenId, "text", Text("你也是 You too"), AliceP2pChatId, root: AliceP2pMessageId, parent: AliceP2pMessageId),

            Say(PrivateRootMessageId, AliceOpenId, "text", Text("惊喜派对筹备 Surprise party planning 🎉"), BotOnlyChatId, PrivateThreadId),
            Say(PrivateReplyMessageId, BobOpenId, "text", Text("我带蛋糕 I'll bring the cake"), BotOnlyChatId, PrivateThreadId,
                root: PrivateRootMessageId, parent: PrivateRootMessageId),
        ];
    }

    /// <summary>The post's lines besides its media: bold and italic text, a link, an @-mention, a code block.</summary>
    private static IEnumerable<JsonNode> RichPostLines() =>
    [
        new JsonArray(
            new JsonObject { ["tag"] = "text", ["text"] = "本周", ["style"] = new JsonArray() },
            new JsonObject { ["tag"] = "text", ["text"] = "完成了导出 export is done", ["style"] = new JsonArray("bold") },
            new JsonObject { ["tag"] = "text", ["text"] = ", review pending", ["style"] = new JsonArray("italic") }),
        new JsonArray(
            new JsonObject { ["tag"] = "a", ["text"] = "设计文档 Design doc", ["href"] = "https://example.com/design" },
            new JsonObject { ["tag"] = "text", ["text"] = " cc " },
            new JsonObject { ["tag"] = "at", ["user_id"] = AliceOpenId, ["user_name"] = AliceName }),
        new JsonArray(
            new JsonObject { ["tag"] = "code_block", ["language"] = "SHELL", ["text"] = "lark-cli im +messages-resources-download --message-id om_demo_post_0001\n" }),
    ];

    /// <summary>The card message, sent by the bot: a header title and text, and an image.</summary>
    private static FixtureMessage DeployCard() =>
        new FixtureMessage
        {
            MessageId = CardMessageId, ChatId = ChatId, MsgType = "interactive", SenderId = AppId,
            // What Lark answers by default: the card degraded to a title and rows of elements.
            Content = new JsonObject
            {
                ["title"] = "部署通知 Deploy notice",
                ["elements"] = new JsonArray(
                    new JsonArray(new JsonObject { ["tag"] = "text", ["text"] = "v1.4.0 已发布到生产 is live in production" }),
                    new JsonArray(new JsonObject { ["tag"] = "img", ["image_key"] = CardImageKey })),
            },
            // The card as sent (JSON 2.0), for card_msg_content_type.
            Card = new JsonObject
            {
                ["schema"] = "2.0",
                ["header"] = new JsonObject
                {
                    ["title"] = new JsonObject { ["tag"] = "plain_text", ["content"] = "部署通知 Deploy notice" },
                    ["template"] = "green",
                },
                ["body"] = new JsonObject
                {
                    ["elements"] = new JsonArray(
                        new JsonObject { ["tag"] = "markdown", ["content"] = "**v1.4.0** 已发布到生产 is live in production" },
                        new JsonObject { ["tag"] = "img", ["img_key"] = CardImageKey, ["alt"] = new JsonObject { ["tag"] = "plain_text", ["content"] = "release chart" } }),
                },
            },
        };
}
