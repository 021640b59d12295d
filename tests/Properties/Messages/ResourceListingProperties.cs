using System.Text.Json;
using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Messages;

namespace Lark.Resources.Properties.Messages;

public class ResourceListingProperties
{
    private const string Container = "om_merge";

    [Property(MaxTest = 300)]
    public Property Sub_message_resources_download_with_the_container_id() =>
        Prop.ForAll(Gen.Choose(0, 6).ToArbitrary(), Gen.Elements("image", "file").ListOf().ToArbitrary(), (_, types) =>
        {
            var children = types.Select((t, i) => t == "image"
                ? new MessageItem($"om_child_{i}", "image", $$"""{"image_key":"img_{{i}}"}""", Container)
                : new MessageItem($"om_child_{i}", "file", $$"""{"file_key":"file_{{i}}","file_name":"f{{i}}.txt"}""", Container)).ToList();
            var items = new[] { new MessageItem(Container, "merge_forward", """{"content":"Merged and Forwarded Message"}""", null) }.Concat(children).ToList();
            var listing = ResourceListing.Build(Container, items);
            return listing.Resources.Count == children.Count
                && listing.Resources.All(r => r.MessageId == Container && r.SubMessageId is not null)
                && listing.Resources.Select(r => r.SubMessageId).SequenceEqual(children.Select(c => c.MessageId))
                && listing.NotDownloadable.Count == 0;
        });

    [Fact]
    public void A_plain_message_downloads_with_its_own_id()
    {
        var listing = ResourceListing.Build("om_a", [new MessageItem("om_a", "media", """{"file_key":"file_v","image_key":"img_c","file_name":"v.mp4"}""", null)]);
        Assert.Equal(["om_a:file_v:file:video:v.mp4:", "om_a:img_c:image:video_cover::"],
            listing.Resources.Select(r => $"{r.MessageId}:{r.FileKey}:{r.Type.ToWire()}:{r.Kind}:{r.FileName}:{r.SubMessageId}"));
    }

    [Fact]
    public void Asking_about_a_sub_message_gives_its_container_id()
    {
        var listing = ResourceListing.Build("om_child", [new MessageItem("om_child", "image", """{"image_key":"img_x"}""", Container)]);
        var r = Assert.Single(listing.Resources);
        Assert.Equal((Container, "om_child"), (r.MessageId, r.SubMessageId));
    }

    [Fact]
    public void Not_downloadable_sub_messages_say_where_they_are()
    {
        var listing = ResourceListing.Build(Container, [
            new MessageItem(Container, "merge_forward", "{}", null),
            new MessageItem("om_s", "sticker", """{"file_key":"file_s"}""", Container)]);
        Assert.Empty(listing.Resources);
        var u = Assert.Single(listing.NotDownloadable);
        Assert.Equal(("sticker", "file_s", "om_s"), (u.Kind, u.FileKey, u.SubMessageId));
    }

    [Theory]
    [InlineData("""{"code":0,"data":{"items":[{"message_id":"om_a","msg_type":"image","body":{"content":"{\"image_key\":\"img_a\"}"}}]}}""", 1)]
    [InlineData("""{"code":0,"data":{"items":[{"msg_type":"image"},{"message_id":"om_b","upper_message_id":"om_a"}]}}""", 1)]
    [InlineData("""{"code":0,"data":{"items":[]}}""", 0)]
    public void Answers_are_read(string json, int count)
    {
        using var document = JsonDocument.Parse(json);
        Assert.Equal(count, MessageItem.ParseAnswer(document.RootElement).Value.Count);
    }

    [Theory]
    [InlineData("""{"code":0}""")]
    [InlineData("""{"code":0,"data":{"items":{}}}""")]
    [InlineData("[]")]
    public void Answers_without_items_fail(string json)
    {
        using var document = JsonDocument.Parse(json);
        Assert.False(MessageItem.ParseAnswer(document.RootElement).IsOk);
    }

    [Fact]
    public void An_answer_without_the_message_asked_about_says_so()
    {
        var listing = ResourceListing.Build("om_x", []);
        Assert.Contains("did not include", Assert.Single(listing.NotDownloadable).Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Types_are_wire_names() => Assert.Equal("image", ResourceType.Image.ToWire());
}
