using System.Text.Json.Nodes;
using Lark.Emulator.Fixtures;
using static Lark.Resources.Integration.Cli.Listing.ListingHarness;

namespace Lark.Resources.Integration.Cli.Listing;

/// <summary>Every --format of the listing commands, and --jq on the envelope.</summary>
public sealed class FormatTests
{
    private const string Chat = "+chat-messages-list";

    // Three top-level messages of the demo chat, oldest first: edited text, bot text, share_chat.
    private static readonly string[] Window = ["im", Chat, "--chat-id", DemoData.ChatId, "--start", "1717300200", "--end", "1717300500", "--order", "asc", "--no-reactions"];

    private static string[] Lines(string text) => text.ReplaceLineEndings("\n").TrimEnd('\n').Split('\n');

    [Fact]
    public async Task Json_is_the_envelope_by_default_and_with_format_json()
    {
        await using var h = await ListingHarness.StartAsync();

        var byDefault = await h.RunAsync(Window);
        var json = await h.RunAsync([.. Window, "--format", "JSON"]);

        Assert.Equal(byDefault.Exits(0).Out, json.Exits(0).Out);
        Assert.Equal(["ok", "identity", "data", "meta"], byDefault.Json.Select(p => p.Key));
        Assert.True((bool)byDefault.Json["ok"]!);
        Assert.Equal(["has_more", "messages", "page_token", "total"], byDefault.Json["data"]!.AsObject().Select(p => p.Key));
        Assert.Equal(3, (int)byDefault.Json["data"]!["total"]!);
        Assert.Equal("", byDefault.Error);
    }

    [Fact]
    public async Task Ndjson_is_one_message_a_line_with_keys_sorted_and_the_pagination_on_stderr()
    {
        await using var h = await ListingHarness.StartAsync();
        var json = await h.RunAsync(Window);

        var run = await h.RunAsync([.. Window, "--format", "ndjson"]);

        run.Exits(0);
        var lines = Lines(run.Out);
        Assert.Equal(3, lines.Length);
        for (var i = 0; i < lines.Length; i++)
        {
            var line = JsonNode.Parse(lines[i])!.AsObject();
            Assert.Equal(line.Select(p => p.Key).Order(StringComparer.Ordinal), line.Select(p => p.Key));
            Assert.True(JsonNode.DeepEquals(Messages(json)[i], line), $"line {i} differs from the JSON envelope's message");
            Assert.DoesNotContain('\n', lines[i]);
        }

        Assert.Equal("""{"_diagnostic":"pagination","complete":true,"pages":1,"items":3}""", run.Error.Trim());
    }

    [Fact]
    public async Task Ndjson_of_an_incomplete_listing_gives_the_next_token_on_stderr_and_mget_gives_no_diagnostic()
    {
        await using var h = await ListingHarness.StartAsync();

        var paged = await h.RunAsync("im", Chat, "--chat-id", DemoData.ChatId, "--page-size", "2", "--no-reactions", "--format", "ndjson");
        var mget = await h.RunAsync("im", "+messages-mget", "--message-ids", $"{DemoData.TextMessageId},{DemoData.VoteMessageId}", "--no-reactions", "--format", "ndjson");

        Assert.Equal(2, Lines(paged.Exits(0).Out).Length);
        var diagnostic = JsonNode.Parse(paged.Error)!;
        Assert.False((bool)diagnostic["complete"]!);
        Assert.False(string.IsNullOrEmpty((string?)diagnostic["next_token"]));
        Assert.Equal(2, Lines(mget.Exits(0).Out).Length);
        Assert.Equal("", mget.Error);
    }

    [Fact]
    public async Task Table_flattens_each_message_with_sorted_dotted_columns_and_ends_with_the_pagination()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync([.. Window, "--format", "table"]);

        run.Exits(0);
        var lines = Lines(run.Out);
        var header = lines[0].Split("  ", StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        Assert.Equal(
            ["chat_id", "content", "create_time", "deleted", "message_id", "msg_type", "sender.id", "sender.id_type", "sender.name", "sender.sender_type", "sender.tenant_key", "update_time", "updated"],
            header);
        Assert.Matches("^─+(  ─+)+$", lines[1]);
        Assert.StartsWith(DemoData.ChatId, lines[2], StringComparison.Ordinal);
        Assert.Contains(DemoData.BotName, lines[3], StringComparison.Ordinal);
        Assert.Contains("[Chat card: oc_demotopic000005]", lines[4], StringComparison.Ordinal);
        Assert.Equal("", lines[5]);
        Assert.Equal("Pagination: complete (1 page(s), 3 item(s))", lines[6]);
        Assert.Equal(7, lines.Length);
    }

    [Fact]
    public async Task Table_puts_arrays_in_one_cell_as_json()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", "+messages-mget", "--message-ids", DemoData.MentionMessageId, "--format", "table");

        run.Exits(0);
        var row = Lines(run.Out)[2];
        Assert.Contains("""[{"id":"ou_demoalice000002","key":"@_user_1","name":"Alice 王芳"}""", row, StringComparison.Ordinal);
        Assert.Contains("""{"count":2,"reaction_type":"THUMBSUP"}""", row, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Csv_has_a_header_a_row_a_message_quoted_where_needed_and_the_pagination_on_stderr()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", "+messages-mget", "--message-ids", $"{DemoData.TextMessageId},{DemoData.VoteMessageId}", "--no-reactions", "--format", "csv");
        var paged = await h.RunAsync([.. Window, "--format", "csv"]);

        run.Exits(0);
        var text = run.Out.ReplaceLineEndings("\n");
        Assert.StartsWith("chat_id,content,create_time,deleted,message_id,msg_type,sender.id,sender.id_type,sender.name,sender.sender_type,sender.tenant_key,updated\n", text, StringComparison.Ordinal);
        Assert.Contains($"{DemoData.ChatId},Hello from the Lark emulator,2024-06-01 00:00,false,{DemoData.TextMessageId},text,", text, StringComparison.Ordinal);
        Assert.Contains($"{DemoData.ChatId},\"<vote>\n午饭吃什么？ Lunch?\n• 面条 Noodles\n• 寿司 Sushi\n• 沙拉 Salad\n</vote>\",2024-06-02 03:59,false,{DemoData.VoteMessageId},vote,", text, StringComparison.Ordinal);
        Assert.Equal("", run.Error);
        Assert.Equal(4, Lines(paged.Exits(0).Out).Length);
        Assert.Equal("""{"_diagnostic":"pagination","complete":true,"pages":1,"items":3}""", paged.Error.Trim());
    }

    [Theory]
    [InlineData("table")]
    [InlineData("csv")]
    public async Task An_empty_listing_is_empty_in_table_and_csv(string format)
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", Chat, "--chat-id", DemoData.ChatId, "--start", "2030-01-01", "--format", format);

        run.Exits(0);
        Assert.StartsWith("(empty)\n", run.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Pretty_lists_time_type_sender_and_cut_content_then_the_count_the_tip_and_the_pagination()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", Chat, "--chat-id", DemoData.ChatId, "--start", "1717300080", "--end", "1717300500", "--order", "asc", "--no-reactions", "--format", "pretty");

        run.Exits(0);
        var lines = Lines(run.Out);
        Assert.Equal(["content", "sender", "time", "type"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        Assert.Matches("^1.4 版本还有阻塞问题吗？ Any blockers for 1.4\\?\\s+Bob Smith\\s+2024-06-02 03:48\\s+text\\s*$", lines[2]);
        Assert.Contains("周会改到下午三点 Weekly sync moved to 3 pm", lines[3], StringComparison.Ordinal);
        Assert.Equal(["", "4 message(s)", "tip: use --format json to view full message content", "", "Pagination: complete (1 page(s), 4 item(s))"], lines[^5..]);
    }

    [Fact]
    public async Task Pretty_cuts_content_to_40_characters_on_one_line()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", "+messages-mget", "--message-ids", DemoData.PostMessageId, "--no-reactions", "--format", "pretty");

        run.Exits(0);
        var lines = Lines(run.Out);
        Assert.Equal(["content", "message_id", "sender", "time", "type"], lines[0].Split(' ', StringSplitOptions.RemoveEmptyEntries));
        // 40 characters, the line breaks made spaces, then the ellipsis.
        Assert.StartsWith("周报 Weekly See the picture and the clip: …  om_demo_post_0001", lines[2], StringComparison.Ordinal);
        Assert.Equal(["", "1 message(s)", "tip: use --format json to view full message content"], lines[^3..]);
    }

    [Fact]
    public async Task Pretty_of_a_thread_counts_thread_messages()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", "+threads-messages-list", "--thread", DemoData.ThreadId, "--no-reactions", "--format", "pretty");

        run.Exits(0);
        Assert.Contains("\n4 thread message(s)\n", run.Out.ReplaceLineEndings("\n"), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Chat, "No messages in this time range.")]
    [InlineData("+messages-mget", "No messages found.")]
    public async Task Pretty_of_nothing_says_so(string command, string text)
    {
        await using var h = await ListingHarness.StartAsync();

        var run = command == Chat
            ? await h.RunAsync("im", Chat, "--chat-id", DemoData.ChatId, "--start", "2030-01-01", "--format", "pretty")
            : await h.RunAsync("im", command, "--message-ids", "om_nosuchmessage0001", "--format", "pretty");

        run.Exits(0);
        Assert.Equal(text, Lines(run.Out)[0]);
        Assert.DoesNotContain("tip:", run.Out, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Jq_filters_the_envelope_and_prints_strings_raw()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync([.. Window, "-q", ".data.messages[].message_id"]);
        var total = await h.RunAsync([.. Window, "--jq", ".meta.pagination.items"]);

        Assert.Equal($"{DemoData.EditedMessageId}\n{DemoData.BotTextMessageId}\n{DemoData.ShareChatMessageId}\n", run.Exits(0).Out.ReplaceLineEndings("\n"));
        Assert.Equal("3\n", total.Exits(0).Out.ReplaceLineEndings("\n"));
    }

    [Theory]
    [InlineData("ndjson")]
    [InlineData("pretty")]
    public async Task Jq_with_a_format_other_than_json_is_refused_before_any_request(string format)
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync([.. Window, "--format", format, "-q", ".data"]);

        run.Exits(2);
        Assert.Equal($"--jq and --format {format} are mutually exclusive", (string)run.ErrorJson["error"]!["message"]!);
        Assert.Empty(h.ApiRequests());
    }

    [Fact]
    public async Task An_unknown_format_falls_back_to_json_with_a_warning()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync([.. Window, "--format", "yaml"]);

        run.Exits(0);
        Assert.Equal("warning: unknown format \"yaml\", falling back to json", run.Error.Trim());
        Assert.True((bool)run.Json["ok"]!);
    }
}
