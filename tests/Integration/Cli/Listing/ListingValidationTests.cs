using System.Text.Json.Nodes;
using Lark.Emulator.Fixtures;

namespace Lark.Resources.Integration.Cli.Listing;

/// <summary>
/// Every refused flag value of the three listing commands: the official CLI's message, the flag as it was typed
/// (an alias is named, and the hint says which flag it maps to), exit 2, nothing on stdout, and no request sent.
/// </summary>
public sealed class ListingValidationTests
{
    private const string Chat = "+chat-messages-list";
    private const string Thread = "+threads-messages-list";
    private const string Mget = "+messages-mget";

    private static readonly string FiftyOneIds = string.Join(',', Enumerable.Range(0, 51).Select(i => $"om_{i:D4}"));

    public static TheoryData<string, string[], string, string?> BotRefusals => new()
    {
        // +chat-messages-list, bot identity (the demo app in the environment)
        { Chat, ["--chat-id", DemoData.ChatId, "--user-id", DemoData.AliceOpenId], "--user-id requires user identity (--as user); use --chat-id when calling with bot identity", "--user-id" },
        { Chat, [], "specify --chat-id (bot identity does not support --user-id)", "--chat-id" },
        { Chat, ["--chat-id", "chat_1"], "invalid chat ID format, should start with 'oc_' (e.g., oc_abc123)", "--chat-id" },
        { Chat, ["--chat-id", DemoData.ChatId, "--page-size", "0"], "invalid --page-size 0: must be between 1 and 50", "--page-size" },
        { Chat, ["--chat-id", DemoData.ChatId, "--page-size", "51"], "invalid --page-size 51: must be between 1 and 50", "--page-size" },
        { Chat, ["--chat-id", DemoData.ChatId, "--page-size", "abc"], "invalid --page-size \"abc\": must be an integer", "--page-size" },
        { Chat, ["--chat-id", DemoData.ChatId, "--limit", "51"], "invalid --page-size 51: must be between 1 and 50", "--limit" },
        { Chat, ["--chat-id", DemoData.ChatId, "--page-limit", "0"], "--page-limit must be an integer between 1 and 1000", "--page-limit" },
        { Chat, ["--chat-id", DemoData.ChatId, "--page-limit", "1001"], "--page-limit must be an integer between 1 and 1000", "--page-limit" },
        { Chat, ["--chat-id", DemoData.ChatId, "--page-delay", "-1"], "--page-delay must be an integer between 0 and 60000", "--page-delay" },
        { Chat, ["--chat-id", DemoData.ChatId, "--page-delay", "60001"], "--page-delay must be an integer between 0 and 60000", "--page-delay" },
        { Chat, ["--chat-id", DemoData.ChatId, "--order", "newest"], "invalid value \"newest\" for --order, allowed: asc, desc", "--order" },
        { Chat, ["--chat-id", DemoData.ChatId, "--sort", "newest"], "invalid value \"newest\" for --order, allowed: asc, desc", "--sort" },
        { Chat, ["--chat-id", DemoData.ChatId, "--sort-order", "newest"], "invalid value \"newest\" for --order, allowed: asc, desc", "--sort-order" },
        { Chat, ["--chat-id", DemoData.ChatId, "--start", "yesterday"], "--start: cannot parse time \"yesterday\" (supported: ISO 8601 e.g. 2026-01-01 / 2026-01-01T15:04:05+08:00, Unix timestamp)", "--start" },
        { Chat, ["--chat-id", DemoData.ChatId, "--start-time", "yesterday"], "--start: cannot parse time \"yesterday\" (supported: ISO 8601 e.g. 2026-01-01 / 2026-01-01T15:04:05+08:00, Unix timestamp)", "--start-time" },
        { Chat, ["--chat-id", DemoData.ChatId, "--end", "2026-13-01"], "--end: cannot parse time \"2026-13-01\" (supported: ISO 8601 e.g. 2026-01-01 / 2026-01-01T15:04:05+08:00, Unix timestamp)", "--end" },
        { Chat, ["--chat-id", DemoData.ChatId, "--end-time", "-5"], "--end: cannot parse time \"-5\" (supported: ISO 8601 e.g. 2026-01-01 / 2026-01-01T15:04:05+08:00, Unix timestamp)", "--end-time" },
        { Chat, ["--chat-id", DemoData.ChatId, "--format", "table", "--jq", ".data"], "--jq and --format table are mutually exclusive", "--jq" },
        { Chat, ["--chat-id", DemoData.ChatId, "--download-resources", "--resource-concurrency", "17"], "--resource-concurrency must be between 1 and 16 (got 17)", "--resource-concurrency" },

        // +threads-messages-list
        { Thread, ["--thread", "thread_1"], "invalid --thread \"thread_1\": must start with om_ or omt_", "--thread" },
        { Thread, ["--thread-id", "thread_1"], "invalid --thread \"thread_1\": must start with om_ or omt_", "--thread-id" },
        { Thread, ["--thread", ""], "--thread is required (om_xxx or omt_xxx)", "--thread" },
        { Thread, ["--thread", DemoData.ThreadId, "--page-size", "51"], "invalid --page-size 51: must be between 1 and 50", "--page-size" },
        { Thread, ["--thread", DemoData.ThreadId, "--sort", "newest"], "invalid value \"newest\" for --order, allowed: asc, desc", "--sort" },
        { Thread, ["--thread", DemoData.ThreadId, "--page-delay", "60001"], "--page-delay must be an integer between 0 and 60000", "--page-delay" },
        { Thread, ["--thread", DemoData.ThreadId, "--format", "csv", "-q", ".ok"], "--jq and --format csv are mutually exclusive", "--jq" },

        // +messages-mget
        { Mget, ["--message-ids", FiftyOneIds], "--message-ids supports at most 50 IDs per request (got 51)", "--message-ids" },
        { Mget, ["--message-id", FiftyOneIds], "--message-ids supports at most 50 IDs per request (got 51)", "--message-id" },
        { Mget, ["--message-ids", " , ,"], "--message-ids is required (comma-separated om_xxx)", "--message-ids" },
        { Mget, ["--message-ids", $"{DemoData.TextMessageId},msg_2"], "invalid message ID \"msg_2\": must start with om_", "--message-ids" },
        { Mget, ["--message-id", "msg_2"], "invalid message ID \"msg_2\": must start with om_", "--message-id" },
    };

    public static TheoryData<string, string[], string, string?> UserRefusals => new()
    {
        { Chat, [], "specify at least one of --chat-id or --user-id", null },
        { Chat, ["--chat-id", DemoData.ChatId, "--user-id", DemoData.AliceOpenId], "--chat-id and --user-id are mutually exclusive", "--chat-id" },
        { Chat, ["--user-id", "alice"], "invalid user ID format, should start with 'ou_' (e.g., ou_abc123)", "--user-id" },
    };

    [Theory]
    [MemberData(nameof(BotRefusals))]
    public async Task A_bad_value_is_refused_with_the_official_message_before_any_request(string command, string[] args, string message, string? param)
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync(["im", command, .. args]);

        AssertRefused(h, run, message, param);
    }

    [Theory]
    [MemberData(nameof(UserRefusals))]
    public async Task As_user_a_chat_listing_needs_exactly_one_of_chat_and_user(string command, string[] args, string message, string? param)
    {
        await using var h = await ListingHarness.StartAsync();
        await h.UseDemoUserAsync();

        var run = await h.RunAsync(["im", command, "--as", "user", .. args]);

        AssertRefused(h, run, message, param);
    }

    [Theory]
    [InlineData("--limit", "--page-size")]
    [InlineData("--sort", "--order")]
    [InlineData("--sort-order", "--order")]
    [InlineData("--start-time", "--start")]
    [InlineData("--end-time", "--end")]
    public async Task A_refused_alias_is_named_as_typed_and_the_hint_says_what_it_maps_to(string alias, string canonical)
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", Chat, "--chat-id", DemoData.ChatId, alias, "bad");

        var error = AssertRefused(h, run, null, alias);
        var hint = (string)error["hint"]!;
        Assert.EndsWith($"\n{alias} maps to canonical flag {canonical}", hint, StringComparison.Ordinal);
        Assert.True(hint.Length > $"\n{alias} maps to canonical flag {canonical}".Length, "the command's own hint stays first");
    }

    [Fact]
    public async Task The_order_is_checked_before_the_chat_as_the_enum_flags_come_first()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", Chat, "--order", "newest");

        AssertRefused(h, run, "invalid value \"newest\" for --order, allowed: asc, desc", "--order");
    }

    [Fact]
    public async Task A_chat_listing_checks_the_paging_flags_before_the_page_size()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", Chat, "--chat-id", DemoData.ChatId, "--page-size", "0", "--page-limit", "0");

        AssertRefused(h, run, "--page-limit must be an integer between 1 and 1000", "--page-limit");
    }

    [Fact]
    public async Task A_thread_listing_checks_the_page_size_before_the_paging_flags()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", Thread, "--thread", DemoData.ThreadId, "--page-size", "0", "--page-limit", "0");

        AssertRefused(h, run, "invalid --page-size 0: must be between 1 and 50", "--page-size");
    }

    [Theory]
    [InlineData(Thread, new[] { "--thread", DemoData.ThreadId, "--limit", "5" }, "--limit")]
    [InlineData(Thread, new[] { "--thread", DemoData.ThreadId, "--sort-order", "asc" }, "--sort-order")]
    [InlineData(Thread, new[] { "--thread", DemoData.ThreadId, "--start", "2024-06-01" }, "--start")]
    [InlineData(Mget, new[] { "--message-ids", DemoData.TextMessageId, "--page-all" }, "--page-all")]
    [InlineData(Mget, new[] { "--message-ids", DemoData.TextMessageId, "--order", "asc" }, "--order")]
    public async Task A_flag_the_official_command_does_not_have_is_unknown(string command, string[] args, string flag)
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync(["im", command, .. args]);

        var error = AssertRefused(h, run, null, flag);
        Assert.Contains(flag, (string)error["message"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(Thread, "--thread")]
    [InlineData(Mget, "--message-ids")]
    public async Task A_missing_required_flag_is_refused(string command, string flag)
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", command);

        var error = AssertRefused(h, run, null, flag);
        Assert.Contains(flag, (string)error["message"]!, StringComparison.Ordinal);
    }

    private static JsonObject AssertRefused(ListingHarness h, Support.CliRun run, string? message, string? param)
    {
        run.Exits(2);
        Assert.Equal("", run.Out);
        var error = run.ErrorJson["error"]!.AsObject();
        Assert.Equal("validation", (string)error["type"]!);
        Assert.Equal("invalid_argument", (string)error["subtype"]!);
        if (message is not null)
            Assert.Equal(message, (string)error["message"]!);
        Assert.Equal(param, (string?)error["param"]);
        Assert.Empty(h.ApiRequests());
        Assert.DoesNotContain(h.Emulator.Requests, r => r.Path.Contains("access_token", StringComparison.Ordinal));
        return error;
    }
}
