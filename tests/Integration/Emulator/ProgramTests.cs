using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Lark.Emulator;
using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;

namespace Lark.Resources.Integration.Emulator;

public sealed partial class ProgramTests
{
    [GeneratedRegex(@"^Lark emulator listening on http://127\.0\.0\.1:(\d+)$")]
    private static partial Regex FirstLine();

    private static Process Start(params string[] args)
    {
        var dll = typeof(LarkEmulator).Assembly.Location;
        var info = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        info.ArgumentList.Add(dll);
        foreach (var a in args)
        {
            info.ArgumentList.Add(a);
        }

        return Process.Start(info)!;
    }

    // A started emulator program, killed with its children when the test ends, however it ends.
    private sealed class RunningProgram(Process process) : IAsyncDisposable
    {
        public Process Process => process;

        public async ValueTask DisposeAsync()
        {
            if (!process.HasExited)
                process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            process.Dispose();
        }
    }

    private static async Task<int> ReadPortAsync(Process process)
    {
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        var line = await process.StandardOutput.ReadLineAsync(cts.Token);
        var match = FirstLine().Match(line ?? "");
        Assert.True(match.Success, $"first line was: {line}; stderr: {(process.HasExited ? await process.StandardError.ReadToEndAsync() : "")}");
        return int.Parse(match.Groups[1].Value, System.Globalization.CultureInfo.InvariantCulture);
    }

    [Fact]
    public async Task Program_prints_its_address_first_and_serves_the_demo_data()
    {
        await using var running = new RunningProgram(Start("--port", "0", "--no-rate-limit"));
        var process = running.Process;
        var port = await ReadPortAsync(process);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        using var response = await client.PostAsJsonAsync("open-apis/auth/v3/tenant_access_token/internal",
            new JsonObject { ["app_id"] = DemoData.AppId, ["app_secret"] = DemoData.AppSecret });
        var body = (await response.Content.ReadFromJsonAsync<JsonObject>())!;
        Assert.Equal(0, (int)body["code"]!);
        Assert.StartsWith("t-", (string)body["tenant_access_token"]!, StringComparison.Ordinal);
        var summary = await process.StandardOutput.ReadLineAsync();
        Assert.Contains("127.0.0.1", summary, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Program_serves_a_fixture_file()
    {
        using var folder = new TempDirectory();
        await File.WriteAllBytesAsync(Path.Combine(folder.Path, "hello.txt"), "hello, 世界"u8.ToArray());
        var json = """
            {
              "apps": [ { "appId": "cli_file", "appSecret": "s3cret", "scopes": [ "im:message:readonly" ] } ],
              "users": [ { "openId": "ou_file", "name": "File User" } ],
              "chats": [ { "chatId": "oc_file" } ],
              "messages": [ { "messageId": "om_file", "chatId": "oc_file", "msgType": "file", "content": { "file_key": "file_hello", "file_name": "hello.txt" } } ],
              "resources": [ { "messageId": "om_file", "fileKey": "file_hello", "type": "file", "contentType": "text/plain", "fileName": "你好.txt", "path": "hello.txt" } ]
            }
            """;
        var fixturePath = Path.Combine(folder.Path, "fixture.json");
        await File.WriteAllTextAsync(fixturePath, json);
        await using var running = new RunningProgram(Start("--data", fixturePath));
        var process = running.Process;
        var port = await ReadPortAsync(process);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        using var tokenResponse = await client.PostAsJsonAsync("open-apis/auth/v3/tenant_access_token/internal",
            new JsonObject { ["app_id"] = "cli_file", ["app_secret"] = "s3cret" });
        var token = (string)(await tokenResponse.Content.ReadFromJsonAsync<JsonObject>())!["tenant_access_token"]!;
        using var request = new HttpRequestMessage(HttpMethod.Get, "open-apis/im/v1/messages/om_file/resources/file_hello?type=file");
        request.Headers.Authorization = new("Bearer", token);
        using var response = await client.SendAsync(request);
        Assert.Equal("hello, 世界", await response.Content.ReadAsStringAsync());
    }

    [Fact]
    public async Task Program_latency_and_bandwidth_flags_shape_every_answer_and_override_the_fixture()
    {
        using var folder = new TempDirectory();
        // The fixture asks for other numbers; the flags must win.
        var fixture = DemoData.Fixture;
        var shaped = new EmulatorFixture
        {
            Apps = fixture.Apps, Users = fixture.Users, Chats = fixture.Chats, Messages = fixture.Messages, Resources = fixture.Resources,
            Network = new FixtureNetwork { LatencyMs = 1, BandwidthBytesPerSecond = 999_999_999 },
        };
        var fixturePath = Path.Combine(folder.Path, "fixture.json");
        await File.WriteAllTextAsync(fixturePath, shaped.ToJson());
        await using var running = new RunningProgram(Start("--data", fixturePath, "--no-rate-limit", "--latency", "300", "--bandwidth", "10000"));
        var process = running.Process;
        var port = await ReadPortAsync(process);
        var summary = new List<string>();
        while (await process.StandardOutput.ReadLineAsync() is { } line && !line.Contains("Ctrl-C", StringComparison.Ordinal))
        {
            summary.Add(line);
        }

        Assert.Contains("  latency 300 ms per request; bandwidth 10000 bytes/s per connection", summary);
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };

        // Lower bounds only: added delay cannot make an answer faster, so these cannot fail on a slow machine.
        // The margins allow for timers firing a few ms early (millisecond truncation, a coarse tick).
        var watch = Stopwatch.StartNew();
        using var tokenResponse = await client.PostAsJsonAsync("open-apis/auth/v3/tenant_access_token/internal",
            new JsonObject { ["app_id"] = DemoData.AppId, ["app_secret"] = DemoData.AppSecret });
        var token = (string)(await tokenResponse.Content.ReadFromJsonAsync<JsonObject>())!["tenant_access_token"]!;
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(270), $"token answered after {watch.Elapsed}");

        watch.Restart();
        using var request = new HttpRequestMessage(HttpMethod.Get,
            $"open-apis/im/v1/messages/{DemoData.SmallFileMessageId}/resources/{DemoData.SmallFileKey}?type=file");
        request.Headers.Authorization = new("Bearer", token);
        using var response = await client.SendAsync(request);
        Assert.Equal(DemoData.SmallFileSize, (await response.Content.ReadAsByteArrayAsync()).Length);
        // 300 ms latency, then 5 000 bytes at 10 000 bytes/s in 1 000-byte slices: the last leaves at 400 ms.
        Assert.True(watch.Elapsed >= TimeSpan.FromMilliseconds(650), $"download took {watch.Elapsed}");
    }

    [Fact]
    public async Task Program_refuses_a_bad_fixture_with_exit_code_2_naming_the_entry()
    {
        using var folder = new TempDirectory();
        var fixturePath = Path.Combine(folder.Path, "bad.json");
        await File.WriteAllTextAsync(fixturePath, """
            {
              "chats": [ { "chatId": "oc_b" } ],
              "messages": [ { "messageId": "om_1", "chatId": "oc_b", "msgType": "file" }, { "messageId": "om_1", "chatId": "oc_b", "msgType": "file" } ],
              "resources": [ { "messageId": "om_2", "fileKey": "file_b", "seed": 1, "size": 10 } ]
            }
            """);
        using var process = Start("--data", fixturePath);
        var stderr = process.StandardError.ReadToEndAsync();
        var stdout = process.StandardOutput.ReadToEndAsync();
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await process.WaitForExitAsync(cts.Token);
        Assert.Equal(2, process.ExitCode);
        var error = await stderr;
        Assert.Contains("messages[1]: messageId \"om_1\" is also messages[0]", error, StringComparison.Ordinal);
        Assert.Contains("resources[0] (\"file_b\"): messageId \"om_2\" names no message", error, StringComparison.Ordinal);
        Assert.DoesNotContain("Unhandled", error, StringComparison.Ordinal);
        Assert.Equal("", await stdout);
    }

    [Fact]
    public async Task Program_stops_cleanly_on_sigterm()
    {
        await using var running = new RunningProgram(Start("--port", "0"));
        var process = running.Process;
        await ReadPortAsync(process);
        using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
        {
            await kill.WaitForExitAsync();
        }

        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await process.WaitForExitAsync(cts.Token);
        Assert.Equal(0, process.ExitCode);
    }

    [Fact]
    public async Task Program_help_documents_every_flag()
    {
        using var process = Start("--help");
        var help = await process.StandardOutput.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.Equal(0, process.ExitCode);
        foreach (var flag in new[] { "--port", "--data", "--large-chat MESSAGES[:RESOURCES]", "--no-rate-limit", "--device-interval", "--latency", "--bandwidth", "\"page\": 2" })
        {
            Assert.Contains(flag, help, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Program_adds_a_large_chat_and_says_how_big_it_is()
    {
        await using var running = new RunningProgram(Start("--port", "0", "--large-chat", "300:20"));
        var process = running.Process;
        var port = await ReadPortAsync(process);
        var summary = new List<string>();
        while (await process.StandardOutput.ReadLineAsync() is { } line && !line.Contains("Ctrl-C", StringComparison.Ordinal))
        {
            summary.Add(line);
        }

        Assert.Contains(summary, l => l.StartsWith($"  large chat {LargeChat.ChatId}: 300 messages (", StringComparison.Ordinal) && l.Contains(", 20 resources, ", StringComparison.Ordinal));
        using var client = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}/") };
        using var tokenResponse = await client.PostAsJsonAsync("open-apis/auth/v3/tenant_access_token/internal",
            new JsonObject { ["app_id"] = DemoData.AppId, ["app_secret"] = DemoData.AppSecret });
        var token = (string)(await tokenResponse.Content.ReadFromJsonAsync<JsonObject>())!["tenant_access_token"]!;
        using var request = new HttpRequestMessage(HttpMethod.Get, $"open-apis/im/v1/chats/{LargeChat.ChatId}");
        request.Headers.Authorization = new("Bearer", token);
        using var response = await client.SendAsync(request);
        Assert.Contains("300 messages", (string)(await response.Content.ReadFromJsonAsync<JsonObject>())!["data"]!["name"]!, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("--large-chat", "0")]
    [InlineData("--large-chat", "10:20")]
    [InlineData("--bogus")]
    [InlineData("--latency", "-5")]
    [InlineData("--latency")]
    [InlineData("--bandwidth", "fast")]
    public async Task Program_rejects_unknown_arguments_with_exit_code_2(params string[] args)
    {
        using var process = Start(args);
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await process.WaitForExitAsync(cts.Token);
        Assert.Equal(2, process.ExitCode);
    }
}
