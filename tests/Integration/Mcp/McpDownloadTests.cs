using System.Collections.Concurrent;
using System.Text.Json.Nodes;
using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;

namespace Lark.Resources.Integration.Mcp;

/// <summary><c>download_message_resource</c> through the real server process: progress, inline images, errors, cancellation, unsafe paths.</summary>
public sealed class McpDownloadTests(McpServerProcess server) : IClassFixture<McpServerProcess>
{
    private static Dictionary<string, object?> Args(string messageId, string key, string type, string? output = null)
    {
        var args = new Dictionary<string, object?> { ["message_id"] = messageId, ["file_key"] = key, ["type"] = type };
        if (output is not null)
            args["output"] = output;
        return args;
    }

    [Fact]
    public async Task The_large_file_downloads_with_progress_notifications_and_the_right_hash()
    {
        // A raw handler sees every notification with its exact numbers; the SDK's per-call IProgress stops listening
        // when the answer arrives, which may be before it has dispatched the last notification. The SDK hands
        // notifications to handlers concurrently, so their order is checked on the raw stream below.
        var notes = new ConcurrentQueue<(long Progress, long? Total)>();
        await using var handler = server.Client.RegisterNotificationHandler(NotificationMethods.ProgressNotification, (notification, _) =>
        {
            if ((string?)notification.Params?["progressToken"] == "large-1")
                notes.Enqueue(((long)notification.Params!["progress"]!, (long?)notification.Params["total"]));
            return ValueTask.CompletedTask;
        });
        var result = await server.Client.CallToolAsync("download_message_resource", Args(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file", "large/季度报告.xlsx"),
            options: new RequestOptions { ProgressToken = new ProgressToken("large-1") });
        var json = result.Ok();

        Assert.Equal(DemoData.LargeFileSize, json["size_bytes"]!.GetValue<long>());
        Assert.Equal(Expected.Sha(DemoData.LargeFileSeed, DemoData.LargeFileSize), json.Str("sha256"));
        Assert.Equal(Expected.FileSha(json.Str("saved_path")), json.Str("sha256"));
        Assert.StartsWith(server.DownloadDirectory, json.Str("saved_path"), StringComparison.Ordinal);
        Assert.Empty(result.Content.OfType<ImageContentBlock>());

        await Eventually.TrueAsync(() => notes.Any(n => n.Progress == DemoData.LargeFileSize), "the final progress notification");
        var values = notes.ToArray();
        Assert.True(values.Length > 1, "progress came in more than one notification");
        Assert.Equal(values.Length, values.Select(v => v.Progress).Distinct().Count());
        Assert.Equal(DemoData.LargeFileSize, values.Max(v => v.Progress));
        Assert.All(values.Where(v => v.Total is not null), v => Assert.Equal(DemoData.LargeFileSize, v.Total));
    }

    [Fact]
    public async Task Progress_notifications_are_written_in_increasing_order_before_the_answer()
    {
        await using var raw = await RawMcpSession.StartAsync(server.Environment());
        var written = new List<(long Progress, long? Total)>();
        var call = new JsonObject
        {
            ["name"] = "download_message_resource",
            ["arguments"] = new JsonObject { ["message_id"] = DemoData.LargeFileMessageId, ["file_key"] = DemoData.LargeFileKey, ["type"] = "file", ["output"] = "ordered.xlsx" },
            ["_meta"] = new JsonObject { ["progressToken"] = "ordered-1" },
        };

        var answer = await raw.RequestAsync("tools/call", call, n =>
        {
            if ((string?)n["method"] == NotificationMethods.ProgressNotification && (string?)n["params"]?["progressToken"] == "ordered-1")
                written.Add(((long)n["params"]!["progress"]!, (long?)n["params"]!["total"]));
        });

        Assert.NotEqual(true, (bool?)answer["result"]?["isError"]);
        Assert.True(written.Count > 1, "progress came in more than one notification");
        Assert.True(written.Zip(written.Skip(1)).All(p => p.First.Progress < p.Second.Progress), "progress is monotone: " + string.Join(", ", written.Select(v => v.Progress)));
        Assert.Equal((DemoData.LargeFileSize, DemoData.LargeFileSize), (written[^1].Progress, written[^1].Total));
        Assert.Equal(Expected.Sha(DemoData.LargeFileSeed, DemoData.LargeFileSize), Expected.FileSha(Path.Join(raw.DownloadDirectory, "ordered.xlsx")));
    }

    [Fact]
    public async Task An_image_comes_back_inline_with_its_mime_type()
    {
        var result = await server.Client.CallToolAsync("download_message_resource", Args(DemoData.ImageMessageId, DemoData.ImageKey, "image", "inline/gradient.png"));
        var json = result.Ok();
        var image = Assert.Single(result.Content.OfType<ImageContentBlock>());
        Assert.Equal("image/png", image.MimeType);
        Assert.Equal(DemoData.GradientPng.ToArray(), image.DecodedData.ToArray());
        Assert.Equal(Expected.Sha(DemoData.GradientPng.Span), json.Str("sha256"));
        Assert.Equal("output", json.Str("file_name_source"));
    }

    [Fact]
    public async Task A_business_error_is_a_tool_error_with_code_and_do_not_retry()
    {
        var result = await server.Client.CallToolAsync("download_message_resource", Args(DemoData.NoAccessMessageId, DemoData.NoAccessKey, "file"));
        Assert.True(result.IsError);
        var error = result.Json()["error"]!;
        Assert.Equal(234002, error["code"]!.GetValue<int>());
        Assert.Equal("authorization", error.Str("type"));
        Assert.Equal("permission_denied", error.Str("subtype"));
        Assert.Contains("do not retry", error.Str("hint"), StringComparison.Ordinal);
        Assert.False(string.IsNullOrEmpty(error.Str("log_id")));
        Assert.Equal(234002, result.StructuredContent!.Value.GetProperty("error").GetProperty("code").GetInt32());
    }

    [Fact]
    public async Task An_existing_target_is_refused_with_a_hint_naming_the_overwrite_argument()
    {
        var first = await server.Client.CallToolAsync("download_message_resource", Args(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file", "twice/notes.pdf"));
        first.Ok();

        var second = await server.Client.CallToolAsync("download_message_resource", Args(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file", "twice/notes.pdf"));

        Assert.True(second.IsError);
        var error = second.Json()["error"]!;
        Assert.Equal(("validation", "failed_precondition", "output"), (error.Str("type"), error.Str("subtype"), error.Str("param")));
        Assert.Contains("overwrite: true", error.Str("hint"), StringComparison.Ordinal);
        Assert.DoesNotContain("--", error.Str("hint"), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_merge_forward_resource_downloads_with_the_container_id()
    {
        var result = await server.Client.CallToolAsync("download_message_resource", Args(DemoData.MergeForwardMessageId, DemoData.MergedFileKey, "file"));

        var json = result.Ok();
        Assert.Equal(DemoData.MergedFileSize, json["size_bytes"]!.GetValue<long>());
        Assert.Equal(Expected.Sha(DemoData.MergedFileSeed, DemoData.MergedFileSize), json.Str("sha256"));
        Assert.Equal(Path.Join(server.DownloadDirectory, DemoData.MergedFileName), json.Str("saved_path"));
        Assert.Equal(DemoData.MergeForwardMessageId, json.Str("message_id"));
    }

    [Fact]
    public async Task Unknown_arguments_are_refused_by_name_before_any_request()
    {
        var before = server.ResourceRequests(DemoData.SmallFileKey);
        var args = Args(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file", "unknown/notes.pdf");
        args["override"] = true;
        args["dir"] = "/tmp";

        var result = await server.Client.CallToolAsync("download_message_resource", args);

        Assert.True(result.IsError);
        var error = result.Json()["error"]!;
        Assert.Equal("validation", error.Str("type"));
        Assert.Contains("\"dir\", \"override\"", error.Str("message"), StringComparison.Ordinal);
        Assert.Contains("overwrite", error.Str("message"), StringComparison.Ordinal);
        Assert.Equal(before, server.ResourceRequests(DemoData.SmallFileKey));
        Assert.False(Directory.Exists(Path.Join(server.DownloadDirectory, "unknown")));
    }

    [Theory]
    [InlineData("../x")]
    [InlineData("a/../../x")]
    [InlineData("/tmp/x")]
    public async Task An_unsafe_output_is_refused_before_any_request(string output)
    {
        var before = server.ResourceRequests(DemoData.SmallFileKey);
        var result = await server.Client.CallToolAsync("download_message_resource", Args(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file", output));
        Assert.True(result.IsError);
        Assert.Equal("validation", result.Json()["error"]!.Str("type"));
        Assert.Equal(before, server.ResourceRequests(DemoData.SmallFileKey));
    }

    [Fact]
    public async Task Cancelling_the_call_stops_the_download_and_keeps_only_the_hidden_partial()
    {
        server.Emulator.Faults.BandwidthBytesPerSecond = 1_000_000;
        try
        {
            using var cancel = new CancellationTokenSource();
            var started = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
            var call = server.Client.CallToolAsync("download_message_resource", Args(DemoData.LargeFileMessageId, DemoData.LargeFileKey, "file", "cancel/big.xlsx"),
                new SyncProgress<ProgressNotificationValue>(p =>
                {
                    if (p.Progress > 0)
                        started.TrySetResult();
                }), cancellationToken: cancel.Token).AsTask();
            await started.Task.WaitAsync(TimeSpan.FromSeconds(20));
            await cancel.CancelAsync();
            await Assert.ThrowsAnyAsync<OperationCanceledException>(() => call);

            var directory = Path.Join(server.DownloadDirectory, "cancel");
            await Eventually.TrueAsync(() => Directory.Exists(directory) && Directory.EnumerateFiles(directory).Any(f => f.EndsWith(".lark-partial.json", StringComparison.Ordinal)), "the resume record");
            var names = Directory.EnumerateFiles(directory).Select(Path.GetFileName).ToArray();
            Assert.DoesNotContain(names, n => !n!.StartsWith('.'));
            Assert.Contains(names, n => n!.EndsWith(".lark-partial", StringComparison.Ordinal));
        }
        finally
        {
            server.Emulator.Faults.BandwidthBytesPerSecond = 0;
        }
    }
}
