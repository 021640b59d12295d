using Lark.Emulator.Fixtures;

namespace Lark.Resources.Integration.Emulator;

public sealed class RequestLogTests
{
    [Fact]
    public async Task Requests_are_recorded_with_headers_query_status_and_log_id()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TenantTokenAsync();
        h.Emulator.ClearRequests();
        using var ok = await h.GetResourceAsync(token, DemoData.LargeFileMessageId, DemoData.LargeFileKey, range: "bytes=0-131071");
        using var bad = await h.GetResourceAsync(token, DemoData.SmallFileMessageId, DemoData.SmallFileKey, type: "video");

        var log = h.Emulator.Requests;
        Assert.Equal(2, log.Count);
        var first = log[0];
        Assert.Equal("GET", first.Method);
        Assert.Equal($"/open-apis/im/v1/messages/{DemoData.LargeFileMessageId}/resources/{DemoData.LargeFileKey}", first.Path);
        Assert.Equal("?type=file", first.QueryString);
        Assert.Equal("bytes=0-131071", first.Range);
        Assert.Equal($"Bearer {token}", first.Authorization);
        Assert.Equal(206, first.StatusCode);
        Assert.Equal(Assert.Single(ok.Headers.GetValues("X-Tt-Logid")), first.LogId);
        Assert.Equal(400, log[1].StatusCode);
        Assert.Null(log[1].Range);
        Assert.True(log[0].Sequence < log[1].Sequence);

        h.Emulator.ClearRequests();
        Assert.Empty(h.Emulator.Requests);
    }

    [Fact]
    public async Task Every_response_has_a_distinct_log_id()
    {
        await using var h = await EmulatorHarness.StartAsync();
        await h.TenantTokenAsync();
        await h.TenantTokenAsync();
        var ids = h.Emulator.Requests.Select(r => r.LogId).ToList();
        Assert.Equal(2, ids.Count);
        Assert.All(ids, id => Assert.Matches("^[0-9]{14}[0-9A-F]{20}$", id));
        Assert.NotEqual(ids[0], ids[1]);
    }

    // A request is recorded when its answer is done, which can be just after the client read it; a clear in between
    // must still forget it, or a test that clears after its own set-up sees the set-up's last request.
    [Fact]
    public void Clearing_forgets_requests_that_arrived_before_it_even_when_they_finish_after()
    {
        var log = new Lark.Emulator.Hosting.RequestLog();
        var before = log.NextSequence();
        log.Clear();
        var after = log.NextSequence();

        log.Add(new Lark.Emulator.RecordedRequest(before, "POST", "/open-apis/authen/v2/oauth/token", "", new Dictionary<string, string>(), 200, "log-1"));
        log.Add(new Lark.Emulator.RecordedRequest(after, "GET", "/open-apis/im/v1/messages/om_1", "", new Dictionary<string, string>(), 200, "log-2"));

        Assert.Equal([after], log.Snapshot().Select(r => r.Sequence));
    }
}
