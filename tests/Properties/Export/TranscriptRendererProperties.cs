using System.Text.Json;
using System.Text.Json.Nodes;
using Markdig.Syntax;
using Lark.Resources.Export.Rules;
using Lark.Resources.Properties.Messages;
using Lark.Resources.Rules.Names;
using static Lark.Resources.Properties.Export.ExportGenerators;

namespace Lark.Resources.Properties.Export;

/// <summary>
/// The transcript renderer is total on any message objects (hostile strings, wrong types, deep JSON), and every link
/// or image it writes goes to a path the resource lookup gave for a saved resource — and every saved resource it was
/// asked about gets one. Read back with Markdig (CommonMark).
/// </summary>
public class TranscriptRendererProperties
{
    private static readonly string[] Types = ["text", "post", "image", "file", "audio", "media", "merge_forward", "sticker", "interactive", "system", "x", ""];

    // Names as the manifest holds them: made safe, with spaces, brackets and parentheses that a destination must survive.
    private static readonly string[] SavedNames =
    [
        .. new[] { "a.png", "report (2).pdf", "季度报告.xlsx", "con", "x [1].txt", "a)b(.pdf", "a<b>.txt", "![x](y).png", "# h.md", "`tick`.txt",
            "a\\b.txt", "sp ace.bin", "&amp;.txt", "%20.txt", "C# notes.pdf", "100%.txt", "a&b=1.txt", "\u202Eevil.txt", new string('z', 300) + ".pdf", "_", "a*b.txt", "**.png", "~~s~~.gif" }
            .Select(n => SafeFileName.From(n).Value),
    ];

    private static readonly JsonDocumentOptions Deep = new() { MaxDepth = 10_000 };

    private static Gen<string> Str(Gen<string> text) => text.Select(HostileJson.JsonEscape);

    private static Gen<string> Field(string name, Gen<string> right) =>
        Gen.Frequency((1, Gen.Constant("")), (4, right.Select(v => $"\"{name}\":{v}")), (1, HostileJson.Value(2).Select(v => $"\"{name}\":{v}")));

    private static Gen<string> Resource { get; } =
        from key in Gen.OneOf(Keys, UserText)
        from id in Gen.Elements("om_1", "om_2", "om_3")
        from type in Gen.Elements("image", "file", "x")
        from wrong in Gen.Frequency((6, Gen.Constant(false)), (1, Gen.Constant(true)))
        select wrong ? "{\"key\":1,\"message_id\":[],\"type\":{}}" : $"{{\"key\":{HostileJson.JsonEscape(key)},\"message_id\":\"{id}\",\"type\":\"{type}\"}}";

    private static Gen<string> Post { get; } =
        from title in UserText
        from text in UserText
        from href in Gen.Elements("https://example.com/a b", "javascript:alert(1)", "resources/x", "")
        select HostileJson.JsonEscape($"{{\"title\":{HostileJson.JsonEscape(title)},\"content\":[[{{\"tag\":\"text\",\"text\":{HostileJson.JsonEscape(text)},\"style\":[\"bold\"]}},{{\"tag\":\"a\",\"text\":{HostileJson.JsonEscape(text)},\"href\":\"{href}\"}},{{\"tag\":\"img\",\"image_key\":\"img_v3_a\"}}],[{{\"tag\":\"code_block\",\"text\":{HostileJson.JsonEscape(text)}}}]]}}");

    private static Gen<string> Message(int depth)
    {
        var fields = new List<Gen<string>>
        {
            Field("message_id", Gen.Elements("\"om_1\"", "\"om_2\"", "\"om_3\"")),
            Field("msg_type", Gen.Elements(Types).Select(t => $"\"{t}\"")),
            Field("content", Str(UserText)),
            Field("create_time", Gen.OneOf(Gen.Elements("\"2024-06-01 10:00\"", "\"2024-06-02 00:01\"", "\"\"", "\" \""), Str(UserText))),
            Field("sender", Gen.OneOf(Str(UserText).Select(n => $"{{\"name\":{n},\"id\":\"ou_1\"}}"), Str(UserText).Select(n => $"{{\"id\":{n}}}"))),
            Field("deleted", Gen.Elements("true", "false")),
            Field("updated", Gen.Elements("true", "false")),
            Field("update_time", Str(UserText)),
            Field("reply_to", Gen.OneOf(Gen.Elements("\"om_1\"", "\"om_9\""), Str(UserText))),
            Field("raw_content", Gen.OneOf(Post, HostileJson.Any.Select(HostileJson.JsonEscape))),
            Field("resources", Resource.ListOf().Select(r => "[" + string.Join(",", r) + "]")),
            Field("thread_has_more", Gen.Elements("true", "false")),
            Field("thread_replies_error", Gen.Elements("true", "false")),
        };
        if (depth > 0)
            fields.Add(Field("thread_replies", Gen.Choose(0, 3).SelectMany(n => Message(depth - 1).ListOf(n)).Select(m => "[" + string.Join(",", m) + "]")));
        return Gen.CollectToSequence(fields).Select(fs => "{" + string.Join(",", fs.Where(f => f.Length > 0)) + "}");
    }

    private static Gen<JsonObject[]> Messages { get; } = Message(2).ListOf().Select(ms => ms.Select(m => (JsonObject)JsonNode.Parse(m, documentOptions: Deep)!).ToArray());

    private static Gen<TranscriptHeader> Header { get; } =
        from title in UserText
        from source in UserText
        from count in Gen.Choose(-1, 100)
        select new TranscriptHeader(title, source, "all messages", "2026-01-01 00:00", count);

    // A lookup that answers the same for the same resource: saved (with a path), failed (with a reason), or unknown.
    private sealed class Lookup
    {
        public HashSet<string> Given { get; } = new(StringComparer.Ordinal);

        public int Asked { get; private set; }

        public TranscriptResource? Find(string messageId, string key)
        {
            Asked++;
            var h = (uint)StableHash(messageId + "\n" + key);
            switch (h % 3)
            {
                case 0:
                    var path = "resources/" + SavedNames[(int)(h / 3 % (uint)SavedNames.Length)];
                    Given.Add(path);
                    return new TranscriptResource(path, h % 5 == 0 ? null : (long)h, null);
                case 1:
                    return new TranscriptResource(null, null, "denied [x](y) <b> **no**\n# not a heading");
                default:
                    return null;
            }
        }

        private static int StableHash(string s)
        {
            var h = 17;
            foreach (var c in s)
                h = unchecked((h * 31) + c);
            return h;
        }
    }

    [Property(MaxTest = 500)]
    public Property Any_messages_render_and_every_link_is_a_saved_resource() =>
        Prop.ForAll(Header.ToArbitrary(), Messages.ToArbitrary(), (header, messages) =>
        {
            var lookup = new Lookup();
            var markdown = string.Join("\n", TranscriptRenderer.Render(header, messages, lookup.Find));
            var destinations = Destinations(Parse(markdown));
            // Besides resources, only a post's own web links (the generator's posts link to https://example.com/).
            var foreign = destinations.Where(d => !lookup.Given.Contains(d) && !d.StartsWith("https://example.com/", StringComparison.Ordinal)).ToArray();
            Assert.True(foreign.Length == 0, $"links to {string.Join(", ", foreign)} in:\n{markdown}");
            // Every saved resource the renderer asked about is linked.
            Assert.True(lookup.Given.All(destinations.Contains), $"saved resources without a link ({string.Join(", ", lookup.Given.Except(destinations))}) in:\n{markdown}");
        });

    [Fact]
    public void Deep_json_renders()
    {
        // Thread replies nested 300 deep, a post nested 5,000 deep, a content of the wrong type at every level.
        var root = new JsonObject { ["message_id"] = "om_0", ["msg_type"] = "post", ["raw_content"] = HostileJson.Deep(5_000), ["content"] = new JsonArray(1, 2) };
        var current = root;
        for (var i = 0; i < 300; i++)
        {
            var reply = new JsonObject { ["message_id"] = $"om_{i + 1}", ["msg_type"] = "text", ["content"] = $"reply {i}", ["reply_to"] = $"om_{i}", ["sender"] = new JsonArray() };
            current["thread_replies"] = new JsonArray(reply);
            current = reply;
        }

        var lines = TranscriptRenderer.Render(new TranscriptHeader("t", "chat oc_1", "all", "now", 1), [root], (_, _) => null).ToArray();

        Assert.Contains(lines, l => l.EndsWith("reply 299", StringComparison.Ordinal));
        // (Markdig itself refuses quotes nested this deep; Lark's threads are one level.)
    }

    [Fact]
    public void A_saved_image_is_inline_a_file_is_a_link_with_its_size_a_failure_is_named()
    {
        var message = (JsonObject)JsonNode.Parse("""
            {"message_id":"om_1","msg_type":"file","content":"x","create_time":"2024-06-01 10:00","sender":{"name":"Ann"},
             "resources":[{"key":"img_v3_a","message_id":"om_1","type":"image"},{"key":"file_v3_a","message_id":"om_1","type":"file"},{"key":"file_v3_b","message_id":"om_1","type":"file"}]}
            """)!;
        TranscriptResource? Find(string id, string key) => key switch
        {
            "img_v3_a" => new TranscriptResource("resources/a (1).png", 10, null),
            "file_v3_a" => new TranscriptResource("resources/report (2).pdf", 5000, null),
            _ => new TranscriptResource(null, null, "Lark error 234002"),
        };

        var markdown = string.Join("\n", TranscriptRenderer.Render(new TranscriptHeader("t", "chat oc_1", "all", "now", 1), [message], Find));
        var document = Parse(markdown);
        var links = document.Descendants<Markdig.Syntax.Inlines.LinkInline>().ToArray();

        Assert.Equal([("resources/a (1).png", true), ("resources/report (2).pdf", false)], links.Select(l => (l.Url, l.IsImage)));
        Assert.Equal(["resources/a (1).png", "resources/report (2).pdf"], Destinations(document));
        Assert.Contains("(4.9 KB)", markdown, StringComparison.Ordinal);
        Assert.Contains("could not be downloaded: Lark error 234002", markdown, StringComparison.Ordinal);
    }
}
