using System.Globalization;
using System.Net.Http.Json;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lark.Emulator;
using Lark.Emulator.Fixtures;
using Lark.Emulator.RateLimiting;

namespace Lark.Bench;

/// <summary>
/// The conversation suite (issues 14 and 15): a generated 2,000-message chat with 300 resources behind an emulated
/// network (50 ms per request, 20 MB/s per connection) and Lark's rate limit (50/s, 1000/min), listed with its
/// resources (<c>+chat-messages-list --page-all --download-resources</c>) and exported (<c>+messages-export</c>), each
/// against the same work done the official way (<see cref="OfficialWay"/>), plus the reruns, the export's floor, and
/// the export's peak RSS at 2,000 and 20,000 messages.
/// </summary>
public static class ConversationSuite
{
    private const int Messages = 2_000;
    private const int Resources = 300;
    private const int BigMessages = 20_000;
    private const int BigResources = 3_000; // the same density as the 2,000-message chat; not downloaded
    private const double LatencySeconds = 0.050;
    private const long Bandwidth = 20_000_000; // bytes per second, per connection (per response) in the emulator
    private const int ExportConcurrency = 4; // +messages-export's default --resource-concurrency
    private const long ShrinkAbove = 10_000_000;
    private static readonly RateLimitOptions Lark = new() { Enabled = true, PerSecond = 50, PerMinute = 1000 };

    public static async Task<int> RunAsync(string cli, int runs, int bigRuns, string? outFile)
    {
        var root = Directory.Exists("/dev/shm") ? "/dev/shm" : Path.GetTempPath();
        var work = Path.Join(root, "lark-bench-conv-" + Environment.ProcessId.ToString(CultureInfo.InvariantCulture));
        Directory.CreateDirectory(work);
        var loadBefore = LoadAverage();
        var started = DateTime.UtcNow;

        var (fixture, info, generated) = Chat(Messages, Resources);
        var chatResources = Downloadable(fixture);
        var totalBytes = chatResources.Sum(r => r.Size);
        var images = chatResources.Where(r => r.Type == ResourceType.Image).ToList();
        Console.Error.WriteLine($"chat: {info.Messages} messages ({info.TopLevelMessages} top level, {info.Threads} threads), {chatResources.Count} resources, {totalBytes / 1e6:0.0} MB");

        var runsOf = new Dictionary<string, List<Run>>();
        void Keep(string name, Run run)
        {
            if (!runsOf.TryGetValue(name, out var list))
                runsOf[name] = list = [];
            list.Add(run);
            Console.Error.WriteLine($"{name}: {run.M.WallSeconds:0.00} s, {run.M.PeakRssKiB / 1024.0:0.0} MiB, {run.Requests} requests ({run.ResourceRequests} resource, {run.RateLimited} refused 429)");
        }

        await using (var emulator = await StartAsync(fixture))
        {
            var env = await EnvironmentAsync(emulator, work);
            var chat = LargeChat.ChatId;
            string[] listDefaults = ["im", "+chat-messages-list", "--chat-id", chat, "--page-all", "--page-limit", "1000", "--download-resources", "--format", "ndjson"];
            string[] listTuned = [.. listDefaults, "--page-delay", "0", "--resource-concurrency", "8"];
            string[] export = ["im", "+messages-export", "--chat-id", chat, "--output-dir", "export"];
            string[] exportNoResources = [.. export, "--no-resources"];
            var official = OfficialCommand(emulator, env, chat);

            // Warm-up, not counted: the emulator's JIT, the page cache.
            await TimeAsync(emulator, env, Fresh(work, "warm-a"), cli, ["im", "+chat-messages-list", "--chat-id", chat, "--page-all", "--page-limit", "2", "--download-resources", "--format", "ndjson"]);
            await TimeAsync(emulator, env, Fresh(work, "warm-b"), official.File, [.. official.Args, "--out", "out", "--page-limit", "2"]);

            for (var round = 0; round < runs; round++)
            {
                // Issue 14: the listing with its resources, official defaults (3 at a time, 200 ms between pages), then its rerun.
                var dir = Fresh(work, "list");
                var first = await TimeAsync(emulator, env, dir, cli, listDefaults);
                CheckListing(first, dir, info, chatResources.Count, totalBytes);
                Keep("list", first);
                var again = await TimeAsync(emulator, env, dir, cli, listDefaults);
                CheckListing(again, dir, info, chatResources.Count, totalBytes);
                Keep("list-rerun", again);

                dir = Fresh(work, "list-tuned");
                var tuned = await TimeAsync(emulator, env, dir, cli, listTuned);
                CheckListing(tuned, dir, info, chatResources.Count, totalBytes);
                Keep("list-tuned", tuned);

                // The official way, for both issues: the same listing, then 3 whole-body downloads at a time.
                dir = Fresh(work, "official");
                var reference = await TimeAsync(emulator, env, dir, official.File, [.. official.Args, "--out", "out"]);
                var summary = JsonNode.Parse(reference.Stdout)!;
                if ((int)summary["resources"]! != chatResources.Count || (long)summary["bytes"]! != totalBytes || (int)summary["messages"]! != info.Messages)
                    throw new InvalidOperationException($"the official way listed or downloaded the wrong things: {reference.Stdout}");
                Keep("official", reference);

                // Issue 15: the export, then its rerun with nothing new.
                dir = Fresh(work, "export");
                var exported = await TimeAsync(emulator, env, dir, cli, export);
                CheckExport(exported, info.TopLevelMessages, chatResources.Count, downloaded: chatResources.Count, totalBytes);
                Keep("export", exported);
                var rerun = await TimeAsync(emulator, env, dir, cli, export);
                CheckExport(rerun, info.TopLevelMessages, chatResources.Count, downloaded: 0, 0);
                Keep("export-rerun", rerun);

                dir = Fresh(work, "export-c8");
                var wide = await TimeAsync(emulator, env, dir, cli, [.. export, "--resource-concurrency", "8"]);
                CheckExport(wide, info.TopLevelMessages, chatResources.Count, downloaded: chatResources.Count, totalBytes);
                Keep("export-c8", wide);

                dir = Fresh(work, "export-nores");
                var bare = await TimeAsync(emulator, env, dir, cli, exportNoResources);
                CheckExport(bare, info.TopLevelMessages, chatResources.Count, downloaded: 0, 0);
                Keep("export-nores", bare);
                Directory.Delete(Path.Join(work, "runs"), recursive: true);
            }
        }

        // Peak RSS at 20,000 messages: a second chat of the same shape, transcript only (downloading its ~3,000
        // resources would take many minutes and measure the same engine again).
        var (bigFixture, bigInfo, _) = Chat(BigMessages, BigResources);
        await using (var emulator = await StartAsync(bigFixture))
        {
            var env = await EnvironmentAsync(emulator, work);
            for (var round = 0; round < bigRuns; round++)
            {
                var dir = Fresh(work, "export-20k");
                var big = await TimeAsync(emulator, env, dir, cli, ["im", "+messages-export", "--chat-id", LargeChat.ChatId, "--output-dir", "export", "--no-resources"]);
                CheckExport(big, bigInfo.TopLevelMessages, BigResources, downloaded: 0, 0);
                Keep("export-nores-20k", big);
                Directory.Delete(Path.Join(work, "runs"), recursive: true);
            }
        }

        var text = Report(runsOf, info, generated, chatResources, images, totalBytes, runs, bigRuns, started, loadBefore, LoadAverage());
        Console.WriteLine(text);
        if (outFile is not null)
            await File.WriteAllTextAsync(outFile, text);
        Directory.Delete(work, recursive: true);
        return 0;
    }

    private static string Report(Dictionary<string, List<Run>> runsOf, LargeChatInfo info, int generated, List<FixtureResource> resources, List<FixtureResource> images,
        long totalBytes, int runs, int bigRuns, DateTime started, string loadBefore, string loadAfter)
    {
        var r = new StringBuilder();
        var inv = CultureInfo.InvariantCulture;
        r.AppendLine(inv, $"lark-cli conversation benchmark — {started:yyyy-MM-dd HH:mm} UTC, {Environment.ProcessorCount} cores, load average {loadBefore} before and {loadAfter} after, {runs} runs each ({bigRuns} at 20,000 messages), output on tmpfs");
        r.AppendLine();
        r.AppendLine(inv, $"Emulator: 50 ms per request, 20 MB/s per connection, rate limit on (50/s, 1000/min, fixed clock-aligned windows, refreshed before each run). Chat `{info.ChatId}`: {info.Messages} messages ({info.TopLevelMessages} top level, {info.Threads} threads of a root and 3 replies), {resources.Count} resources ({images.Count} images of {Kb(images.Min(x => x.Size))}–{Kb(images.Max(x => x.Size))}, others {Kb(resources.Min(x => x.Size))} to {Mb(resources.Max(x => x.Size))}), {totalBytes / 1e6:0.0} MB in all: `LargeChatSpec({Messages}, {generated})`, whose {generated - resources.Count} video covers neither client downloads (the official CLI takes a video's file_key only), with every resource over 10 MB shrunk to 10 MB + (size − 10 MB)/3.");
        r.AppendLine();
        r.AppendLine("| case | variant | wall median (min) s | CPU median (min) s | peak RSS median (max) MiB | requests (resource) | 429s |");
        r.AppendLine("|---|---|---|---|---|---|---|");
        var rows = new (string Key, string Case, string Variant)[]
        {
            ("list", "14 list + download", "a lark-cli `+chat-messages-list`, official defaults (3 at a time, 200 ms page delay)"),
            ("list-tuned", "14 list + download", "b lark-cli, `--page-delay 0 --resource-concurrency 8`"),
            ("official", "14, 15 reference", "r the official way (list, then 3 whole-body GETs at a time)"),
            ("list-rerun", "14 rerun", "a again, same directory"),
            ("export", "15 export", "e lark-cli `+messages-export` (4 at a time)"),
            ("export-rerun", "15 rerun", "e again, nothing new"),
            ("export-c8", "15 export", "e8 `+messages-export --resource-concurrency 8`"),
            ("export-nores", "15 RSS", "e `--no-resources`, 2,000 messages"),
            ("export-nores-20k", "15 RSS", "e `--no-resources`, 20,000 messages"),
        };
        foreach (var (key, kase, variant) in rows)
        {
            if (!runsOf.TryGetValue(key, out var list))
                continue;
            var s = Stats.Of([.. list.Select(x => x.M)]);
            r.AppendLine(inv, $"| {kase} | {variant} | {s.MedianWall:0.00} ({s.MinWall:0.00}) | {s.MedianCpu:0.00} ({s.MinCpu:0.00}) | {s.MedianRssMiB:0.0} ({s.MaxRssMiB:0.0}) | {Median(list, x => x.Requests):0} ({Median(list, x => x.ResourceRequests):0}) | {Median(list, x => x.RateLimited):0} |");
        }

        var list14 = Stats.Of([.. runsOf["list"].Select(x => x.M)]);
        var tuned14 = Stats.Of([.. runsOf["list-tuned"].Select(x => x.M)]);
        var official = Stats.Of([.. runsOf["official"].Select(x => x.M)]);
        var rerun14 = Stats.Of([.. runsOf["list-rerun"].Select(x => x.M)]);
        var export = Stats.Of([.. runsOf["export"].Select(x => x.M)]);
        var rerun15 = Stats.Of([.. runsOf["export-rerun"].Select(x => x.M)]);
        var bare = Stats.Of([.. runsOf["export-nores"].Select(x => x.M)]);
        var wide = Stats.Of([.. runsOf["export-c8"].Select(x => x.M)]);
        var floor4 = FloorOf(runsOf["export"], totalBytes, ExportConcurrency);
        var floor8 = FloorOf(runsOf["export-c8"], totalBytes, 8);

        r.AppendLine();
        r.AppendLine("| measure | value | reference | ratio | target |");
        r.AppendLine("|---|---|---|---|---|");
        r.AppendLine(inv, $"| 14: a wall / r wall | {list14.MedianWall:0.00} s | {official.MedianWall:0.00} s | {list14.MedianWall / official.MedianWall:0.00} | — |");
        r.AppendLine(inv, $"| 14: b wall / r wall | {tuned14.MedianWall:0.00} s | {official.MedianWall:0.00} s | {tuned14.MedianWall / official.MedianWall:0.00} | — |");
        r.AppendLine(inv, $"| 14: a peak RSS | {list14.MedianRssMiB:0.0} MiB (max {list14.MaxRssMiB:0.0}) | — | — | — |");
        r.AppendLine(inv, $"| 14: rerun wall / a wall | {rerun14.MedianWall:0.00} s | {list14.MedianWall:0.00} s | {rerun14.MedianWall / list14.MedianWall:0.00} | — |");
        r.AppendLine(inv, $"| 14: rerun requests (resource) | {Median(runsOf["list-rerun"], x => x.Requests):0} ({Max(runsOf["list-rerun"], x => x.ResourceRequests)}) | a {Median(runsOf["list"], x => x.Requests):0} ({Median(runsOf["list"], x => x.ResourceRequests):0}) | — | 0 resource requests |");
        r.AppendLine(inv, $"| 15: e wall / floor (c = 4) | {export.MedianWall:0.00} s | {floor4.Floor:0.00} s | {floor4.Ratio:0.00} (min {floor4.MinRatio:0.00}) | ≤ 1.30 |");
        r.AppendLine(inv, $"| 15: e8 wall / floor (c = 8) | {wide.MedianWall:0.00} s | {floor8.Floor:0.00} s | {floor8.Ratio:0.00} (min {floor8.MinRatio:0.00}) | ≤ 1.30 |");
        r.AppendLine(inv, $"| 15: e wall / r wall | {export.MedianWall:0.00} s | {official.MedianWall:0.00} s | {export.MedianWall / official.MedianWall:0.00} | — |");
        r.AppendLine(inv, $"| 15: rerun wall / e wall | {rerun15.MedianWall:0.00} s | {export.MedianWall:0.00} s | {rerun15.MedianWall / export.MedianWall:0.00} | — |");
        r.AppendLine(inv, $"| 15: rerun requests (resource) | {Median(runsOf["export-rerun"], x => x.Requests):0} ({Max(runsOf["export-rerun"], x => x.ResourceRequests)}) | e {Median(runsOf["export"], x => x.Requests):0} ({Median(runsOf["export"], x => x.ResourceRequests):0}) | — | 0 resource requests |");
        r.AppendLine(inv, $"| 15: peak RSS, 2,000 messages with resources | {export.MedianRssMiB:0.0} MiB (max {export.MaxRssMiB:0.0}) | 64 MiB | {export.MaxRssMiB / 64:0.00} | ≤ 64 MiB |");
        r.AppendLine(inv, $"| 15: peak RSS, e8 | {wide.MedianRssMiB:0.0} MiB (max {wide.MaxRssMiB:0.0}) | 64 MiB | {wide.MaxRssMiB / 64:0.00} | ≤ 64 MiB |");
        if (runsOf.TryGetValue("export-nores-20k", out var big))
        {
            var big20k = Stats.Of([.. big.Select(x => x.M)]);
            r.AppendLine(inv, $"| 15: peak RSS, 20,000 / 2,000 messages, `--no-resources` | {big20k.MaxRssMiB:0.0} MiB | {bare.MaxRssMiB:0.0} MiB | {big20k.MaxRssMiB / bare.MaxRssMiB:0.00} | ≤ 64 MiB, flat |");
        }

        r.AppendLine();
        r.AppendLine("Floor: max(R / 50 per s [+ 60 s for each full 1,000 beyond the first 1,000], B / (c × 20 MB/s)) + P × 50 ms, where R is the requests the run needed (answered ones in the emulator's log of that run; 429s left out), B the resource bytes, c the connections the run downloads on (the emulator shapes each response to 20 MB/s, not the link as a whole, so c connections get c × 20 MB/s), and P the chat pages, which must be read one after another (each needs the previous page's token). Rate and bytes overlap, hence the max. The strict lower bound is max(rate, bytes, P × 50 ms). Lanes: (B / 20 MB/s + N × 50 ms) / c, the time c connections need when each of the N resource requests also waits its own 50 ms (requests on one connection go one after another).");
        r.AppendLine();
        foreach (var (name, f) in new[] { ("e", floor4), ("e8", floor8) })
        {
            var x = f.Median;
            r.AppendLine(inv, $"- {name} (median run): R = {x.Requests} ({x.ChatPages} chat pages, {x.ThreadPages} thread pages, {x.Reactions} reaction queries, {x.ResourceRequests} resource requests, {x.Other} other), B = {totalBytes / 1e6:0.0} MB, c = {x.Connections}, P = {x.ChatPages}: floor = max({x.RateSeconds:0.00}, {x.LinkSeconds:0.00}) + {x.ChainSeconds:0.00} = **{x.Value:0.00} s**; strict lower bound {x.Strict:0.00} s (wall / strict {f.StrictRatio:0.00}); lanes {x.Lanes:0.00} s; the client's own pacing (40/s, 950/min) alone needs {x.Requests / 40.0:0.00} s.");
        }

        r.AppendLine();
        r.AppendLine("Where the time goes (median run of each; times are when the emulator had answered, polled every 20 ms):");
        r.AppendLine();
        r.AppendLine("| variant | last chat page s | first → last resource s | resource MB/s in between | exit s | requests/s over the run | most in any 1 s | 429s |");
        r.AppendLine("|---|---|---|---|---|---|---|---|");
        foreach (var (key, _, variant) in rows)
        {
            if (!runsOf.TryGetValue(key, out var list))
                continue;
            var m = list.OrderBy(x => x.M.WallSeconds).ElementAt(list.Count / 2);
            var span = m.LastResource - m.FirstResource;
            var resourceTimes = m.ResourceRequests > 0 ? $"{m.FirstResource:0.00} → {m.LastResource:0.00}" : "—";
            var throughput = m.ResourceRequests > 0 && span > 0 ? (totalBytes / 1e6 / span).ToString("0.0", inv) : "—";
            r.AppendLine(inv, $"| {variant.Split(' ')[0]} {key} | {m.LastChatPage:0.00} | {resourceTimes} | {throughput} | {m.M.WallSeconds:0.00} | {m.Requests / Math.Max(0.001, m.LastRequest):0.0} | {m.MostInOneSecond} | {m.RateLimited} |");
        }

        return r.ToString();
    }

    private sealed record FloorFigures(int Requests, int ChatPages, int ThreadPages, int Reactions, int ResourceRequests, int Other, int Connections,
        double RateSeconds, double LinkSeconds, double ChainSeconds, double Lanes)
    {
        public double Value => Math.Max(RateSeconds, LinkSeconds) + ChainSeconds;

        public double Strict => Math.Max(Math.Max(RateSeconds, LinkSeconds), ChainSeconds);
    }

    private sealed record FloorSummary(FloorFigures Median, double Floor, double Ratio, double MinRatio, double StrictRatio);

    // Each run against its own floor; the median run's figures, and the median and least ratios.
    private static FloorSummary FloorOf(List<Run> runs, long totalBytes, int connections)
    {
        var pairs = runs.Select(x => (Run: x, Floor: Floor(x, totalBytes, connections))).OrderBy(p => p.Run.M.WallSeconds / p.Floor.Value).ToList();
        var mid = pairs[pairs.Count / 2];
        return new FloorSummary(mid.Floor, mid.Floor.Value, mid.Run.M.WallSeconds / mid.Floor.Value, pairs[0].Run.M.WallSeconds / pairs[0].Floor.Value, mid.Run.M.WallSeconds / mid.Floor.Strict);
    }

    private static FloorFigures Floor(Run run, long totalBytes, int connections)
    {
        var answered = run.Log.Where(x => !x.RateLimited).ToList();
        var requests = answered.Count;
        var chatPages = answered.Count(x => x.IsChatPage);
        var threadPages = answered.Count(x => x.IsThreadPage);
        var reactions = answered.Count(x => x.IsReactions);
        var resources = answered.Count(x => x.IsResource);
        var rate = Math.Max(requests / (double)Lark.PerSecond, 60.0 * ((requests - 1) / Lark.PerMinute));
        var link = totalBytes / (double)(connections * Bandwidth);
        var lanes = ((totalBytes / (double)Bandwidth) + (resources * LatencySeconds)) / connections;
        return new FloorFigures(requests, chatPages, threadPages, reactions, resources, requests - chatPages - threadPages - reactions - resources, connections,
            rate, link, chatPages * LatencySeconds, lanes);
    }

    /// <summary>One timed run and the emulator's log of it.</summary>
    private sealed record Run(Measurement M, string Stdout, IReadOnlyList<TimedRequest> Log)
    {
        public int Requests => Log.Count(x => !x.RateLimited);

        public int RateLimited => Log.Count(x => x.RateLimited);

        public int ResourceRequests => Log.Count(x => x.IsResource && !x.RateLimited);

        public double LastChatPage => Log.Where(x => x.IsChatPage).Select(x => x.Seconds).DefaultIfEmpty().Max();

        public double FirstResource => Log.Where(x => x.IsResource).Select(x => x.Seconds).DefaultIfEmpty().Min();

        public double LastResource => Log.Where(x => x.IsResource).Select(x => x.Seconds).DefaultIfEmpty().Max();

        public double LastRequest => Log.Select(x => x.Seconds).DefaultIfEmpty().Max();

        // Answered (not refused) requests in the busiest sliding second.
        public int MostInOneSecond
        {
            get
            {
                var times = Log.Where(x => !x.RateLimited).Select(x => x.Seconds).Order().ToArray();
                var most = 0;
                for (int lo = 0, hi = 0; hi < times.Length; hi++)
                {
                    while (times[hi] - times[lo] >= 1.0)
                        lo++;
                    most = Math.Max(most, hi - lo + 1);
                }

                return most;
            }
        }
    }

    private static async Task<Run> TimeAsync(LarkEmulator emulator, IReadOnlyDictionary<string, string> env, string dir, string file, string[] args)
    {
        // Fresh rate-limit windows for every run, as if the runs were minutes apart.
        emulator.SetRateLimit(Lark);
        using var timeline = RequestTimeline.Start(emulator);
        var (m, stdout) = await TimedProcess.RunCapturingAsync(dir, env, file, args);
        return new Run(m, stdout, await timeline.StopAsync());
    }

    private static void CheckListing(Run run, string dir, LargeChatInfo info, int resources, long bytes)
    {
        var lines = run.Stdout.Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        var files = new DirectoryInfo(Path.Join(dir, "lark-im-resources")).GetFiles().Where(f => !f.Name.StartsWith('.')).ToList();
        if (lines != info.TopLevelMessages || files.Count != resources || files.Sum(f => f.Length) != bytes)
            throw new InvalidOperationException($"+chat-messages-list printed {lines} messages (expected {info.TopLevelMessages}) and saved {files.Count} resources of {files.Sum(f => f.Length)} bytes (expected {resources}, {bytes})");
    }

    private static void CheckExport(Run run, int messages, int resources, int downloaded, long bytes)
    {
        var data = JsonNode.Parse(run.Stdout)!["data"]!;
        if ((long)data["messages"]! != messages || (int)data["resources"]!["total"]! != resources || (int)data["resources"]!["downloaded"]! != downloaded
            || (int)data["resources"]!["failed"]! != 0 || (long)data["bytes"]! != bytes)
            throw new InvalidOperationException($"+messages-export answered {run.Stdout}; expected {messages} messages, {resources} resources, {downloaded} downloaded, {bytes} bytes");
    }

    private static (string File, string[] Args) OfficialCommand(LarkEmulator emulator, Dictionary<string, string> env, string chatId)
    {
        // This program, as its own process, so GNU time measures it like the CLI.
        var self = Environment.ProcessPath!;
        string[] prefix = Path.GetFileNameWithoutExtension(self) == "dotnet" ? [typeof(ConversationSuite).Assembly.Location] : [];
        return (self, [.. prefix, "official-way", "--base-url", emulator.BaseUrl.ToString(), "--token", env["LARKSUITE_CLI_TENANT_ACCESS_TOKEN"], "--chat-id", chatId]);
    }

    private static async Task<LarkEmulator> StartAsync(EmulatorFixture fixture)
    {
        var emulator = await LarkEmulator.StartAsync(new EmulatorOptions { Fixture = fixture, RateLimit = Lark });
        emulator.Faults.LatencyPerRequest = TimeSpan.FromSeconds(LatencySeconds);
        emulator.Faults.BandwidthBytesPerSecond = Bandwidth;
        return emulator;
    }

    private static async Task<Dictionary<string, string>> EnvironmentAsync(LarkEmulator emulator, string work)
    {
        using var http = new HttpClient { BaseAddress = emulator.BaseUrl };
        var answer = await http.PostAsJsonAsync("open-apis/auth/v3/tenant_access_token/internal", new Dictionary<string, string> { ["app_id"] = DemoData.AppId, ["app_secret"] = DemoData.AppSecret });
        var token = JsonDocument.Parse(await answer.Content.ReadAsStringAsync()).RootElement.GetProperty("tenant_access_token").GetString()!;
        return new Dictionary<string, string>
        {
            ["LARKSUITE_CLI_APP_ID"] = DemoData.AppId,
            ["LARKSUITE_CLI_APP_SECRET"] = DemoData.AppSecret,
            ["LARKSUITE_CLI_OPEN_BASE_URL"] = emulator.BaseUrl.ToString(),
            ["LARKSUITE_CLI_TENANT_ACCESS_TOKEN"] = token,
            ["HOME"] = work,
            ["LARKSUITE_CLI_CONFIG_DIR"] = Path.Join(work, "config"),
            ["LARKSUITE_CLI_DATA_DIR"] = Path.Join(work, "store"),
        };
    }

    // A large chat with exactly `resources` downloadable resources: LargeChat also generates a cover for each video,
    // which a media message carries but neither the official CLI nor ours downloads, so it asks for a few more.
    private static (EmulatorFixture Fixture, LargeChatInfo Info, int Generated) Chat(int messages, int resources)
    {
        for (var generated = resources + (resources / 7) - 5; ; generated++) // about one in seven is a cover
        {
            var fixture = DemoData.Fixture;
            var info = LargeChat.AddTo(fixture, new LargeChatSpec(messages, generated));
            Shrink(fixture);
            if (Downloadable(fixture).Count >= resources)
                return (fixture, info, generated);
        }
    }

    // The chat's resources a client downloads: all but video covers.
    private static List<FixtureResource> Downloadable(EmulatorFixture fixture)
    {
        var media = fixture.Messages.Where(m => m.MsgType == "media").Select(m => m.MessageId).ToHashSet(StringComparer.Ordinal);
        return [.. fixture.Resources.Where(r => r.MessageId.StartsWith("om_large_", StringComparison.Ordinal) && !(r.Type == ResourceType.Image && media.Contains(r.MessageId)))];
    }

    // LargeChat's files and videos reach 40 MB; the issue's chat goes to 20 MB. Everything over 10 MB is brought into
    // 10–20 MB (10 MB + a third of the excess), keeping the spread; smaller resources are left as generated.
    private static void Shrink(EmulatorFixture fixture)
    {
        for (var i = 0; i < fixture.Resources.Count; i++)
        {
            var r = fixture.Resources[i];
            if (!r.MessageId.StartsWith("om_large_", StringComparison.Ordinal) || r.Size <= ShrinkAbove)
                continue;
            fixture.Resources[i] = new FixtureResource
            {
                MessageId = r.MessageId, FileKey = r.FileKey, Type = r.Type, ContentType = r.ContentType, FileName = r.FileName,
                Path = r.Path, Base64 = r.Base64, Seed = r.Seed, ErrorCode = r.ErrorCode,
                Size = ShrinkAbove + ((r.Size - ShrinkAbove) / 3),
            };
        }
    }

    private static string Fresh(string work, string name)
    {
        var dir = Path.Join(work, "runs", name);
        if (Directory.Exists(dir))
            Directory.Delete(dir, recursive: true);
        Directory.CreateDirectory(dir);
        return dir;
    }

    private static string LoadAverage()
    {
        try
        {
            return string.Join(' ', File.ReadAllText("/proc/loadavg").Split(' ').Take(3));
        }
        catch (IOException)
        {
            return "?";
        }
    }

    private static double Median(List<Run> runs, Func<Run, int> value)
    {
        var sorted = runs.Select(value).Order().ToArray();
        return sorted.Length % 2 == 1 ? sorted[sorted.Length / 2] : (sorted[(sorted.Length / 2) - 1] + sorted[sorted.Length / 2]) / 2.0;
    }

    private static int Max(List<Run> runs, Func<Run, int> value) => runs.Max(value);

    private static string Kb(long bytes) => $"{bytes / 1000} KB";

    private static string Mb(long bytes) => bytes >= 1_000_000 ? $"{bytes / 1e6:0.0} MB" : Kb(bytes);
}
