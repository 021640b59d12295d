using Lark.Resources.Rules.Messages;
using static Lark.Resources.Properties.Messages.MessageSamples;

namespace Lark.Resources.Properties.Messages;

/// <summary>Interactive cards in the official CLI's concise form (notes §5.5): raw_card_content and legacy cards, element by element.</summary>
public class CardRenderingExamples
{
    private const string Attachment = """
        {"persons":{"ou_person":{"content":"Alice"}},"at_users":{"ou_at":{"content":"Bob","user_id":"u_bob"},"ou_keyed":{"content":"Old","user_id":"u_old","mention_key":"@_user_1"}},
         "images":{"img_1":{"token":"img_tok_1","origin_key":"img_v3_test_key1"},"img_2":{"token":"img_tok_2"}},"option_users":{"opt_alice":{"content":"Alice"}}}
        """;

    /// <summary>A raw_card_content message of a card whose body holds <paramref name="elements"/>.</summary>
    private static string Card(string elements, bool attachmentAsString = true) =>
        "{\"json_card\":" + HostileJson.JsonEscape("{\"schema\":2,\"body\":{\"elements\":[" + elements + "]}}") +
        ",\"json_attachment\":" + (attachmentAsString ? HostileJson.JsonEscape(Attachment) : Attachment) + ",\"card_schema\":2}";

    /// <summary>The card's body as rendered, without the &lt;card&gt; wrapper.</summary>
    private static string Body(string elements, IReadOnlyList<MessageMention>? mentions = null)
    {
        var text = Render("interactive", Card(elements), mentions);
        if (text == "<card>\n</card>")
            return "";
        Assert.StartsWith("<card>\n", text, StringComparison.Ordinal);
        Assert.EndsWith("\n</card>", text, StringComparison.Ordinal);
        return text["<card>\n".Length..^"\n</card>".Length];
    }

    [Fact]
    public void The_notes_example()
    {
        const string raw = """{"json_card":"{\"schema\":1,\"header\":{\"title\":{\"content\":\"Card Title\"}},\"body\":{\"elements\":[{\"tag\":\"text\",\"property\":{\"content\":\"hello\"}},{\"tag\":\"button\",\"property\":{\"text\":{\"content\":\"Open\"},\"actions\":[{\"type\":\"open_url\",\"action\":{\"url\":\"https://example.com\"}}]}}]}}","json_attachment":"{\"persons\":{\"ou_1\":{\"content\":\"Alice\"}}}"}""";
        Assert.Equal("<card title=\"Card Title\">\nhello\n[Open](https://example.com)\n</card>", Render("interactive", raw));
    }

    [Fact]
    public void The_demo_deploy_card()
    {
        const string card = """{"schema":"2.0","header":{"title":{"tag":"plain_text","content":"部署通知 Deploy notice"},"template":"green"},"body":{"elements":[{"tag":"markdown","content":"**v1.4.0** 已发布到生产 is live in production"},{"tag":"img","img_key":"img_v3_demo_card","alt":{"tag":"plain_text","content":"release chart"}}]}}""";
        Assert.Equal("<card title=\"部署通知 Deploy notice\">\n**v1.4.0** 已发布到生产 is live in production\n🖼️ release chart\n</card>",
            Render("interactive", "{\"json_card\":" + HostileJson.JsonEscape(card) + ",\"card_schema\":2}"));
    }

    public static TheoryData<string, string> Wrappers => new()
    {
        { """{"header":{"title":{"content":"Legacy Card"}},"elements":[{"tag":"div","text":{"content":"legacy body"}}]}""", "**Legacy Card**\nlegacy body" },
        { """{"body":{"elements":[{"tag":"markdown","content":""},{"tag":"lark_md","content":"md"},{"tag":"column_set","columns":[{"elements":[{"tag":"plain_text","text":{"content":"in column"}}]}]},{"tag":"x","elements":[{"tag":"div","content":"nested"}]}]}}""", "\nmd\nin column\nnested" },
        { """{"title":"部署通知 Deploy notice","elements":[[{"tag":"text","text":"v1.4.0"}]]}""", "[interactive card]" },
        { "{}", "[interactive card]" },
        { "null", "[interactive card]" },
        { "not json", "[interactive card]" },
        { """{"json_card":"{bad"}""", "<card>\n[Unable to parse card content]\n</card>" },
        { """{"json_card":"[1]"}""", "<card>\n[Unable to parse card content]\n</card>" },
        { """{"json_card":"{}"}""", "<card>\n</card>" },
        { """{"json_card":"null"}""", "<card>\n</card>" },
        { """{"json_card":"{\"header\":{\"property\":{\"title\":{\"content\":\"T\\\"q\"},\"subtitle\":{\"i18nContent\":{\"en_us\":\"S\"}},\"textTagList\":[{\"tag\":\"text_tag\",\"text\":{\"content\":\"New\"}},{\"tag\":\"text_tag\",\"text\":\"Hot\"}]}}}"}""",
            "<card title=\"T\\\"q\" subtitle=\"S\">\n「New」 「Hot」\n</card>" },
        { """{"json_card":"{\"header\":{\"subtitle\":\"only sub\"},\"body\":{\"property\":{\"elements\":[{\"tag\":\"hr\"}]},\"elements\":[{\"tag\":\"br\"}]}}"}""", "<card subtitle=\"only sub\">\n---\n</card>" },
        { """{"json_card":"{\"body\":{\"property\":{\"elements\":[]},\"elements\":[{\"tag\":\"text\",\"content\":\"flat\"}]}}"}""", "<card>\nflat\n</card>" },
    };

    [Theory]
    [MemberData(nameof(Wrappers))]
    public void Cards_and_their_wrappers(string content, string expected) => Assert.Equal(expected, Render("interactive", content));

    public static TheoryData<string, string> Elements => new()
    {
        { """{"tag":"text","property":{"content":"x","textStyle":{"attributes":["bold","italic","strikethrough"]}}}""", "***~~x~~***" },
        { """{"tag":"plain_text","content":""}""", "" },
        { """{"tag":"markdown","property":{"elements":[{"tag":"text","content":"a"},{"tag":"link","content":"b","url":{"url":"u"}}]}}""", "a[b](u)" },
        { """{"tag":"markdown_v1","fallback":{"tag":"text","property":{"content":"fallback"}}}""", "fallback" },
        { """{"tag":"div","property":{"text":{"tag":"text","property":{"content":"Title","textStyle":{"size":"notation"}}},"fields":[{"text":{"tag":"text","property":{"content":"Field 1"}}},{"text":{"tag":"text","content":"Field 2"}}],"extra":{"tag":"text","property":{"content":"Extra"}}}}""", "📝 Title\nField 1\nField 2\nExtra" },
        { """{"tag":"note","elements":[{"tag":"text","content":"Tip"},{"tag":"link","content":"Doc","url":{"url":"https://example.com/doc"}}]}""", "📝 Tip [Doc](https://example.com/doc)" },
        { """{"tag":"column_set","columns":[{"tag":"column","elements":[{"tag":"button","text":{"content":"A"}}]},{"tag":"column","elements":[{"tag":"button","text":{"content":"B"}}]}]}""", "[A] [B]" },
        { """{"tag":"column_set","columns":[{"tag":"column","elements":[{"tag":"text","content":"left"}]},{"tag":"column","elements":[{"tag":"text","content":"right"}]}]}""", "left\n\nright" },
        { """{"tag":"person","userID":"ou_person"}""", "Alice" },
        { """{"tag":"person","userID":"ou_other","notation":{"content":"Noted"}}""", "Noted" },
        { """{"tag":"person_v1","userID":"ou_other","notation":{"content":"Noted"}}""", "ou_other" },
        { """{"tag":"person_list","persons":[{"id":"ou_person"},{"id":"ou_z"},{}]}""", "Alice, ou_z, user" },
        { """{"tag":"avatar","userID":"ou_person"}""", "👤 Alice" },
        { """{"tag":"avatar","userID":"ou_z"}""", "👤(id:ou_z)" },
        { """{"tag":"at","userID":"ou_at"}""", "@Bob(ou_at)" },
        { """{"tag":"at","userID":"ou_keyed"}""", "@Alice(ou_alice)" },
        { """{"tag":"at","userID":"ou_nobody"}""", "@ou_nobody" },
        { """{"tag":"at_all"}""", "@everyone" },
        { """{"tag":"button","text":{"content":"[Go]"},"actions":[{"type":"callback"},{"type":"open_url","action":{"url":""}},{"type":"open_url","action":{"url":"https://a"}}],"confirm":{"title":{"content":"Sure?"},"text":"Really"}}""", "[\\[Go\\]](https://a)(confirm:\"Sure?: Really\")" },
        { """{"tag":"button","text":{"content":"Go"},"disabled":true,"disabledTips":{"content":"later"}}""", "[Go ✗](tips:\"later\")" },
        { """{"tag":"button"}""", "[Button]" },
        { """{"tag":"actions","actions":[{"tag":"button","text":{"content":"One"}},{"tag":"button","text":{"content":"Two"}}]}""", "[One] [Two]" },
        { """{"tag":"overflow","options":[{"text":{"content":"Edit"}},{"text":{"content":"Del"},"value":"d"},{"text":{"content":"Web"},"actions":[{"type":"open_url","action":{"url":"https://w"}}]},{"value":"no text"}]}""", "⋮ Edit, Del(d), [Web](https://w)" },
        { """{"tag":"multi_select_person","options":[{"text":{"content":"Alice"},"value":"a"},{"text":{"content":"Bob"},"value":"b"}],"selectedValues":["a"]}""", "{✓Alice / Bob}(multi)" },
        { """{"tag":"select_static","options":[{"value":"opt_alice"},{"value":"plain"},{"value":""}],"initialIndex":1}""", "{Alice / ✓plain}" },
        { """{"tag":"select_static","options":[{"text":{"content":"A"},"value":"a"}]}""", "{A ▼}" },
        { """{"tag":"select_person","placeholder":{"content":"Pick"}}""", "{Pick ▼}" },
        { """{"tag":"select_img","options":["x",{"value":"opt_a","imageID":"img_1"},{"value":"opt_b","imageID":"img_2"},{"imageID":"img_9"}],"selectedValues":["opt_a"]}""", "{✓🖼️ Image 2(opt_a)(img_key:img_v3_test_key1) / 🖼️ Image 3(opt_b)(img_token:img_tok_2) / 🖼️ Image 4}" },
        { """{"tag":"input","label":{"content":"Reason"},"placeholder":{"content":"Type"},"inputType":"multiline_text"}""", "Reason: Type..." },
        { """{"tag":"input","defaultValue":"v"}""", "v___" },
        { """{"tag":"input"}""", "_____" },
        { """{"tag":"date_picker","initialDate":"1710500000"}""", "📅 2024-03-15T10:53:20Z" },
        { """{"tag":"picker_time","initialTime":"10:30"}""", "🕐 10:30" },
        { """{"tag":"picker_datetime","initialDatetime":"1710500000000"}""", "📅 2024-03-15T10:53:20Z" },
        { """{"tag":"date_picker"}""", "📅 Select" },
        { """{"tag":"checker","checked":true,"text":{"content":"Done"}}""", "[x] Done" },
        { """{"tag":"checker"}""", "[ ] " },
        { """{"tag":"img","imageID":"img_1","alt":{"content":"alt"},"title":{"content":"Title wins"}}""", "🖼️ Title wins(img_key:img_v3_test_key1)" },
        { """{"tag":"image","imageID":"img_2"}""", "🖼️ Image(img_token:img_tok_2)" },
        { """{"tag":"img","imageID":"img_9"}""", "🖼️ Image(img_key:img_9)" },
        { """{"tag":"img_combination","imgList":[{"imageID":"img_1"},{"imageID":"img_2"},{"imageID":"img_9"},"x"]}""", "🖼️ 4 image(s)(keys:img_v3_test_key1,img_tok_2,img_9)" },
        { """{"tag":"table","columns":[{"name":"a","displayName":"A"},{"name":"b"}],"rows":[{"a":{"data":"x"},"b":{"data":3.5}},{"a":{"data":"[map[text:VIP] map[text:Premium Plus]]"},"b":{"data":[{"text":"t1"},{"text":"t2"}]}},{"a":{"data":{"content":"obj"}},"b":{"data":true}},{"a":{"data":1e21}}]}""",
            "| A | b |\n|------|------|\n| x | 3.5 |\n| VIP, Premium Plus | 「t1」 「t2」 |\n| obj |  |\n| 1000000000000000000000 |  |" },
        { """{"tag":"chart","chartSpec":{"title":{"text":"Sales"},"type":"bar","data":{"values":[{"x":"Q1","y":10},{"x":"Q2","y":2.5},{"x":"Q3","y":1000000},{"x":true}]},"xField":"x","yField":"y"}}""", "📊 Sales (Bar chart)\nSummary: Q1:10, Q2:2.5, Q3:1e+06, true:<nil>" },
        { """{"tag":"chart","chartSpec":{"type":"pie","data":[{"values":[{"c":"a","v":1}]},{"values":[{"c":"b","v":[1,"x",{"k":null}]}]}],"categoryField":"c","valueField":"v"}}""", "📊 Pie chart\nSummary: a:1, b:[1 x map[k:<nil>]]" },
        { """{"tag":"chart","chartSpec":{"type":"radar","data":{"values":[1,2]}}}""", "📊 Radar chart\nSummary: 2 data point(s)" },
        { """{"tag":"chart"}""", "📊 Chart" },
        { """{"tag":"audio","audioID":"a1"}""", "🎵 Audio(key:a1)" },
        { """{"tag":"video","fileID":"v1","videoID":"v2"}""", "🎬 Video(key:v1)" },
        { """{"tag":"collapsible_panel","expanded":true,"header":{"title":{"content":"More"}},"elements":[{"tag":"text","content":"inside"},{"tag":"text","content":"two\n\nlines"}]}""", "▼ More\n    inside\n    two\n    lines\n▲" },
        { """{"tag":"collapsible_panel"}""", "▶ Details\n▲" },
        { """{"tag":"form","elements":[{"tag":"text","content":"form body"}]}""", "<form>\nform body\n</form>" },
        { """{"tag":"interactive_container","actions":[{"type":"open_url","action":{"url":"https://example.com"}}],"elements":[{"tag":"text","content":"Click here"}]}""", "<clickable url=\"https://example.com\">\nClick here\n</clickable>" },
        { """{"tag":"number_tag","text":{"content":"42"},"url":{"url":"https://example.com/42"}}""", "[42](https://example.com/42)" },
        { """{"tag":"emoji","key":"OK"}""", "👌" },
        { """{"tag":"emoji","key":"ROCKET"}""", ":ROCKET:" },
        { """{"tag":"local_datetime","milliseconds":1710500000000}""", "2024-03-15T10:53:20Z" },
        { """{"tag":"local_datetime","milliseconds":"soon","fallbackText":"later"}""", "later" },
        { """{"tag":"list","items":[{"level":0,"type":"ul","elements":[{"tag":"text","content":"item1"}]},{"level":1,"type":"ol","order":2,"elements":[{"tag":"text","content":"item2"}]},{"level":-3,"elements":[{"tag":"text","content":"clamped"}]},{"type":"ol"}]}""", "- item1\n  2. item2\n- clamped" },
        { """{"tag":"blockquote","content":"line1\nline2"}""", "> line1\n> line2" },
        { """{"tag":"code_block","language":"go","contents":[{"contents":[{"content":"fmt.Println(1)"}]},{"contents":[{"content":"\n"},{"content":"x"}]}]}""", "```go\nfmt.Println(1)\nx```" },
        { """{"tag":"code_block"}""", "```plaintext\n```" },
        { """{"tag":"code_span","content":"x := 1"}""", "`x := 1`" },
        { """{"tag":"heading","level":9,"content":"Title"}""", "###### Title" },
        { """{"tag":"heading","elements":[{"tag":"text","content":"E"}]}""", "# E" },
        { """{"tag":"fallback_text","text":{"content":"fallback"}}""", "fallback" },
        { """{"tag":"repeat","elements":[{"tag":"text","content":"r1"},{"tag":"text","content":"r2"}]}""", "r1\nr2" },
        { """{"tag":"standard_icon","token":"x"}""", "" },
        { """{"tag":"mystery","title":{"content":"mystery"}}""", "mystery" },
        { """{"tag":"mystery","elements":[{"tag":"text","content":"a"},{"tag":"text","content":"b"}]}""", "a\nb" },
        { """{"tag":"mystery"}""", "[Unknown content]" },
        { """{"content":"no tag"}""", "no tag" },
    };

    [Theory]
    [MemberData(nameof(Elements))]
    public void Elements_render_as_the_official_cli(string element, string expected) =>
        Assert.Equal(expected, Body(element, [new MessageMention("@_user_1", "ou_alice", "open_id", "Alice")]));

    [Fact]
    public void An_attachment_object_works_like_a_string()
    {
        var text = Render("interactive", Card("""{"tag":"person","property":{"userID":"ou_person"}}""", attachmentAsString: false));
        Assert.Equal("<card>\nAlice\n</card>", text);
    }

    [Fact]
    public void A_card_nested_beyond_reason_still_renders()
    {
        var text = Render("interactive", HostileJson.DeepCard(2_000));
        Assert.StartsWith("<card>", text, StringComparison.Ordinal);
        Assert.EndsWith("</card>", text, StringComparison.Ordinal);
        Assert.Contains("leaf", Render("interactive", HostileJson.DeepCard(20)), StringComparison.Ordinal);
    }
}
