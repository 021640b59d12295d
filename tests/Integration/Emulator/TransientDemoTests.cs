using Lark.Emulator;
using Lark.Emulator.Content;
using Lark.Emulator.Fixtures;

namespace Lark.Resources.Integration.Emulator;

/// <summary>The demo's transient resource: a few 503s, then the file, so a client's retry can be shown.</summary>
public sealed class TransientDemoTests
{
    private static Task<HttpResponseMessage> GetAsync(EmulatorHarness h, string token, string? range = null) =>
        h.GetResourceAsync(token, DemoData.TransientMessageId, DemoData.TransientKey, range: range);

    [Fact]
    public async Task The_transient_resource_fails_its_first_requests_with_503_then_downloads()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TenantTokenAsync();
        for (var i = 0; i < DemoData.TransientFailures; i++)
        {
            // A range request counts too: a file downloader's first request is a range probe.
            using var failed = await GetAsync(h, token, i == 0 ? "bytes=0-131071" : null);
            Assert.Equal(503, (int)failed.StatusCode);
            Assert.Empty(await failed.Content.ReadAsByteArrayAsync());
        }

        using var response = await GetAsync(h, token);
        Assert.Equal(200, (int)response.StatusCode);
        Assert.Equal(DemoData.TransientFileName, response.Content.Headers.ContentDisposition!.FileName!.Trim('"'));
        Assert.Equal(ResourceBytes.Get(DemoData.TransientSeed, 0, (int)DemoData.TransientSize), await response.Content.ReadAsByteArrayAsync());
        Assert.Equal(
            [503, 503, 200],
            h.Emulator.Requests.Where(r => r.Path.EndsWith(DemoData.TransientKey, StringComparison.Ordinal)).Select(r => r.StatusCode));
    }

    [Fact]
    public async Task Each_emulator_started_from_one_fixture_counts_its_own_failures()
    {
        var fixture = DemoData.Fixture;
        await using (var first = await EmulatorHarness.StartAsync(new EmulatorOptions { Fixture = fixture }))
        {
            var token = await first.TenantTokenAsync();
            for (var i = 0; i <= DemoData.TransientFailures; i++)
            {
                using var _ = await GetAsync(first, token);
            }
        }

        Assert.Equal(DemoData.TransientFailures, fixture.Faults.Single().Remaining);
        await using var second = await EmulatorHarness.StartAsync(new EmulatorOptions { Fixture = fixture });
        using var response = await GetAsync(second, await second.TenantTokenAsync());
        Assert.Equal(503, (int)response.StatusCode);
    }
}
