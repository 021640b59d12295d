using Lark.Emulator.Fixtures;

namespace Lark.Resources.Integration.Cli.Listing;

/// <summary>
/// A whole chat listed with its resources stays under Lark's per-app limit of 50 requests a second, as the emulator's
/// request log shows: each request's log id starts with the second it arrived in, on the emulator's clock.
/// </summary>
public sealed class RateLimitTests
{
    [Fact]
    public async Task Page_all_with_downloads_of_a_big_chat_never_sends_more_than_50_requests_in_a_second()
    {
        LargeChatInfo info = null!;
        await using var h = await ListingHarness.StartAsync(f =>
        {
            info = LargeChat.AddTo(f, new LargeChatSpec(600, 60));
            // The same chat with small files, so the test is about requests, not bytes.
            var small = f.Resources.Where(r => r.MessageId.StartsWith("om_large_", StringComparison.Ordinal)).ToList();
            foreach (var r in small)
            {
                f.Resources.Remove(r);
                f.Resources.Add(new FixtureResource
                {
                    MessageId = r.MessageId, FileKey = r.FileKey, Type = r.Type, ContentType = r.ContentType, FileName = r.FileName,
                    Seed = r.Seed, Size = 2_000 + (r.Size % 8_000),
                });
            }
        }, rateLimit: true);

        var run = await h.RunAsync("im", "+chat-messages-list", "--chat-id", info.ChatId, "--page-all", "--page-limit", "100", "--download-resources");

        run.Exits(0);
        Assert.Equal(info.TopLevelMessages, (int)run.Json["data"]!["total"]!);
        Assert.True((bool)run.Json["meta"]!["pagination"]!["complete"]!);
        // Media messages carry a cover the official extraction skips: one resource each.
        var resources = run.Json["meta"]!["resources"]!;
        Assert.Equal(0, (int)resources["failed"]!);
        Assert.True((int)resources["downloaded"]! >= 50, $"{resources} downloaded");
        Assert.Equal((int)resources["downloaded"]!, Directory.EnumerateFiles(h.ResourceDirectory).Count(p => !Path.GetFileName(p).StartsWith('.')));

        var requests = h.Emulator.Requests;
        Assert.True(requests.Count > 100, $"{requests.Count} requests: too few to say anything about a limit of 50 a second");
        var busiest = requests.GroupBy(r => r.LogId[..14]).Select(g => (Second: g.Key, Count: g.Count())).MaxBy(s => s.Count);
        Assert.True(busiest.Count <= 50, $"{busiest.Count} requests in the second {busiest.Second}; total {requests.Count}; seconds {requests.Select(r => r.LogId[..14]).Distinct().Count()}; {string.Join(",", requests.GroupBy(r => r.LogId[..14]).Select(g => g.Count()))}");
        // Nothing was refused for the rate: the client kept under it rather than being told.
        Assert.DoesNotContain(requests, r => r.StatusCode == 429);
        Assert.True(requests.Select(r => r.LogId[..14]).Distinct().Count() >= 3, "the requests spread over several seconds");
    }
}
