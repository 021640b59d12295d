using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Lark.Emulator;
using Lark.Emulator.Faults;
using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;

namespace Lark.Resources.Integration.Emulator;

/// <summary>Faults, latency and bandwidth on the Open API answers, down to one listing page.</summary>
public sealed class ConversationFaultTests
{
    private const string ListPath = "/open-apis/im/v1/messages";
    private const string Main = $"open-apis/im/v1/messages?container_id_type=chat&container_id={DemoData.ChatId}&page_size=5";

    private static async Task<string> NextTokenAsync(EmulatorHarness h, string query, string token) =>
        (string)(await h.DataAsync(query, token))["page_token"]!;

    [Fact]
    public async Task A_rule_fails_the_second_page_once_and_the_retry_gets_it()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var rule = new FaultRule { Path = ListPath, Page = 2, Kind = FaultKind.Status, StatusCode = 503, Count = 1 };
        h.Emulator.Faults.Add(rule);
        var token = await h.TenantTokenAsync();
        var second = Uri.EscapeDataString(await NextTokenAsync(h, Main, token));

        using (var failed = await h.GetAsync($"{Main}&page_token={second}", token))
        {
            Assert.Equal(503, (int)failed.StatusCode);
            Assert.Empty(await failed.Content.ReadAsByteArrayAsync());
        }

        var retried = await h.DataAsync($"{Main}&page_token={second}", token);
        Assert.Equal(5, retried["items"]!.AsArray().Count);
        Assert.Equal(0, rule.Remaining);
        var third = Uri.EscapeDataString((string)retried["page_token"]!);
        Assert.Equal(5, (await h.DataAsync($"{Main}&page_token={third}", token))["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_rule_can_pick_a_page_by_its_token_and_answer_a_lark_error()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TenantTokenAsync();
        var second = await NextTokenAsync(h, Main, token);
        h.Emulator.Faults.Add(new FaultRule { Path = ListPath, PageToken = second, Kind = FaultKind.Status, StatusCode = 500, LarkCode = 99991400, Count = 1 });
        Assert.Equal(second, await NextTokenAsync(h, Main, token));
        using var failed = await h.GetAsync($"{Main}&page_token={Uri.EscapeDataString(second)}", token);
        await EmulatorHarness.ReadErrorAsync(failed, 99991400, 500);
    }

    [Fact]
    public async Task A_dropped_page_declares_its_length_then_ends_early()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.Add(new FaultRule { Path = ListPath, Page = 1, Kind = FaultKind.DropConnection, Bytes = 100, Count = 1 });
        var token = await h.TenantTokenAsync();
        using (var response = await h.GetAsync(Main, token, completion: HttpCompletionOption.ResponseHeadersRead))
        {
            Assert.Equal(200, (int)response.StatusCode);
            Assert.True(response.Content.Headers.ContentLength > 100);
            var stream = await response.Content.ReadAsStreamAsync();
            var buffer = new byte[100_000];
            var read = 0;
            await Assert.ThrowsAnyAsync<Exception>(async () =>
            {
                int n;
                while ((n = await stream.ReadAsync(buffer.AsMemory(read))) > 0)
                {
                    read += n;
                }
            });
            Assert.Equal(100, read);
        }

        Assert.Equal(5, (await h.DataAsync(Main, token))["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task A_stalled_page_sends_headers_then_nothing()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.Add(new FaultRule { Path = ListPath, Kind = FaultKind.Stall, Count = 1 });
        var token = await h.TenantTokenAsync();
        using (var response = await h.GetAsync(Main, token, completion: HttpCompletionOption.ResponseHeadersRead))
        {
            var stream = await response.Content.ReadAsStreamAsync();
            using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await stream.ReadExactlyAsync(new byte[10], cts.Token));
        }

        Assert.Equal(5, (await h.DataAsync(Main, token))["items"]!.AsArray().Count);
    }

    [Theory]
    [InlineData("GET", "/open-apis/im/v1/messages/mget", "open-apis/im/v1/messages/mget?message_ids=om_demo_text_0001")]
    [InlineData("GET", "/open-apis/im/v1/messages/om_demo_text_0001", "open-apis/im/v1/messages/om_demo_text_0001")]
    [InlineData("GET", "/open-apis/im/v1/chats/*", "open-apis/im/v1/chats/oc_demo0000000001")]
    [InlineData("POST", "/open-apis/im/v1/messages/reactions/batch_query", "open-apis/im/v1/messages/reactions/batch_query")]
    public async Task Every_conversation_endpoint_takes_a_path_rule(string method, string rulePath, string path)
    {
        await using var h = await EmulatorHarness.StartAsync();
        var rule = new FaultRule { Path = rulePath, Kind = FaultKind.Status, StatusCode = 502, Body = "bad gateway", Count = 1 };
        h.Emulator.Faults.Add(rule);
        var token = await h.TenantTokenAsync();
        using var request = new HttpRequestMessage(new HttpMethod(method), path);
        request.Headers.Authorization = new("Bearer", token);
        if (method == "POST")
        {
            request.Content = JsonContent.Create(new JsonObject { ["queries"] = new JsonArray(new JsonObject { ["message_id"] = DemoData.TextMessageId }) });
        }

        using var response = await h.Client.SendAsync(request);
        Assert.Equal(502, (int)response.StatusCode);
        Assert.Equal("bad gateway", await response.Content.ReadAsStringAsync());
        Assert.Equal(0, rule.Remaining);
    }

    [Fact]
    public async Task A_download_rule_leaves_listings_alone_and_a_listing_rule_leaves_downloads_alone()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var anyDownload = new FaultRule { Kind = FaultKind.Status, StatusCode = 500, Count = 1 };
        var listing = new FaultRule { Path = ListPath, Kind = FaultKind.Status, StatusCode = 503, Count = 1 };
        h.Emulator.Faults.Add(anyDownload);
        var token = await h.TenantTokenAsync();
        Assert.Equal(5, (await h.DataAsync(Main, token))["items"]!.AsArray().Count);
        Assert.Equal(1, anyDownload.Remaining);

        h.Emulator.Faults.Clear();
        h.Emulator.Faults.Add(listing);
        using var download = await h.GetResourceAsync(token, DemoData.SmallFileMessageId, DemoData.SmallFileKey);
        Assert.Equal(200, (int)download.StatusCode);
        Assert.Equal(1, listing.Remaining);
    }

    [Fact]
    public async Task A_page_fault_written_in_a_fixture_works()
    {
        var fixture = DemoData.Fixture;
        var json = fixture.ToJson().Replace(
            "\"faults\": [",
            "\"faults\": [ { \"path\": \"" + ListPath + "\", \"page\": 1, \"kind\": \"status\", \"statusCode\": 503, \"count\": 1 },",
            StringComparison.Ordinal);
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { Fixture = EmulatorFixture.FromJson(json) });
        var token = await h.TenantTokenAsync();
        using var first = await h.GetAsync(Main, token);
        Assert.Equal(503, (int)first.StatusCode);
        Assert.Equal(5, (await h.DataAsync(Main, token))["items"]!.AsArray().Count);
    }

    [Fact]
    public async Task Latency_and_bandwidth_pace_a_listing_on_the_injected_clock()
    {
        var clock = new TestClock();
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { Time = clock });
        var token = await h.TenantTokenAsync();
        h.Emulator.Faults.LatencyPerRequest = TimeSpan.FromSeconds(7);
        h.Emulator.Faults.BandwidthBytesPerSecond = 2_000;
        using var response = await h.GetAsync(Main.Replace("page_size=5", "page_size=50", StringComparison.Ordinal), token);
        var length = (await response.Content.ReadAsByteArrayAsync()).Length;
        Assert.True(length > 10_000, $"{length} bytes");
        var delays = clock.Delays.ToList();
        Assert.Equal(TimeSpan.FromSeconds(7), delays[0]);
        // The body leaves in 200-byte slices at 2 000 bytes/s: its waits add up to its length at that rate.
        var paced = delays.Skip(1).Aggregate(TimeSpan.Zero, (a, b) => a + b);
        Assert.InRange(paced.TotalSeconds, (length / 2_000.0) - 0.2, (length / 2_000.0) + 0.2);
    }
}
