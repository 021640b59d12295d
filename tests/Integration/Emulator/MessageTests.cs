using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Lark.Emulator.Fixtures;

namespace Lark.Resources.Integration.Emulator;

public sealed class MessageTests
{
    [Fact]
    public async Task Get_message_returns_one_item_with_content_as_a_json_string()
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var response = await h.GetAsync($"open-apis/im/v1/messages/{DemoData.PostMessageId}", await h.TenantTokenAsync());
        Assert.Equal(200, (int)response.StatusCode);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(0, (int)body["code"]!);
        var item = Assert.Single(body["data"]!["items"]!.AsArray())!;
        Assert.Equal("post", (string)item["msg_type"]!);
        Assert.Equal(DemoData.ChatId, (string)item["chat_id"]!);
        var content = JsonNode.Parse((string)item["body"]!["content"]!)!;
        var elements = content["zh_cn"]!["content"]!.AsArray().SelectMany(line => line!.AsArray()).ToList();
        Assert.Contains(elements, e => (string?)e!["image_key"] == DemoData.PostImageKey && (string)e["tag"]! == "img");
        Assert.Contains(elements, e => (string?)e!["file_key"] == DemoData.PostMediaKey && (string)e["tag"]! == "media");
    }

    [Fact]
    public async Task Merge_forward_returns_itself_and_its_children_with_upper_message_id()
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var response = await h.GetAsync($"open-apis/im/v1/messages/{DemoData.MergeForwardMessageId}", await h.TenantTokenAsync());
        var items = (await response.Content.ReadFromJsonAsync<JsonObject>())!["data"]!["items"]!.AsArray();
        Assert.Equal(3, items.Count);
        Assert.Equal(DemoData.MergeForwardMessageId, (string)items[0]!["message_id"]!);
        Assert.Null(items[0]!["upper_message_id"]);
        Assert.All(items.Skip(1), i => Assert.Equal(DemoData.MergeForwardMessageId, (string)i!["upper_message_id"]!));
        Assert.Equal([DemoData.MergedImageMessageId, DemoData.MergedFileMessageId], items.Skip(1).Select(i => (string)i!["message_id"]!));
    }

    [Fact]
    public async Task Deleted_messages_answer_230110_and_unknown_ones_230001()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TenantTokenAsync();
        using var deleted = await h.GetAsync($"open-apis/im/v1/messages/{DemoData.DeletedMessageId}", token);
        await EmulatorHarness.ReadErrorAsync(deleted, 230110, 400);
        using var unknown = await h.GetAsync("open-apis/im/v1/messages/om_unknown", token);
        await EmulatorHarness.ReadErrorAsync(unknown, 230001, 400);
    }

    [Fact]
    public async Task Listing_a_chat_pages_through_every_top_level_message_once()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TenantTokenAsync();
        var seen = new List<string>();
        string? pageToken = null;
        var pages = 0;
        do
        {
            var url = $"open-apis/im/v1/messages?container_id_type=chat&container_id={DemoData.ChatId}&page_size=5"
                + (pageToken is null ? "" : $"&page_token={pageToken}");
            using var response = await h.GetAsync(url, token);
            Assert.Equal(200, (int)response.StatusCode);
            var data = (await response.Content.ReadFromJsonAsync<JsonObject>())!["data"]!;
            var items = data["items"]!.AsArray();
            Assert.True(items.Count <= 5);
            seen.AddRange(items.Select(i => (string)i!["message_id"]!));
            pageToken = (bool)data["has_more"]! ? (string)data["page_token"]! : null;
            pages++;
        }
        while (pageToken is not null);

        // A group chat lists a thread's root but not its replies; recalled messages stay, marked.
        var expected = DemoData.Fixture.Messages
            .Where(m => m.ChatId == DemoData.ChatId && m.UpperMessageId is null && !(m.ThreadId is not null && m.RootId is not null))
            .Select(m => m.MessageId)
            .ToList();
        Assert.Equal(expected, seen);
        Assert.Equal((expected.Count + 4) / 5, pages);
        Assert.DoesNotContain(DemoData.MergedFileMessageId, seen);
        Assert.DoesNotContain(DemoData.ThreadReply1MessageId, seen);
        Assert.Contains(DemoData.DeletedMessageId, seen);
    }

    [Theory]
    [InlineData("container_id_type=chat")]
    [InlineData("container_id_type=topic&container_id=oc_demo0000000001")]
    [InlineData("container_id_type=thread&container_id=omt_demo_thread_01&start_time=1")]
    [InlineData("container_id_type=chat&container_id=oc_demo0000000001&page_size=0")]
    [InlineData("container_id_type=chat&container_id=oc_demo0000000001&page_token=garbage")]
    public async Task Listing_with_bad_parameters_answers_230001(string query)
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var response = await h.GetAsync($"open-apis/im/v1/messages?{query}", await h.TenantTokenAsync());
        await EmulatorHarness.ReadErrorAsync(response, 230001, 400);
    }

    [Fact]
    public async Task Listing_a_chat_without_the_bot_answers_230002()
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var response = await h.GetAsync($"open-apis/im/v1/messages?container_id_type=chat&container_id={DemoData.NoBotChatId}", await h.TenantTokenAsync());
        await EmulatorHarness.ReadErrorAsync(response, 230002, 400);
    }
}
