using Lark.Emulator;
using Lark.Emulator.Fixtures;
using Microsoft.Extensions.Time.Testing;

namespace Lark.Resources.Integration.Emulator;

/// <summary>The fixture's <c>network</c> section: latency and bandwidth without code.</summary>
public sealed class NetworkFixtureTests
{
    private const string Json = """
        {
          "apps": [ { "appId": "cli_net", "appSecret": "s3cret", "scopes": [ "im:message:readonly" ] } ],
          "network": { "latencyMs": 50, "bandwidthBytesPerSecond": 20000000 }
        }
        """;

    [Fact]
    public async Task Network_round_trips_through_json_and_shapes_the_emulator_from_the_start()
    {
        var parsed = EmulatorFixture.FromJson(Json);
        var written = parsed.ToJson();
        Assert.Contains("\"latencyMs\": 50", written, StringComparison.Ordinal);
        Assert.Contains("\"bandwidthBytesPerSecond\": 20000000", written, StringComparison.Ordinal);
        var again = EmulatorFixture.FromJson(written);
        Assert.Equal(50, again.Network!.LatencyMs);
        Assert.Equal(20_000_000, again.Network.BandwidthBytesPerSecond);

        await using var emulator = await LarkEmulator.StartAsync(new EmulatorOptions { Fixture = again });
        Assert.Equal(TimeSpan.FromMilliseconds(50), emulator.Faults.LatencyPerRequest);
        Assert.Equal(20_000_000, emulator.Faults.BandwidthBytesPerSecond);
    }

    [Fact]
    public void A_fixture_without_network_writes_none()
    {
        Assert.Null(DemoData.Fixture.Network);
        Assert.DoesNotContain("\"network\"", DemoData.Fixture.ToJson(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task Fixture_latency_delays_answers_on_the_injected_clock()
    {
        var time = new FakeTimeProvider(new DateTimeOffset(2026, 1, 1, 0, 0, 0, TimeSpan.Zero));
        var fixture = DemoData.Fixture;
        var shaped = new EmulatorFixture
        {
            Apps = fixture.Apps, Users = fixture.Users, Chats = fixture.Chats, Messages = fixture.Messages, Resources = fixture.Resources,
            Network = new FixtureNetwork { LatencyMs = 30_000 },
        };
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { Fixture = shaped, Time = time });
        var pending = h.TenantTokenAsync();
        var first = await Task.WhenAny(pending, Task.Delay(TimeSpan.FromMilliseconds(300)));
        Assert.NotSame(pending, first);
        while (!pending.IsCompleted)
        {
            time.Advance(TimeSpan.FromSeconds(30));
            await Task.WhenAny(pending, Task.Delay(TimeSpan.FromMilliseconds(20)));
        }

        Assert.StartsWith("t-", await pending, StringComparison.Ordinal);
    }
}
