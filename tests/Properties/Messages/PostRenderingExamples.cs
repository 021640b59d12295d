using static Lark.Resources.Properties.Messages.MessageSamples;

namespace Lark.Resources.Properties.Messages;

/// <summary>Rich-text posts flattened as the official CLI flattens them (notes §5.3.1): locale wrappers, every tag, styles.</summary>
public class PostRenderingExamples
{
    public static TheoryData<string, string> Posts => new()
    {
        // The notes' example.
        { """{"title":"T","content":[[{"tag":"text","text":"Hi","style":["bold"]},{"tag":"at","user_id":"@_user_1","user_name":"Alice"}],[{"tag":"a","text":"doc","href":"https://x"}],[{"tag":"img","image_key":"img_1"}]]}""",
            "T\n**Hi**@Alice\n[doc](https://x)\n![Image](img_1)" },

        // Locale wrappers: zh_cn first, then en_us, ja_jp, then the first object by key.
        { """{"en_us":{"title":"E"},"zh_cn":{"title":"标题","content":[[{"tag":"text","text":"正文"}]]}}""", "标题\n正文" },
        { """{"zh_cn":"not an object","en_us":{"title":"E"}}""", "E" },
        { """{"ja_jp":{"title":"J"}}""", "J" },
        { """{"b":1,"fr_fr":{"title":"F"},"de_de":{"title":"D"}}""", "D" },
        { """{"a":1}""", "[Rich text message]" },
        { "{}", "[Rich text message]" },
        { """{"title":"bare","zh_cn":{"title":"ignored"}}""", "bare" },
        { """{"content":null,"zh_cn":{"title":"ignored"}}""", "[Rich text message]" },

        // content_v2 wins when it has paragraphs.
        { """{"content":[[{"tag":"text","text":"old"}]],"content_v2":[[{"tag":"text","text":"new"}]]}""", "new" },
        { """{"content":[[{"tag":"text","text":"old"}]],"content_v2":[]}""", "old" },

        // Every tag.
        { """{"content":[[{"tag":"text","text":"x","style":["lineThrough","underline","italic","bold"]}]]}""", "~~<u>***x***</u>~~" },
        { """{"content":[[{"tag":"text","text":"","style":["bold"]},{"tag":"text","text":"y","style":"bold"}]]}""", "y" },
        { """{"content":[[{"tag":"a","text":"[x]","href":"h"},{"tag":"a","href":"h2"},{"tag":"a","text":"t"},{"tag":"a","text":"s","href":"u","style":["italic"]}]]}""", "[\\[x\\]](h)h2t*[s](u)*" },
        { """{"content":[[{"tag":"at","user_id":"@_all"},{"tag":"at","user_id":"all","user_name":"Everyone"}]]}""", "<at user_id=\"all\"></at><at user_id=\"all\"></at>" },
        { """{"content":[[{"tag":"at","user_id":"ou_demoalice000002","user_name":"Alice 王芳"},{"tag":"at","user_id":"ou_x"},{"tag":"at","user_name":"NoId"}]]}""", "<at user_id=\"ou_demoalice000002\">Alice 王芳</at>@ou_x@NoId" },
        { """{"content":[[{"tag":"emotion","emoji_type":"SMILE","style":["bold"]},{"tag":"emotion"}]]}""", ":SMILE:" },
        { """{"content":[[{"tag":"md","text":"**m** [l](u)"}]]}""", "**m** [l](u)" },
        { """{"content":[[{"tag":"img"},{"tag":"media","file_key":"file_1","image_key":"img_c"},{"tag":"media"}]]}""", "[Image][Media: file_1][Media]" },
        { """{"content":[[{"tag":"text","text":"a"},{"tag":"hr"},{"tag":"text","text":"b"}]]}""", "a\n---\nb" },
        { """{"content":[[{"tag":"code_block","language":"go","text":"x := 1"}],[{"tag":"code_block","text":"plain"}]]}""", "```go\nx := 1\n```\n\n\n```\nplain\n```" },
        { """{"content":[[{"tag":"future_tag","text":"shown"},{"tag":"other"},"not an object",7]]}""", "shown" },

        // Paragraphs: empty ones keep their line, the whole is trimmed; a paragraph that is not an array is empty.
        { """{"title":"T","content":[[],[{"tag":"text","text":"a"}],[]]}""", "T\n\na" },
        { """{"content":["x",[{"tag":"text","text":"a"}]]}""", "a" },
        { """{"content":[[{"tag":"text","text":"   "}]]}""", "[Rich text message]" },
        { """{"title":"","content":[]}""", "[Rich text message]" },

        // Not a post.
        { "null", "[Invalid rich text JSON]" },
        { "[]", "[Invalid rich text JSON]" },
        { "{\"title\":", "[Invalid rich text JSON]" },
    };

    [Theory]
    [MemberData(nameof(Posts))]
    public void Flattens_as_the_official_cli(string content, string expected) => Assert.Equal(expected, Render("post", content));

    [Fact]
    public void The_demo_post_flattens_with_its_styles_link_mention_and_code()
    {
        const string content = """
            {"zh_cn":{"title":"周报 Weekly report","content":[
              [{"tag":"text","text":"本周","style":[]},{"tag":"text","text":"完成了导出 export is done","style":["bold"]},{"tag":"text","text":", review pending","style":["italic"]}],
              [{"tag":"a","text":"设计文档 Design doc","href":"https://example.com/design"},{"tag":"text","text":" cc "},{"tag":"at","user_id":"ou_demoalice000002","user_name":"Alice 王芳"}],
              [{"tag":"img","image_key":"img_v3_demo_post","width":800,"height":600}],
              [{"tag":"media","file_key":"file_v3_demo_post_media","image_key":"img_v3_demo_cover"}],
              [{"tag":"code_block","language":"SHELL","text":"ls -la\n"}]]}}
            """;
        Assert.Equal(
            "周报 Weekly report\n本周**完成了导出 export is done***, review pending*\n[设计文档 Design doc](https://example.com/design) cc <at user_id=\"ou_demoalice000002\">Alice 王芳</at>\n" +
            "![Image](img_v3_demo_post)\n[Media: file_v3_demo_post_media]\n\n```SHELL\nls -la\n\n```",
            Render("post", content));
    }

    [Fact]
    public void Mention_keys_in_a_post_become_names_after_flattening()
    {
        Assert.Equal("@Alice says hi", Render("post", """{"content":[[{"tag":"text","text":"@_user_1 says hi"}]]}""", [Mention("@_user_1", "Alice")]));
    }
}
