using System.Diagnostics;
using System.Net.Http.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Lark.Emulator;
using Lark.Emulator.Fixtures;

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
        using var process = Start("--port", "0", "--no-rate-limit");
        try
        {
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
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task Program_serves_a_fixture_file()
    {
        var folder = Directory.CreateTempSubdirectory("lark-emulator-");
        try
        {
            await File.WriteAllBytesAsync(Path.Combine(folder.FullName, "hello.txt"), "hello, 世界"u8.ToArray());
            var json = """
                {
                  "apps": [ { "appId": "cli_file", "appSecret": "s3cret", "scopes": [ "im:message:readonly" ] } ],
                  "users": [ { "openId": "ou_file", "name": "File User" } ],
                  "chats": [ { "chatId": "oc_file" } ],
                  "messages": [ { "messageId": "om_file", "chatId": "oc_file", "msgType": "file", "content": { "file_key": "file_hello", "file_name": "hello.txt" } } ],
                  "resources": [ { "messageId": "om_file", "fileKey": "file_hello", "type": "file", "contentType": "text/plain", "fileName": "你好.txt", "path": "hello.txt" } ]
                }
                """;
            var fixturePath = Path.Combine(folder.FullName, "fixture.json");
            await File.WriteAllTextAsync(fixturePath, json);
            using var process = Start("--data", fixturePath);
            try
            {
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
            finally
            {
                process.Kill(entireProcessTree: true);
                await process.WaitForExitAsync();
            }
        }
        finally
        {
            folder.Delete(recursive: true);
        }
    }

    [Fact]
    public async Task Program_stops_cleanly_on_sigterm()
    {
        using var process = Start("--port", "0");
        try
        {
            await ReadPortAsync(process);
            using (var kill = Process.Start("kill", ["-TERM", process.Id.ToString(System.Globalization.CultureInfo.InvariantCulture)]))
            {
                await kill.WaitForExitAsync();
            }

            using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
            await process.WaitForExitAsync(cts.Token);
            Assert.Equal(0, process.ExitCode);
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public async Task Program_rejects_unknown_arguments_with_exit_code_2()
    {
        using var process = Start("--bogus");
        using var cts = new CancellationTokenSource(TimeSpan.FromSeconds(20));
        await process.WaitForExitAsync(cts.Token);
        Assert.Equal(2, process.ExitCode);
    }
}
