using Lark.Resources.Rules.Messages;
using static Lark.Resources.Properties.Messages.MessageSamples;

namespace Lark.Resources.Properties.Messages;

/// <summary>Merge-forwards expanded from the flat sub-message list (notes §5.4): nesting, indentation, order, senders, times.</summary>
public class MergeForwardRenderingExamples
{
    private const string Container = "om_mf";
    private const long March10Utc = 1_710_028_800_000; // 2024-03-10T00:00:00Z

    private static LarkMessage Forward(string id = Container) => Message("merge_forward", "Merged and Forwarded Message", id: id);

    private static MessageSender Sender(string id, string? name = null) => new(id, "open_id", "user", "t", name);

    [Fact]
    public void The_notes_example_with_a_nested_forward()
    {
        LarkMessage[] subs =
        [
            Forward() with { UpperMessageId = null },
            Message("image", """{"image_key":"img_1"}""", id: "om_c", upper: "om_n", createdMs: March10Utc - 22 * 3_600_000, sender: Sender("ou_carol", "Carol")),
            Message("merge_forward", "Merged and Forwarded Message", id: "om_n", upper: Container, createdMs: March10Utc + 60_000, sender: Sender("ou_bob")),
            Message("text", """{"text":"hello"}""", id: "om_a", upper: Container, createdMs: March10Utc, sender: Sender("ou_alice", "Alice")),
        ];
        Assert.Equal("""
            <forwarded_messages>
            [2024-03-10T08:00:00+08:00] Alice:
                hello
            [2024-03-10T08:01:00+08:00] ou_bob:
                <forwarded_messages>
                [2024-03-09T10:00:00+08:00] Carol:
                    [Image: img_1]
                </forwarded_messages>
            </forwarded_messages>
            """, MessageRenderer.RenderContent(Forward(), subs, Beijing));
    }

    [Fact]
    public void No_children_is_an_empty_tag()
    {
        Assert.Equal("<forwarded_messages/>", MessageRenderer.RenderContent(Forward(), [], Beijing));
        Assert.Equal("<forwarded_messages/>", MessageRenderer.RenderContent(Forward(), [Forward()], Beijing));
    }

    [Fact]
    public void Entries_read_in_time_order_with_utc_as_z_and_unknown_times_first()
    {
        LarkMessage[] subs =
        [
            Message("text", """{"text":"second"}""", id: "om_2", createdMs: March10Utc + 1_999, sender: Sender("ou_a", "A")),
            Message("text", """{"text":"first"}""", id: "om_1", createdMs: March10Utc, sender: Sender("ou_a", "A")),
            Message("text", """{"text":"timeless"}""", id: "om_0", sender: Sender("ou_a", "A")),
        ];
        Assert.Equal("<forwarded_messages>\n[unknown] A:\n    timeless\n[2024-03-10T00:00:00Z] A:\n    first\n[2024-03-10T00:00:01Z] A:\n    second\n</forwarded_messages>",
            MessageRenderer.RenderContent(Forward(), subs, TimeZoneInfo.Utc));
    }

    [Fact]
    public void Senders_resolve_from_their_name_the_listing_the_other_sub_messages_their_id_or_unknown()
    {
        LarkMessage[] subs =
        [
            Message("text", """{"text":"1"}""", id: "om_1", createdMs: 1, sender: Sender("ou_named", "Named")),
            Message("text", """{"text":"2"}""", id: "om_2", createdMs: 2, sender: Sender("ou_named")),
            Message("text", """{"text":"3"}""", id: "om_3", createdMs: 3, sender: Sender("ou_listed")),
            Message("text", """{"text":"4"}""", id: "om_4", createdMs: 4, sender: Sender("ou_bare")),
            Message("text", """{"text":"5"}""", id: "om_5", createdMs: 5),
            Message("text", """{"text":"6"}""", id: "om_6", createdMs: 6, sender: new MessageSender(null, null, "user", null, null)),
        ];
        var text = MessageRenderer.RenderContent(Forward(), subs, TimeZoneInfo.Utc, new Dictionary<string, string> { ["ou_listed"] = "Listed" });
        Assert.Equal(["Named", "Named", "Listed", "ou_bare", "unknown", "unknown"],
            text.Split('\n').Where(l => l.StartsWith('[')).Select(l => l[(l.IndexOf("] ", StringComparison.Ordinal) + 2)..^1]));
    }

    [Fact]
    public void Children_keep_their_mentions_type_defaults_to_text_and_content_is_indented_line_by_line()
    {
        LarkMessage[] subs =
        [
            Message("", """{"text":"@_user_1 line1\nline2"}""", id: "om_1", createdMs: March10Utc, sender: Sender("ou_a", "A"), mentions: [Mention("@_user_1", "Alice")]),
            Message("post", """{"zh_cn":{"title":"T","content":[[{"tag":"text","text":"body"}]]}}""", id: "om_2", createdMs: March10Utc + 1000, sender: Sender("ou_a", "A")),
            Message("file", null, id: "om_3", createdMs: March10Utc + 2000, sender: Sender("ou_a", "A")),
        ];
        Assert.Equal("<forwarded_messages>\n[2024-03-10T00:00:00Z] A:\n    @Alice line1\n    line2\n[2024-03-10T00:00:01Z] A:\n    T\n    body\n[2024-03-10T00:00:02Z] A:\n    \n</forwarded_messages>",
            MessageRenderer.RenderContent(Forward(), subs, TimeZoneInfo.Utc));
    }

    [Fact]
    public void A_list_that_loops_back_to_the_container_or_names_a_forward_twice_renders_once()
    {
        LarkMessage[] subs =
        [
            Message("merge_forward", "x", id: Container, upper: Container, createdMs: 1, sender: Sender("ou_a", "A")),
            Message("merge_forward", "x", id: "om_n", upper: Container, createdMs: 2, sender: Sender("ou_a", "A")),
            Message("merge_forward", "x", id: "om_n", upper: Container, createdMs: 3, sender: Sender("ou_a", "A")),
            Message("merge_forward", "x", id: "om_n", upper: "om_n", createdMs: 4, sender: Sender("ou_a", "A")),
        ];
        var text = MessageRenderer.RenderContent(Forward(), subs, TimeZoneInfo.Utc);
        Assert.Equal(4, text.Split('\n').Count(l => l.TrimStart().StartsWith("[1970", StringComparison.Ordinal)));
        Assert.Contains("<forwarded_messages/>", text, StringComparison.Ordinal);
    }

    [Fact]
    public void A_chain_deeper_than_any_forward_stops()
    {
        var subs = Enumerable.Range(1, 5_000).Select(i => Message("merge_forward", "x", id: $"om_{i}", upper: i == 1 ? Container : $"om_{i - 1}", createdMs: i)).ToArray();
        var text = MessageRenderer.RenderContent(Forward(), subs, TimeZoneInfo.Utc);
        Assert.EndsWith("</forwarded_messages>", text, StringComparison.Ordinal);
        Assert.Equal(MergeForwardText.MaxNesting, text.Split('\n').Count(l => l.TrimStart().StartsWith("[1970", StringComparison.Ordinal)));
    }

    [Fact]
    public void Without_an_id_a_forward_summarises_its_ids_and_a_failed_fetch_says_why()
    {
        Assert.Equal("[Merged forward: 2 messages]", MessageRenderer.RenderContent(Message("merge_forward", """{"create_message_ids":["om_a","om_b",3]}""", id: ""), [], Beijing));
        Assert.Equal("[Merged forward]", MessageRenderer.RenderContent(Message("merge_forward", "Merged and Forwarded Message", id: ""), [], Beijing));
        Assert.Equal("[Merged forward: fetch failed: HTTP 502]", MessageRenderer.MergeForwardFetchFailed("HTTP 502"));
    }

    [Fact]
    public void A_nested_forward_without_an_id_shows_its_summary()
    {
        LarkMessage[] subs = [Message("merge_forward", """{"create_message_ids":["a"]}""", id: "", createdMs: 1)];
        Assert.Equal("<forwarded_messages>\n[1970-01-01T00:00:00Z] unknown:\n    [Merged forward: 1 messages]\n</forwarded_messages>",
            MessageRenderer.RenderContent(Forward(), subs, TimeZoneInfo.Utc));
    }
}
