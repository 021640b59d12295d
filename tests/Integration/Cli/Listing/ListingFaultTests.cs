using Lark.Emulator.Faults;
using Lark.Emulator.Fixtures;
using static Lark.Resources.Integration.Cli.Listing.ListingHarness;

namespace Lark.Resources.Integration.Cli.Listing;

/// <summary>A listing page that fails: once (the library retries it), or every time (the failure envelope, nothing on stdout).</summary>
public sealed class ListingFaultTests
{
    private static string[] PageAll(params string[] more) =>
        ["im", "+chat-messages-list", "--chat-id", DemoData.ChatId, "--page-size", "10", "--page-all", "--no-reactions", .. more];

    [Fact]
    public async Task A_page_that_fails_once_with_503_is_retried_and_the_listing_completes()
    {
        await using var h = await ListingHarness.StartAsync();
        var rule = new FaultRule { Path = ListPath, Page = 2, Kind = FaultKind.Status, StatusCode = 503, Count = 1 };
        h.Emulator.Faults.Add(rule);

        var run = await h.RunAsync(PageAll());

        run.Exits(0);
        Assert.Equal(0, rule.Remaining);
        var pages = h.Listings("chat");
        Assert.Equal([200, 503, 200, 200, 200], pages.Select(r => r.StatusCode));
        Assert.Equal(Param(pages[1], "page_token"), Param(pages[2], "page_token"));
        Assert.Equal(34, MessageIds(run).Distinct().Count());
        Assert.True((bool)run.Json["meta"]!["pagination"]!["complete"]!);
        Assert.Equal(4, (int)run.Json["meta"]!["pagination"]!["pages"]!);
        // The retry waited on the clock rather than hammering.
        Assert.NotEmpty(h.Clock.Delays);
    }

    // A body cut short is read inside the retry pipeline, so it is retried like a failed status.
    [Fact]
    public async Task A_dropped_page_is_retried_too()
    {
        await using var h = await ListingHarness.StartAsync();
        h.Emulator.Faults.Add(new FaultRule { Path = ListPath, Page = 3, Kind = FaultKind.DropConnection, Bytes = 10, Count = 1 });

        var run = await h.RunAsync(PageAll());

        run.Exits(0);
        Assert.Equal(34, MessageIds(run).Count);
        Assert.Equal(5, h.Listings("chat").Count);
    }

    [Fact]
    public async Task A_page_that_keeps_failing_is_a_network_failure_with_nothing_on_stdout()
    {
        await using var h = await ListingHarness.StartAsync();
        h.Emulator.Faults.Add(new FaultRule { Path = ListPath, Page = 2, Kind = FaultKind.Status, StatusCode = 503 });

        var run = await h.RunAsync(PageAll());

        run.Exits(4);
        Assert.Equal("", run.Out);
        var envelope = run.ErrorJson;
        Assert.False((bool)envelope["ok"]!);
        Assert.Equal("bot", (string)envelope["identity"]!);
        var error = envelope["error"]!;
        Assert.Equal("network", (string)error["type"]!);
        Assert.Equal("server_error", (string)error["subtype"]!);
        Assert.True((bool)error["retryable"]!);
        // Retried a few times, then given up; no page after it was asked for.
        var second = h.Listings("chat").Skip(1).ToList();
        Assert.True(second.Count > 1, "the failing page was retried");
        Assert.All(second, r => Assert.Equal(503, r.StatusCode));
    }

    [Fact]
    public async Task A_page_that_keeps_failing_while_resources_download_stops_them_and_a_rerun_finishes()
    {
        await using var h = await ListingHarness.StartAsync();
        h.Emulator.Faults.Add(new FaultRule { Path = ListPath, Page = 2, Kind = FaultKind.Status, StatusCode = 503 });

        var failed = await h.RunAsync(PageAll("--download-resources"));

        // The listing's failure is the one reported, whatever the first page's downloads were doing.
        failed.Exits(4);
        Assert.Equal("", failed.Out);
        Assert.Equal("network", (string)failed.ErrorJson["error"]!["type"]!);

        h.Emulator.Faults.Clear();
        var rerun = await h.RunAsync(PageAll("--download-resources"));

        rerun.Exits(0);
        Assert.Equal(34, MessageIds(rerun).Count);
        var counts = rerun.Json["meta"]!["resources"]!;
        Assert.True((int)counts["downloaded"]! + (int)counts["reused"]! > 0);
        Assert.DoesNotContain(Directory.EnumerateFiles(h.ResourceDirectory), f => f.Contains(".lark-partial", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_lark_refusal_of_the_first_page_is_not_retried()
    {
        await using var h = await ListingHarness.StartAsync();

        var run = await h.RunAsync("im", "+chat-messages-list", "--chat-id", DemoData.NoBotChatId);

        // The house catalog: authorization/permission_denied, exit 3 (the official CLI leaves 230002 unmapped: api, exit 1).
        run.Exits(3);
        Assert.Equal("", run.Out);
        Assert.Equal("authorization", (string)run.ErrorJson["error"]!["type"]!);
        Assert.Equal(230002, (int)run.ErrorJson["error"]!["code"]!);
        Assert.Equal("bot", (string)run.ErrorJson["identity"]!);
        Assert.Single(h.Listings("chat"));
    }

    [Fact]
    public async Task A_rate_limited_page_is_waited_out_and_read()
    {
        await using var h = await ListingHarness.StartAsync();
        var rule = new FaultRule { Path = ListPath, Page = 2, Kind = FaultKind.Status, StatusCode = 429, LarkCode = 99991400, Count = 1 };
        h.Emulator.Faults.Add(rule);

        var run = await h.RunAsync(PageAll());

        run.Exits(0);
        Assert.Equal(0, rule.Remaining);
        Assert.Equal(34, MessageIds(run).Count);
    }
}
