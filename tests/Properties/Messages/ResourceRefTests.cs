using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Messages;
using static Lark.Resources.Properties.Messages.MessageSamples;

namespace Lark.Resources.Properties.Messages;

/// <summary>The resources a listed message carries for download (notes §7), each once, merge-forward children by the container's id.</summary>
public class ResourceRefTests
{
    private static string Refs(LarkMessage message, params LarkMessage[] subs) =>
        string.Join('|', MessageResourceRefs.Of(message, subs).Select(r => $"{r.MessageId}:{r.FileKey}:{r.Type.ToWire()}:{r.Kind}:{r.FileName}:{r.SubMessageId}"));

    public static TheoryData<string, string, string> Examples => new()
    {
        { "image", """{"image_key":"img_1"}""", "om_1:img_1:image:image::" },
        { "file", """{"file_key":"file_1","file_name":"季度报告.xlsx"}""", "om_1:file_1:file:file:季度报告.xlsx:" },
        { "audio", """{"file_key":"file_a","duration":2000}""", "om_1:file_a:file:audio::" },
        { "media", """{"file_key":"file_v","image_key":"img_cover","file_name":"v.mp4"}""", "om_1:file_v:file:video:v.mp4:" },
        { "video", """{"file_key":"file_v"}""", "om_1:file_v:file:video::" },
        { "post", """{"zh_cn":{"content":[[{"tag":"img","image_key":"img_p"},{"tag":"media","file_key":"file_p","image_key":"img_c"}],[{"tag":"img","image_key":"img_p"}]],"content_v2":[[{"tag":"img","image_key":"img_v2"}]]}}""", "om_1:img_p:image:post_image::|om_1:file_p:file:post_media::" },
        { "post", """{"content":[[{"tag":"text","text":"x"},{"tag":"img"},[{"tag":"img","image_key":"nested"}]]]}""", "" },
        { "file", """{"file_key":"../etc/passwd"}""", "om_1:../etc/passwd:file:file::" },
        { "image", """{"image_key":""}""", "" },
        // A key with stray spaces is listed as the endpoint will be asked for it: trimmed, one resource.
        { "image", """{"image_key":" img_1\t"}""", "om_1:img_1:image:image::" },
        { "image", """{"image_key":"  "}""", "" },
        { "post", """{"content":[[{"tag":"img","image_key":" img_p"},{"tag":"img","image_key":"img_p "}]]}""", "om_1:img_p:image:post_image::" },
        { "image", "null", "" },
        { "image", "not json", "" },
        { "sticker", """{"file_key":"file_s"}""", "" },
        { "folder", """{"file_key":"file_f"}""", "" },
        { "interactive", """{"json_card":"{\"body\":{\"elements\":[{\"tag\":\"img\",\"img_key\":\"img_card\"}]}}"}""", "" },
        { "text", """{"text":"img_1"}""", "" },
    };

    [Theory]
    [MemberData(nameof(Examples))]
    public void Resources_are_extracted_as_the_official_cli_extracts_them(string type, string content, string expected) =>
        Assert.Equal(expected, Refs(Message(type, content)));

    [Fact]
    public void Merge_forward_leaves_download_with_the_container_id_nested_ones_included()
    {
        var container = Message("merge_forward", "Merged and Forwarded Message", id: "om_mf");
        var refs = Refs(container,
            container,
            Message("image", """{"image_key":"img_1"}""", id: "om_c1", upper: "om_mf"),
            Message("merge_forward", "x", id: "om_n", upper: "om_mf"),
            Message("file", """{"file_key":"file_1","file_name":"a.pdf"}""", id: "om_c2", upper: "om_n"),
            Message("sticker", """{"file_key":"file_s"}""", id: "om_c3", upper: "om_mf"),
            Message("image", """{"image_key":"img_1"}""", id: "om_c4", upper: "om_n"));
        Assert.Equal("om_mf:img_1:image:image::om_c1|om_mf:file_1:file:file:a.pdf:om_c2", refs);
        Assert.Equal("", Refs(container));
    }

    private static readonly Gen<(string Type, string Content, (string Key, ResourceType Type)[] Keys)> Leaf = Gen.OneOf(
        Gen.Choose(0, 6).Select(i => ("image", $$"""{"image_key":"img_{{i}}"}""", new[] { ($"img_{i}", ResourceType.Image) })),
        Gen.Choose(0, 6).Select(i => ("file", $$"""{"file_key":"file_{{i}}","file_name":"f.txt"}""", new[] { ($"file_{i}", ResourceType.File) })),
        Gen.Choose(0, 6).Select(i => ("media", $$"""{"file_key":"file_{{i}}","image_key":"img_cover_{{i}}"}""", new[] { ($"file_{i}", ResourceType.File) })),
        Gen.Choose(0, 6).Select(i => ("sticker", $$"""{"file_key":"file_s{{i}}"}""", Array.Empty<(string, ResourceType)>())),
        Gen.Choose(0, 6).SelectMany(a => Gen.Choose(0, 6).Select(b =>
            ("post", $$$"""{"en_us":{"title":"t","content":[[{"tag":"img","image_key":"img_{{{a}}}"}],[{"tag":"text","text":"x"},{"tag":"media","file_key":"file_{{{b}}}","image_key":"img_c"}]]}}""",
             new[] { ($"img_{a}", ResourceType.Image), ($"file_{b}", ResourceType.File) }))));

    [Property(MaxTest = 300)]
    public Property Every_resource_a_message_carries_is_extracted_once() =>
        Prop.ForAll(Leaf.ToArbitrary(), leaf =>
        {
            var refs = MessageResourceRefs.Of(Message(leaf.Type, leaf.Content), []);
            var expected = leaf.Keys.Select(k => k.Key).Distinct().ToArray();
            return refs.Select(r => r.FileKey).SequenceEqual(expected) && refs.All(r => r.MessageId == "om_1" && r.SubMessageId is null);
        });

    [Property(MaxTest = 300)]
    public Property Merge_forward_children_refs_carry_the_container_id_each_key_once() =>
        Prop.ForAll(Leaf.ListOf().ToArbitrary(), leaves =>
        {
            var subs = leaves.Select((l, i) => Message(l.Type, l.Content, id: $"om_c{i}", upper: "om_mf")).ToArray();
            var refs = MessageResourceRefs.Of(Message("merge_forward", "x", id: "om_mf"), subs);
            var expected = leaves.SelectMany(l => l.Keys.Select(k => k.Key)).Distinct().ToArray();
            return refs.Select(r => r.FileKey).SequenceEqual(expected)
                && refs.All(r => r.MessageId == "om_mf" && r.SubMessageId is { } sub && sub.StartsWith("om_c", StringComparison.Ordinal));
        });
}
