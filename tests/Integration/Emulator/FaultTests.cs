using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using Lark.Emulator;
using Lark.Emulator.Content;
using Lark.Emulator.Faults;
using Lark.Emulator.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace Lark.Resources.Integration.Emulator;

public sealed class FaultTests
{
    private const string Key = DemoData.LargeFileKey;
    private const string Msg = DemoData.LargeFileMessageId;
    private const long Seed = DemoData.LargeFileSeed;

    private static async Task<(byte[] Bytes, Exception? Error)> ReadAllAsync(HttpResponseMessage response)
    {
        var stream = await response.Content.ReadAsStreamAsync();
        using var buffer = new MemoryStream();
        var chunk = new byte[8192];
        try
        {
            int n;
            while ((n = await stream.ReadAsync(chunk)) > 0)
            {
                buffer.Write(chunk, 0, n);
            }

            return (buffer.ToArray(), null);
        }
        catch (Exception e) when (e is IOException or HttpRequestException)
        {
            return (buffer.ToArray(), e);
        }
    }

    [Fact]
    public async Task Drop_connection_after_k_bytes_declares_the_full_length_then_aborts()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var rule = new FaultRule { FileKey = Key, Kind = FaultKind.DropConnection, Bytes = 10_000, Count = 1 };
        h.Emulator.Faults.Add(rule);
        var token = await h.TenantTokenAsync();
        using (var response = await h.GetAsync(EmulatorHarness.ResourcePath(Msg, Key, "file"), token, "bytes=0-131071", HttpCompletionOption.ResponseHeadersRead))
        {
            Assert.Equal(206, (int)response.StatusCode);
            Assert.Equal(131072, response.Content.Headers.ContentLength);
            var (bytes, error) = await ReadAllAsync(response);
            Assert.Equal(10_000, bytes.Length);
            Assert.NotNull(error);
            Assert.Equal(ResourceBytes.Get(Seed, 0, 10_000), bytes);
        }

        // Count = 1: the next request is served normally.
        using var again = await h.GetResourceAsync(token, Msg, Key, range: "bytes=0-131071");
        Assert.Equal(131072, (await again.Content.ReadAsByteArrayAsync()).Length);
        Assert.Equal(0, rule.Remaining);
    }

    [Fact]
    public async Task Status_fault_answers_the_status_with_a_lark_body()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.Add(new FaultRule { Kind = FaultKind.Status, StatusCode = 503, LarkCode = 234042 });
        using var response = await h.GetResourceAsync(await h.TenantTokenAsync(), Msg, Key);
        await EmulatorHarness.ReadErrorAsync(response, 234042, 503);
    }

    [Fact]
    public async Task Status_fault_can_send_a_literal_body()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.Add(new FaultRule { FileKey = Key, Kind = FaultKind.Status, StatusCode = 502, Body = "bad gateway" });
        using var response = await h.GetResourceAsync(await h.TenantTokenAsync(), Msg, Key);
        Assert.Equal(502, (int)response.StatusCode);
        Assert.Equal("bad gateway", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Fault_for_another_key_does_not_apply()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.Add(new FaultRule { FileKey = DemoData.SmallFileKey, Kind = FaultKind.Status, StatusCode = 500 });
        using var response = await h.GetResourceAsync(await h.TenantTokenAsync(), Msg, Key, range: "bytes=0-9");
        Assert.Equal(206, (int)response.StatusCode);
    }

    [Fact]
    public async Task Ignore_range_answers_200_with_the_whole_body()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.Add(new FaultRule { FileKey = DemoData.SmallFileKey, Kind = FaultKind.IgnoreRange });
        using var response = await h.GetResourceAsync(await h.TenantTokenAsync(), DemoData.SmallFileMessageId, DemoData.SmallFileKey, range: "bytes=100-199");
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Null(response.Content.Headers.ContentRange);
        Assert.Equal(ResourceBytes.Get(DemoData.SmallFileSeed, 0, (int)DemoData.SmallFileSize), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Shift_range_sends_a_different_range_and_says_so()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.Add(new FaultRule { FileKey = Key, Kind = FaultKind.ShiftRange, Bytes = 1000 });
        using var response = await h.GetResourceAsync(await h.TenantTokenAsync(), Msg, Key, range: "bytes=5000-5999");
        Assert.Equal(206, (int)response.StatusCode);
        Assert.Equal(6000, response.Content.Headers.ContentRange!.From);
        Assert.Equal(6999, response.Content.Headers.ContentRange.To);
        Assert.Equal(ResourceBytes.Get(Seed, 6000, 1000), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Short_range_sends_less_and_says_so()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.Add(new FaultRule { FileKey = Key, Kind = FaultKind.ShortRange, Bytes = 400 });
        using var response = await h.GetResourceAsync(await h.TenantTokenAsync(), Msg, Key, range: "bytes=0-999");
        Assert.Equal(206, (int)response.StatusCode);
        Assert.Equal(0, response.Content.Headers.ContentRange!.From);
        Assert.Equal(599, response.Content.Headers.ContentRange.To);
        Assert.Equal(600, response.Content.Headers.ContentLength);
        Assert.Equal(ResourceBytes.Get(Seed, 0, 600), await response.Content.ReadAsByteArrayAsync());
    }

    [Fact]
    public async Task Long_body_sends_more_than_content_range_says()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.Add(new FaultRule { FileKey = Key, Kind = FaultKind.LongBody, Bytes = 77 });
        using var response = await h.GetResourceAsync(await h.TenantTokenAsync(), Msg, Key, range: "bytes=0-999");
        Assert.Equal(206, (int)response.StatusCode);
        Assert.Equal(999, response.Content.Headers.ContentRange!.To);
        // No Content-Length on the wire: the body is chunked.
        Assert.True(response.Headers.TransferEncodingChunked);
        var bytes = await response.Content.ReadAsByteArrayAsync();
        Assert.Equal(1077, bytes.Length);
        Assert.Equal(ResourceBytes.Get(Seed, 0, 1077), bytes);
    }

    [Fact]
    public async Task Wrong_total_changes_only_the_content_range_total()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.Add(new FaultRule { FileKey = Key, Kind = FaultKind.WrongTotal, Bytes = 5, Count = 1 });
        var token = await h.TenantTokenAsync();
        using var response = await h.GetResourceAsync(token, Msg, Key, range: "bytes=0-9");
        Assert.Equal(DemoData.LargeFileSize + 5, response.Content.Headers.ContentRange!.Length);
        Assert.Equal(ResourceBytes.Get(Seed, 0, 10), await response.Content.ReadAsByteArrayAsync());
        using var next = await h.GetResourceAsync(token, Msg, Key, range: "bytes=10-19");
        Assert.Equal(DemoData.LargeFileSize, next.Content.Headers.ContentRange!.Length);
    }

    [Fact]
    public async Task Range_faults_do_not_touch_requests_without_range()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var rule = new FaultRule { Kind = FaultKind.ShortRange, Bytes = 10, Count = 1 };
        h.Emulator.Faults.Add(rule);
        using var response = await h.GetResourceAsync(await h.TenantTokenAsync(), DemoData.SmallFileMessageId, DemoData.SmallFileKey);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(DemoData.SmallFileSize, (await response.Content.ReadAsByteArrayAsync()).Length);
        Assert.Equal(1, rule.Remaining);
    }

    [Fact]
    public async Task Stall_sends_headers_then_nothing_until_the_client_gives_up()
    {
        await using var h = await EmulatorHarness.StartAsync();
        h.Emulator.Faults.Add(new FaultRule { FileKey = Key, Kind = FaultKind.Stall, Count = 1 });
        var token = await h.TenantTokenAsync();
        using (var response = await h.GetAsync(EmulatorHarness.ResourcePath(Msg, Key, "file"), token, "bytes=0-99", HttpCompletionOption.ResponseHeadersRead))
        {
            Assert.Equal(206, (int)response.StatusCode);
            var stream = await response.Content.ReadAsStreamAsync();
            using var cts = new CancellationTokenSource(TimeSpan.FromMilliseconds(300));
            await Assert.ThrowsAnyAsync<OperationCanceledException>(async () => await stream.ReadExactlyAsync(new byte[100], cts.Token));
        }

        using var after = await h.GetResourceAsync(token, Msg, Key, range: "bytes=0-99");
        Assert.Equal(100, (await after.Content.ReadAsByteArrayAsync()).Length);
    }

    [Fact]
    public async Task Faults_from_the_fixture_are_active_from_the_start()
    {
        var fixture = DemoData.Fixture;
        fixture.Faults.Add(new FaultRule { FileKey = Key, Kind = FaultKind.Status, StatusCode = 500, Count = 1 });
        // Round-trip through JSON to check the fixture format carries faults.
        var loaded = EmulatorFixture.FromJson(fixture.ToJson());
        Assert.Contains("\"kind\": \"status\"", fixture.ToJson(), StringComparison.Ordinal);
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { Fixture = loaded });
        var token = await h.TenantTokenAsync();
        using var first = await h.GetResourceAsync(token, Msg, Key, range: "bytes=0-9");
        Assert.Equal(500, (int)first.StatusCode);
        using var second = await h.GetResourceAsync(token, Msg, Key, range: "bytes=0-9");
        Assert.Equal(206, (int)second.StatusCode);
    }

    [Fact]
    public async Task Latency_delays_every_answer_on_the_injected_clock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { Time = time });
        var token = await h.TenantTokenAsync();
        h.Emulator.Faults.LatencyPerRequest = TimeSpan.FromSeconds(30);
        var pending = h.GetResourceAsync(token, DemoData.SmallFileMessageId, DemoData.SmallFileKey);
        var first = await Task.WhenAny(pending, Task.Delay(TimeSpan.FromMilliseconds(300)));
        Assert.NotSame(pending, first);
        while (!pending.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(30));
            await Task.WhenAny(pending, Task.Delay(TimeSpan.FromMilliseconds(20)));
        }

        using var response = await pending;
        Assert.Equal(200, (int)response.StatusCode);
    }

    [Fact]
    public async Task Bandwidth_limits_bytes_per_second()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TenantTokenAsync();
        h.Emulator.Faults.BandwidthBytesPerSecond = 400_000;
        var watch = Stopwatch.StartNew();
        using var response = await h.GetResourceAsync(token, Msg, Key, range: "bytes=0-199999");
        var bytes = await response.Content.ReadAsByteArrayAsync();
        watch.Stop();
        Assert.Equal(200_000, bytes.Length);
        // The last slice leaves at 400 ms; timers may fire a few ms early (millisecond truncation, a coarse tick),
        // so the bound keeps a margin. Without the cap this takes a few ms.
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(350), $"took {watch.Elapsed}");

        h.Emulator.Faults.Clear();
        Assert.Equal(0, h.Emulator.Faults.BandwidthBytesPerSecond);
    }

    [Fact]
    public async Task Faults_apply_only_after_every_check_passed()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var rule = new FaultRule { Kind = FaultKind.Status, StatusCode = 500, Count = 1 };
        h.Emulator.Faults.Add(rule);
        using var response = await h.GetResourceAsync(await h.TenantTokenAsync(), DemoData.NoAccessMessageId, DemoData.NoAccessKey);
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(234002, (int)body["code"]!);
        Assert.Equal(1, rule.Remaining);
    }
}
