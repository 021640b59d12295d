using Lark.Resources.Rules.Messages;
using static Lark.Resources.Properties.Messages.MessageSamples;

namespace Lark.Resources.Properties.Messages;

/// <summary>
/// Content JSON in, exact text out, for every msg_type the official CLI knows (notes §5.3), in UTC+8. Facts from the
/// official CLI v1.0.89's converter; the inputs are shaped like the emulator's demo data.
/// </summary>
public class ContentRenderingExamples
{
    public static TheoryData<string, string, string> Simple => new()
    {
        // text
        { "text", """{"text":"构建 #42 通过 Build #42 passed ✅"}""", "构建 #42 通过 Build #42 passed ✅" },
        { "text", """{"text":""}""", """{"text":""}""" },
        { "text", """{"text":5}""", """{"text":5}""" },
        { "text", """{"other":"x"}""", """{"other":"x"}""" },
        { "text", "null", "null" },
        { "text", "not json", "[Invalid text JSON]" },
        { "text", "[1]", "[Invalid text JSON]" },
        { "text", "\"a string\"", "[Invalid text JSON]" },
        { "text", """{"text":"big","n":1e400}""", "[Invalid text JSON]" },
        { "text", """{"text":"a\ud800b"}""", "a\uFFFDb" },
        { "text", """{"text":"first","text":"last"}""", "last" },
        { "text", "This message was recalled", "[Invalid text JSON]" },

        // image, file, audio, video / media, sticker, folder
        { "image", """{"image_key":"img_v3_demo_gradient"}""", "[Image: img_v3_demo_gradient]" },
        { "image", "{}", "[Image]" },
        { "image", "null", "[Image]" },
        { "image", """{"image_key":7}""", "[Image]" },
        { "image", "{", "[Invalid image JSON]" },
        { "file", """{"file_key":"file_1","file_name":"a.pdf"}""", """<file key="file_1" name="a.pdf"/>""" },
        { "file", """{"file_key":"file_v3_demo_large","file_name":"季度报告.xlsx"}""", """<file key="file_v3_demo_large" name="季度报告.xlsx"/>""" },
        { "file", """{"file_key":"file_1"}""", """<file key="file_1" name="file_1"/>""" },
        { "file", """{"file_key":"file_1","file_name":"a\"b\\c\nd\te\r"}""", """<file key="file_1" name="a\"b\\c\nd\te\r"/>""" },
        { "file", """{"file_name":"a.pdf"}""", "[File]" },
        { "file", "[]", "[Invalid file JSON]" },
        { "audio", """{"file_key":"file_1","duration":3500}""", """<audio key="file_1" duration="4s"/>""" },
        { "audio", """{"file_key":"file_1","duration":2500}""", """<audio key="file_1" duration="2s"/>""" },
        { "audio", """{"file_key":"file_1","duration":0}""", """<audio key="file_1"/>""" },
        { "audio", """{"file_key":"file_1","duration":"3500"}""", """<audio key="file_1"/>""" },
        { "audio", """{"duration":1500}""", "[Voice: 2s]" },
        { "audio", "{}", "[Voice]" },
        { "audio", "x", "[Invalid audio JSON]" },
        { "media", """{"file_key":"f","file_name":"v.mp4","duration":12345,"image_key":"img_c"}""", """<video key="f" name="v.mp4" duration="12s" cover_image_key="img_c"/>""" },
        { "video", """{"file_key":"f"}""", """<video key="f" name="f"/>""" },
        { "media", """{"image_key":"img_c"}""", "[Video]" },
        { "media", "1", "[Invalid video JSON]" },
        { "sticker", """{"file_key":"file_v3_demo_sticker"}""", "[Sticker]" },
        { "sticker", "not json", "[Sticker]" },
        { "folder", """{"file_key":"fk","file_name":"Docs"}""", """<folder key="fk" name="Docs"/>""" },
        { "folder", """{"file_key":"fk"}""", """<folder key="fk"/>""" },
        { "folder", "{}", "[Folder]" },
        { "folder", "nope", "[Invalid folder JSON]" },

        // share_chat, share_user, location, video_chat, hongbao
        { "share_chat", """{"chat_id":"oc_1"}""", "[Chat card: oc_1]" },
        { "share_chat", "{}", "[Chat card]" },
        { "share_chat", "{x}", "[Invalid chat card JSON]" },
        { "share_user", """{"user_id":"ou_1"}""", "[User card: ou_1]" },
        { "share_user", "{}", "[User card]" },
        { "share_user", "]", "[Invalid user card JSON]" },
        { "location", """{"name":"深圳湾科技生态园 Shenzhen Bay Eco-Tech Park","longitude":"113.9534","latitude":"22.5247"}""", "[Location: 深圳湾科技生态园 Shenzhen Bay Eco-Tech Park]" },
        { "location", "{}", "[Location]" },
        { "location", "?", "[Invalid location JSON]" },
        { "video_chat", """{"topic":"快速通话 Quick call","start_time":"1717300960000"}""", "[Video call]" },
        { "hongbao", """{"text":"Happy"}""", """<hongbao text="Happy"/>""" },
        { "hongbao", """{"text":"恭喜发财 Best wishes"}""", """<hongbao text="恭喜发财 Best wishes"/>""" },
        { "hongbao", """{"text":"a\"b\\c\nd\u0001\u00a0"}""", """<hongbao text="a\"b\\c\nd\x01\u00a0"/>""" },
        { "hongbao", "{}", "<hongbao/>" },
        { "hongbao", "{]", "[Invalid hongbao JSON]" },

        // system
        { "system", """{"template":"{from_user} invited {to_chatters}","from_user":["A"],"to_chatters":["B","C"]}""", "A invited B, C" },
        { "system", """{"template":"{from_user} invited {to_chatters} to this group.","from_user":["演示用户 Demo User"],"to_chatters":["李娜"],"divider_text":{}}""", "演示用户 Demo User invited 李娜 to this group." },
        { "system", """{"template":"  {operator} renamed the group {unknown} {divider_text}  ","operator":"Bob","divider_text":{"text":"— today —"}}""", "Bob renamed the group {unknown} — today —" },
        { "system", """{"template":"{from_user} joined","from_user":["", 3, "A"]}""", "A joined" },
        { "system", """{"template":"{from_user}{to_chatters}{divider_text} left"}""", "left" },
        { "system", "{}", "[System message]" },
        { "system", "<>", "[Invalid system message JSON]" },

        // todo, vote
        { "todo", """{"task_id":"t1","summary":{"title":"Do X","content":[[{"tag":"text","text":"details"}]]},"due_time":"1710000000000"}""", "<todo task_id=\"t1\">\nDo X\ndetails\nDue: 2024-03-10 00:00:00\n</todo>" },
        { "todo", """{"summary":{"title":"a<b & c>d","content":[[],[{"tag":"text","text":"x"}],[{"tag":"a","href":"h"}]]},"due_time":"1710000000"}""", "<todo>\na&lt;b &amp; c&gt;d\nx\nh\nDue: 2024-03-10 00:00:00\n</todo>" },
        { "todo", """{"due_time":"soon"}""", "<todo>\ntodo\n</todo>" },
        { "todo", "{}", "<todo>\ntodo\n</todo>" },
        { "todo", "{{", "[Invalid todo JSON]" },
        { "vote", """{"topic":"Lunch?","options":["A","B"],"status":1}""", "<vote>\nLunch?\n• A\n• B\n(Closed)\n</vote>" },
        { "vote", """{"topic":"午饭吃什么？ Lunch?","options":["面条 Noodles","",3,"沙拉 Salad"],"status":0}""", "<vote>\n午饭吃什么？ Lunch?\n• 面条 Noodles\n• 沙拉 Salad\n</vote>" },
        { "vote", "{}", "<vote>\nvote\n</vote>" },
        { "vote", "-", "[Invalid vote JSON]" },

        // calendars
        { "share_calendar_event", """{"summary":"Sync","start_time":"1710000000000","end_time":"1710003600000","open_calendar_id":"c","open_event_id":"e"}""", "<calendar_share open_calendar_id=\"c\" open_event_id=\"e\">\nSync\n2024-03-10 00:00:00 ~ 2024-03-10 01:00:00\n</calendar_share>" },
        { "calendar", """{"summary":"设计评审 Design review","start_time":"1717466400000","end_time":"1717470000000"}""", "<calendar_invite>\n设计评审 Design review\n2024-06-04 10:00:00 ~ 2024-06-04 11:00:00\n</calendar_invite>" },
        { "general_calendar", """{"summary":"S","start_time":"1710000000"}""", "<calendar>\nS\n2024-03-10 00:00:00\n</calendar>" },
        { "general_calendar", """{"end_time":"1710000000"}""", "<calendar>\ncalendar\n</calendar>" },
        { "calendar", """{"summary":"R&D <sync>","start_time":"x1"}""", "<calendar_invite>\nR&amp;D &lt;sync&gt;\n</calendar_invite>" },
        { "share_calendar_event", "{}", "<calendar_share>\ncalendar_share\n</calendar_share>" },
        { "share_calendar_event", "nah", "[Invalid calendar JSON]" },

        // unknown types
        { "red_packet_v9", """{"x":1}""", "[red_packet_v9]" },
        { "", """{"text":"x"}""", "[]" },
    };

    [Theory]
    [MemberData(nameof(Simple))]
    public void Renders_as_the_official_cli(string type, string content, string expected) =>
        Assert.Equal(expected, Render(type, content));

    [Theory]
    [InlineData("text")]
    [InlineData("post")]
    [InlineData("interactive")]
    [InlineData("merge_forward")]
    [InlineData("sticker")]
    [InlineData("unknown_type")]
    public void Empty_content_is_empty_whatever_the_type(string type)
    {
        Assert.Equal("", Render(type, ""));
        Assert.Equal("", Render(type, null));
    }

    [Fact]
    public void Mentions_in_text_become_names()
    {
        MessageMention[] mentions = [Mention("@_user_1", "Alice 王芳"), Mention("@_user_2", "Bob Smith")];
        Assert.Equal("@Alice 王芳 @Bob Smith 周报已更新，请查看 The weekly report is up",
            Render("text", """{"text":"@_user_1 @_user_2 周报已更新，请查看 The weekly report is up"}""", mentions));
    }

    [Fact]
    public void A_longer_key_is_never_read_as_a_shorter_one()
    {
        MessageMention[] mentions = [Mention("@_user_1", "A"), Mention("@_user_10", "B")];
        Assert.Equal("@B and @A", Render("text", """{"text":"@_user_10 and @_user_1"}""", mentions));
    }

    [Fact]
    public void Mentions_without_a_name_or_key_are_left_alone_and_the_last_of_a_key_wins()
    {
        MessageMention[] mentions = [new("@_user_1", "ou_a", null, null), new("", "ou_b", null, "Nobody"), Mention("@_user_2", "First"), Mention("@_user_2", "Second")];
        Assert.Equal("@_user_1 @Second", Render("text", """{"text":"@_user_1 @_user_2"}""", mentions));
    }

    [Fact]
    public void Other_types_are_not_mention_resolved()
    {
        MessageMention[] mentions = [Mention("@_user_1", "Alice")];
        Assert.Equal("[Location: @_user_1]", Render("location", """{"name":"@_user_1"}""", mentions));
    }
}
