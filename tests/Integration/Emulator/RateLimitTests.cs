using Lark.Emulator;
using Lark.Emulator.Fixtures;
using Lark.Emulator.RateLimiting;
using Microsoft.Extensions.Time.Testing;

namespace Lark.Resources.Integration.Emulator;

public sealed class RateLimitTests
{
    // 300 ms into a second, 30.3 s into a minute: the resets below follow from it.
    private static readonly DateTimeOffset Start = new(2026, 1, 1, 0, 0, 30, 300, TimeSpan.Zero);

    private static Task<HttpResponseMessage> Hit(EmulatorHarness h, string token) =>
        h.GetResourceAsync(token, DemoData.SmallFileMessageId, DemoData.SmallFileKey, range: "bytes=0-0");

    [Fact]
    public async Task Fifty_one_requests_in_a_second_get_429_with_reset_headers()
    {
        var time = new FakeTimeProvider(Start);
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { Time = time });
        var token = await h.TenantTokenAsync();
        for (var i = 0; i < 50; i++)
        {
            using var ok = await Hit(h, token);
            Assert.Equal(206, (int)ok.StatusCode);
        }

        using var limited = await Hit(h, token);
        await EmulatorHarness.ReadErrorAsync(limited, 99991400, 429);
        Assert.Equal("50", Assert.Single(limited.Headers.GetValues("x-ogw-ratelimit-limit")));
        Assert.Equal("1", Assert.Single(limited.Headers.GetValues("x-ogw-ratelimit-reset")));

        time.Advance(TimeSpan.FromMilliseconds(700));
        using var next = await Hit(h, token);
        Assert.Equal(206, (int)next.StatusCode);
    }

    [Fact]
    public async Task Per_minute_limit_reports_seconds_until_the_minute_ends()
    {
        var time = new FakeTimeProvider(Start);
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { Time = time, RateLimit = new RateLimitOptions { PerSecond = 1000, PerMinute = 20 } });
        var token = await h.TenantTokenAsync();
        for (var i = 0; i < 20; i++)
        {
            using var ok = await Hit(h, token);
            Assert.Equal(206, (int)ok.StatusCode);
        }

        time.Advance(TimeSpan.FromSeconds(5)); // 35.3 s into the minute
        using var limited = await Hit(h, token);
        Assert.Equal(429, (int)limited.StatusCode);
        Assert.Equal("20", Assert.Single(limited.Headers.GetValues("x-ogw-ratelimit-limit")));
        Assert.Equal("25", Assert.Single(limited.Headers.GetValues("x-ogw-ratelimit-reset")));

        time.Advance(TimeSpan.FromSeconds(25));
        using var next = await Hit(h, token);
        Assert.Equal(206, (int)next.StatusCode);
    }

    [Fact]
    public async Task Limits_are_per_app()
    {
        var time = new FakeTimeProvider(Start);
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { Time = time, RateLimit = new RateLimitOptions { PerSecond = 2 } });
        var token = await h.TenantTokenAsync();
        var other = await h.TenantTokenAsync(DemoData.NoScopeAppId, DemoData.NoScopeAppSecret);
        for (var i = 0; i < 2; i++)
        {
            using var ok = await Hit(h, token);
        }

        using var limited = await Hit(h, token);
        Assert.Equal(429, (int)limited.StatusCode);
        using var otherApp = await Hit(h, other);
        Assert.Equal(99991672, (int)(await EmulatorHarness.ReadErrorAsync(otherApp, 99991672, 400))["code"]!);
    }

    [Fact]
    public async Task Rate_limit_can_be_switched_off_and_on_at_run_time()
    {
        var time = new FakeTimeProvider(Start);
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { Time = time, RateLimit = new RateLimitOptions { Enabled = false, PerSecond = 1 } });
        var token = await h.TenantTokenAsync();
        for (var i = 0; i < 5; i++)
        {
            using var ok = await Hit(h, token);
            Assert.Equal(206, (int)ok.StatusCode);
        }

        h.Emulator.SetRateLimit(new RateLimitOptions { Enabled = true, PerSecond = 1 });
        Assert.True(h.Emulator.RateLimit.Enabled);
        using (var first = await Hit(h, token))
        {
            Assert.Equal(206, (int)first.StatusCode);
        }

        using var second = await Hit(h, token);
        Assert.Equal(429, (int)second.StatusCode);
    }

    [Fact]
    public async Task One_limit_counts_listings_resources_and_every_other_call_of_the_app()
    {
        var time = new FakeTimeProvider(Start);
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { Time = time, RateLimit = new RateLimitOptions { PerSecond = 4 } });
        var token = await h.TenantTokenAsync();
        Assert.Equal(200, (await h.GetJsonAsync($"open-apis/im/v1/messages?container_id_type=chat&container_id={DemoData.ChatId}", token)).Status);
        using (var download = await Hit(h, token))
        {
            Assert.Equal(206, (int)download.StatusCode);
        }

        Assert.Equal(200, (await h.GetJsonAsync($"open-apis/im/v1/messages/mget?message_ids={DemoData.TextMessageId}", token)).Status);
        Assert.Equal(200, (await h.GetJsonAsync($"open-apis/im/v1/chats/{DemoData.ChatId}", token)).Status);

        using var limited = await h.GetAsync($"open-apis/im/v1/messages?container_id_type=thread&container_id={DemoData.ThreadId}", token);
        await EmulatorHarness.ReadErrorAsync(limited, 99991400, 429);
        Assert.Equal("1", Assert.Single(limited.Headers.GetValues("x-ogw-ratelimit-reset")));
        using var limitedDownload = await Hit(h, token);
        Assert.Equal(429, (int)limitedDownload.StatusCode);

        time.Advance(TimeSpan.FromMilliseconds(700));
        Assert.Equal(200, (await h.GetJsonAsync($"open-apis/im/v1/messages?container_id_type=thread&container_id={DemoData.ThreadId}", token)).Status);
    }
}
