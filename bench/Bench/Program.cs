using System.Globalization;
using System.Net.Http.Json;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Lark.Bench;
using Lark.Emulator;
using Lark.Emulator.Content;
using Lark.Emulator.Fixtures;

// dotnet run -c Release --project bench/Bench -- --cli PATH_TO_AOT_LARK_CLI [--suite downloads|conversations] [--runs N]
//     [--big-runs N] [--out FILE]
// (and, for the conversation suite's reference, `official-way …`: see OfficialWay)
if (args.Length > 0 && args[0] == "official-way")
    return await OfficialWay.RunAsync(args[1..]);

string? cli = null;
var suite = "downloads";
int? runsGiven = null;
var bigRuns = 1;
string? outFile = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--cli": cli = args[++i]; break;
        case "--suite": suite = args[++i]; break;
        case "--runs": runsGiven = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--big-runs": bigRuns = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
        case "--out": outFile = args[++i]; break;
        default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
    }
}

cli = cli is null ? null : Path.GetFullPath(cli);
if (cli is null || !File.Exists(cli) || suite is not ("downloads" or "conversations"))
{
    Console.Error.WriteLine("usage: Lark.Bench --cli PATH_TO_LARK_CLI [--suite downloads|conversations] [--runs N] [--big-runs N] [--out FILE]");
    return 2;
}

if (suite == "conversations")
    return await ConversationSuite.RunAsync(cli, runsGiven ?? 3, bigRuns, outFile);

var runs = runsGiven ?? 7;

// RAM-backed when the machine has it, so the disk's flush speed does not dominate (lark-cli fsyncs before its
// atomic rename; curl does not).
var root = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
var work = Path.Join(root, "lark-bench-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
var data = Path.Join(work, "data");
var downloads = Path.Join(work, "downloads");
Directory.CreateDirectory(data);
Directory.CreateDirectory(downloads);

// Files on disk, so the server costs little.
var sizes = new (string Key, string Type, string ContentType, long Size)[]
{
    ("img_bench_70k", "image", "image/jpeg", 70_000),
    ("file_bench_10m", "file", "application/octet-stream", 10_000_000),
    ("file_bench_100m", "file", "application/octet-stream", 100_000_000),
};
var fixture = DemoData.Fixture;
var hashes = new Dictionary<string, string>();
foreach (var (key, type, contentType, size) in sizes)
{
    var path = Path.Join(data, key + ".bin");
    await using (var file = File.Create(path))
    {
        var buffer = new byte[1 << 20];
        for (long offset = 0; offset < size; offset += buffer.Length)
        {
            var n = (int)Math.Min(buffer.Length, size - offset);
            ResourceBytes.Fill(42, offset, buffer.AsSpan(0, n));
            await file.WriteAsync(buffer.AsMemory(0, n));
        }
    }

    hashes[key] = Convert.ToHexStringLower(ResourceBytes.ComputeSha256(42, size));
    var messageId = "om_bench_" + key;
    fixture.Messages.Add(new FixtureMessage
    {
        MessageId = messageId,
        ChatId = DemoData.ChatId,
        MsgType = type,
        Content = type == "image" ? new() { ["image_key"] = key } : new() { ["file_key"] = key, ["file_name"] = key + ".bin" },
    });
    fixture.Resources.Add(new FixtureResource
    {
        MessageId = messageId,
        FileKey = key,
        Type = type == "image" ? Lark.Emulator.Fixtures.ResourceType.Image : Lark.Emulator.Fixtures.ResourceType.File,
        ContentType = contentType,
        FileName = type == "image" ? null : key + ".bin",
        Path = path,
    });
}

await using var emulator = await LarkEmulator.StartAsync(new EmulatorOptions { Fixture = fixture, RateLimit = new() { Enabled = false } });
using var http = new HttpClient { BaseAddress = emulator.BaseUrl };
var tokenAnswer = await http.PostAsJsonAsync("open-apis/auth/v3/tenant_access_token/internal", new Dictionary<string, string> { ["app_id"] = DemoData.AppId, ["app_secret"] = DemoData.AppSecret });
var token = JsonDocument.Parse(await tokenAnswer.Content.ReadAsStringAsync()).RootElement.GetProperty("tenant_access_token").GetString()!;

var environment = new Dictionary<string, string>
{
    ["LARKSUITE_CLI_APP_ID"] = DemoData.AppId,
    ["LARKSUITE_CLI_APP_SECRET"] = DemoData.AppSecret,
    ["LARKSUITE_CLI_OPEN_BASE_URL"] = emulator.BaseUrl.ToString(),
    ["LARKSUITE_CLI_TENANT_ACCESS_TOKEN"] = token,
    ["HOME"] = work,
    ["LARKSUITE_CLI_CONFIG_DIR"] = Path.Join(work, "config"),
    ["LARKSUITE_CLI_DATA_DIR"] = Path.Join(work, "store"),
};

var report = new StringBuilder();
report.AppendLine(CultureInfo.InvariantCulture, $"lark-cli benchmark — {DateTime.UtcNow:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, {runs} runs each, loopback emulator, output on {downloads}");
report.AppendLine();
report.AppendLine("| size | variant | wall median (min) s | CPU median (min) s | peak RSS median (max) MiB |");
report.AppendLine("|---|---|---|---|---|");

var results = new Dictionary<(string, string), Stats>();
foreach (var (key, type, _, size) in sizes)
{
    var messageId = "om_bench_" + key;
    var url = $"{emulator.BaseUrl}open-apis/im/v1/messages/{messageId}/resources/{key}?type={type}";
    var variants = new List<(string Name, string File, string[] Args)>
    {
        ("a lark-cli", cli, ["im", "+messages-resources-download", "--message-id", messageId, "--file-key", key, "--type", type, "--output", "out.bin", "-q", ".data.sha256"]),
        ("b curl, same plan", "/usr/bin/sh", ["-c", CurlPlan(url, token, type, size) + " > out.bin"]),
        ("c curl -o", "/usr/bin/curl", ["-sS", "-f", "-H", "Authorization: Bearer " + token, "-o", "out.bin", url]),
        // The same work as lark-cli's SHA-256 of every byte: curl's plan, then OpenSSL's SHA-256 of the file.
        ("e curl, same plan + sha256", "/usr/bin/sh", ["-c", CurlPlan(url, token, type, size) + " > out.bin && openssl dgst -sha256 out.bin > /dev/null"]),
    };
    if (type == "file")
        variants.Add(("d lark-cli -c 4", cli, ["im", "+messages-resources-download", "--message-id", messageId, "--file-key", key, "--type", type, "--output", "out.bin", "--concurrency", "4", "-q", ".data.sha256"]));

    foreach (var (name, file, variantArgs) in variants)
    {
        var measured = new List<Measurement>();
        for (var run = 0; run < runs + 1; run++)
        {
            File.Delete(Path.Join(downloads, "out.bin"));
            var m = await TimedProcess.RunAsync(downloads, environment, file, variantArgs);
            var sha = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(Path.Join(downloads, "out.bin"))));
            if (sha != hashes[key])
                throw new InvalidOperationException($"{name} produced a wrong file for {key}");
            if (run > 0)
                measured.Add(m); // the first run warms the page cache and the server
        }

        var stats = Stats.Of(measured);
        results[(key, name)] = stats;
        report.AppendLine(CultureInfo.InvariantCulture, $"| {Size(size)} | {name} | {stats.MedianWall:0.000} ({stats.MinWall:0.000}) | {stats.MedianCpu:0.000} ({stats.MinCpu:0.000}) | {stats.MedianRssMiB:0.0} ({stats.MaxRssMiB:0.0}) |");
        Console.Error.WriteLine($"{Size(size)} {name}: {stats.MedianWall:0.000} s");
    }
}

report.AppendLine();
report.AppendLine("| size | a/b wall | a/b CPU | a/c wall | d/a wall | a/e wall | a/e CPU |");
report.AppendLine("|---|---|---|---|---|---|---|");
foreach (var (key, type, _, size) in sizes)
{
    var a = results[(key, "a lark-cli")];
    var b = results[(key, "b curl, same plan")];
    var c = results[(key, "c curl -o")];
    var d = type == "file" ? $"{results[(key, "d lark-cli -c 4")].MedianWall / a.MedianWall:0.00}" : "—";
    var e = results[(key, "e curl, same plan + sha256")];
    report.AppendLine(CultureInfo.InvariantCulture, $"| {Size(size)} | {a.MedianWall / b.MedianWall:0.00} | {Ratio(a.MedianCpu, b.MedianCpu)} | {a.MedianWall / c.MedianWall:0.00} | {d} | {a.MedianWall / e.MedianWall:0.00} | {Ratio(a.MedianCpu, e.MedianCpu)} |");
}

// An emulated network: 50 ms per request, 20 MB/s per connection.
emulator.Faults.LatencyPerRequest = TimeSpan.FromMilliseconds(50);
emulator.Faults.BandwidthBytesPerSecond = 20_000_000;
var slowRuns = Math.Max(3, runs / 2);
report.AppendLine();
report.AppendLine(CultureInfo.InvariantCulture, $"Emulated network (50 ms per request, 20 MB/s per connection), 100 MB, {slowRuns} runs:");
report.AppendLine();
report.AppendLine("| variant | wall median (min) s |");
report.AppendLine("|---|---|");
var slow = new Dictionary<string, Stats>();
foreach (var concurrency in new[] { 1, 4 })
{
    var measured = new List<Measurement>();
    for (var run = 0; run < slowRuns; run++)
    {
        File.Delete(Path.Join(downloads, "out.bin"));
        measured.Add(await TimedProcess.RunAsync(downloads, environment, cli, ["im", "+messages-resources-download", "--message-id", "om_bench_file_bench_100m", "--file-key", "file_bench_100m", "--type", "file", "--output", "out.bin", "--concurrency", concurrency.ToString(CultureInfo.InvariantCulture), "-q", ".data.sha256"]));
        var sha = Convert.ToHexStringLower(SHA256.HashData(await File.ReadAllBytesAsync(Path.Join(downloads, "out.bin"))));
        if (sha != hashes["file_bench_100m"])
            throw new InvalidOperationException("wrong file under the emulated network");
    }

    var stats = Stats.Of(measured);
    slow[concurrency.ToString(CultureInfo.InvariantCulture)] = stats;
    report.AppendLine(CultureInfo.InvariantCulture, $"| lark-cli --concurrency {concurrency} | {stats.MedianWall:0.000} ({stats.MinWall:0.000}) |");
}

report.AppendLine();
report.AppendLine(CultureInfo.InvariantCulture, $"Speed-up of --concurrency 4 over sequential under the emulated network: {slow["1"].MedianWall / slow["4"].MedianWall:0.00}×");
var text = report.ToString();
Console.WriteLine(text);
if (outFile is not null)
    await File.WriteAllTextAsync(outFile, text);
Directory.Delete(work, recursive: true);
return 0;

// The official plan in curl: a 128 KiB probe, then 8 MiB ranges, one after another over one connection.
static string CurlPlan(string url, string token, string type, long size)
{
    var auth = $"-H 'Authorization: Bearer {token}'";
    if (type == "image")
        return $"curl -sS -f {auth} '{url}'";
    var parts = new List<string> { $"curl -sS -f {auth} -r 0-{Math.Min(131071, size - 1)} '{url}'" };
    for (long offset = 131072; offset < size; offset += 8 * 1024 * 1024)
        parts.Add($"--next -sS -f {auth} -r {offset}-{Math.Min(offset + (8 * 1024 * 1024) - 1, size - 1)} '{url}'");
    return string.Join(' ', parts);
}

// CPU times come in 10 ms ticks: a reference that used less than one tick has no meaningful ratio.
static string Ratio(double x, double reference) => reference > 0 ? (x / reference).ToString("0.00", CultureInfo.InvariantCulture) : "—";

static string Size(long bytes) => bytes >= 1_000_000 ? $"{bytes / 1_000_000} MB" : $"{bytes / 1000} KB";
