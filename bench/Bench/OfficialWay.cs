using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;

namespace Lark.Bench;

/// <summary>
/// The reference for the conversation suite: a chat listed and its resources downloaded the way the official CLI
/// (v1.0.89) does it, in a plain <see cref="HttpClient"/> and nothing else. Every page one after another (50 a page,
/// thread roots only), each page enriched as the official CLI does before the next is read (one page of replies per
/// new thread, then reactions 20 messages a call), then 200 ms before the next page; when the listing is done, every
/// resource 3 at a time with one plain whole-body GET each, written to <c>DIR/&lt;file_key&gt;</c>, nothing reused.
/// A 429 is waited out as <c>x-ogw-ratelimit-reset</c> says and retried, so the reference always finishes; its 429s
/// are counted. Run as <c>Lark.Bench official-way --base-url URL --token T --chat-id C --out DIR
/// [--page-delay-ms 200] [--concurrency 3] [--page-limit N]</c>; prints a JSON summary on stdout.
/// </summary>
public static class OfficialWay
{
    public static async Task<int> RunAsync(string[] args)
    {
        string? baseUrl = null, token = null, chatId = null, outDir = null;
        var pageDelay = 200;
        var concurrency = 3;
        var pageLimit = int.MaxValue;
        for (var i = 0; i < args.Length; i++)
        {
            switch (args[i])
            {
                case "--base-url": baseUrl = args[++i]; break;
                case "--token": token = args[++i]; break;
                case "--chat-id": chatId = args[++i]; break;
                case "--out": outDir = args[++i]; break;
                case "--page-delay-ms": pageDelay = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--concurrency": concurrency = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                case "--page-limit": pageLimit = int.Parse(args[++i], CultureInfo.InvariantCulture); break;
                default: Console.Error.WriteLine($"unknown argument {args[i]}"); return 2;
            }
        }

        if (baseUrl is null || token is null || chatId is null || outDir is null)
        {
            Console.Error.WriteLine("usage: Lark.Bench official-way --base-url URL --token T --chat-id C --out DIR [--page-delay-ms 200] [--concurrency 3] [--page-limit N]");
            return 2;
        }

        Directory.CreateDirectory(outDir);
        using var http = new HttpClient { BaseAddress = new Uri(baseUrl), Timeout = TimeSpan.FromMinutes(10) };
        http.DefaultRequestHeaders.Authorization = new("Bearer", token);
        var client = new Client(http);

        // 1. The listing: pages in order, each enriched before the next.
        var resources = new List<(string MessageId, string Key, string Type)>();
        var seen = new HashSet<(string, string)>();
        var threads = new HashSet<string>(StringComparer.Ordinal);
        string? pageToken = null;
        var pages = 0;
        var messages = 0;
        await using (var lines = new StreamWriter(Path.Join(outDir, "messages.jsonl"), false, new UTF8Encoding(false)))
        {
            do
            {
                if (pages > 0 && pageDelay > 0)
                    await Task.Delay(pageDelay);
                var query = $"open-apis/im/v1/messages?container_id_type=chat&container_id={chatId}&sort_type=ByCreateTimeDesc&page_size=50"
                    + "&card_msg_content_type=raw_card_content&only_thread_root_messages=true&with_sender_name=true"
                    + (pageToken is null ? "" : "&page_token=" + Uri.EscapeDataString(pageToken));
                var data = await client.JsonAsync(HttpMethod.Get, query, null);
                pages++;
                var items = data["items"]?.AsArray().OfType<JsonObject>().ToList() ?? [];
                pageToken = data["has_more"]?.GetValue<bool>() == true ? (string?)data["page_token"] : null;

                // Replies of each thread met for the first time: one page of 50.
                var all = new List<JsonObject>(items);
                foreach (var item in items)
                {
                    if ((string?)item["thread_id"] is { Length: > 0 } thread && threads.Add(thread))
                    {
                        var replies = await client.JsonAsync(HttpMethod.Get, $"open-apis/im/v1/messages?container_id_type=thread&container_id={thread}&sort_type=ByCreateTimeAsc&page_size=50&card_msg_content_type=raw_card_content&with_sender_name=true", null);
                        all.AddRange((replies["items"]?.AsArray().OfType<JsonObject>() ?? []).Where(r => (string?)r["message_id"] != (string?)item["message_id"]));
                    }
                }

                // Reactions, 20 messages a call.
                foreach (var chunk in all.Select(m => (string?)m["message_id"]).OfType<string>().Chunk(20))
                {
                    var body = new JsonObject { ["queries"] = new JsonArray([.. chunk.Select(id => (JsonNode)new JsonObject { ["message_id"] = id })]) };
                    await client.JsonAsync(HttpMethod.Post, "open-apis/im/v1/messages/reactions/batch_query", body);
                }

                foreach (var message in all)
                {
                    messages++;
                    await lines.WriteLineAsync(message.ToJsonString());
                    foreach (var resource in Resources(message))
                    {
                        if (seen.Add((resource.MessageId, resource.Key)))
                            resources.Add(resource);
                    }
                }
            }
            while (pageToken is not null && pages < pageLimit);
        }

        // 2. The downloads: 3 at a time, whole bodies, every one fetched.
        long bytes = 0;
        await Parallel.ForEachAsync(resources, new ParallelOptions { MaxDegreeOfParallelism = concurrency }, async (resource, ct) =>
        {
            var url = $"open-apis/im/v1/messages/{resource.MessageId}/resources/{resource.Key}?type={resource.Type}";
            var n = await client.DownloadAsync(url, Path.Join(outDir, resource.Key), ct);
            Interlocked.Add(ref bytes, n);
        });

        Console.WriteLine(new JsonObject
        {
            ["pages"] = pages,
            ["messages"] = messages,
            ["resources"] = resources.Count,
            ["bytes"] = bytes,
            ["rate_limited"] = client.RateLimited,
        }.ToJsonString());
        return 0;
    }

    // The keys a message carries, as the official CLI extracts them: images, files, audio, a video (not its cover),
    // and a post's images and media.
    private static IEnumerable<(string MessageId, string Key, string Type)> Resources(JsonObject message)
    {
        var id = (string?)message["message_id"] ?? "";
        JsonNode? content;
        try
        {
            content = JsonNode.Parse((string?)message["body"]?["content"] ?? "null");
        }
        catch (JsonException)
        {
            yield break;
        }

        switch ((string?)message["msg_type"])
        {
            case "image":
                if ((string?)content?["image_key"] is { } image)
                    yield return (id, image, "image");
                break;
            case "file" or "audio":
                if ((string?)content?["file_key"] is { } file)
                    yield return (id, file, "file");
                break;
            case "media":
                if ((string?)content?["file_key"] is { } video)
                    yield return (id, video, "file"); // the cover is not downloaded
                break;
            case "post":
                var body = content?["content"] is JsonArray ? content : (content as JsonObject)?.Select(p => p.Value).FirstOrDefault();
                foreach (var element in (body?["content"] as JsonArray ?? []).OfType<JsonArray>().SelectMany(p => p.OfType<JsonObject>()))
                {
                    if ((string?)element["tag"] == "img" && (string?)element["image_key"] is { } postImage)
                        yield return (id, postImage, "image");
                    if ((string?)element["tag"] == "media" && (string?)element["file_key"] is { } postMedia)
                        yield return (id, postMedia, "file");
                }

                break;
        }
    }

    private sealed class Client(HttpClient http)
    {
        private int _rateLimited;

        public int RateLimited => _rateLimited;

        public async Task<JsonObject> JsonAsync(HttpMethod method, string url, JsonObject? body)
        {
            while (true)
            {
                using var request = new HttpRequestMessage(method, url);
                if (body is not null)
                    request.Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json");
                using var response = await http.SendAsync(request);
                if (await WaitedOutAsync(response, CancellationToken.None))
                    continue;
                var text = await response.Content.ReadAsStringAsync();
                var answer = JsonNode.Parse(text) as JsonObject;
                if (!response.IsSuccessStatusCode || (int?)answer?["code"] != 0)
                    throw new InvalidOperationException($"{method} {url}: HTTP {(int)response.StatusCode} {text}");
                return answer!["data"] as JsonObject ?? [];
            }
        }

        public async Task<long> DownloadAsync(string url, string path, CancellationToken ct)
        {
            while (true)
            {
                using var response = await http.GetAsync(url, HttpCompletionOption.ResponseHeadersRead, ct);
                if (await WaitedOutAsync(response, ct))
                    continue;
                if (!response.IsSuccessStatusCode)
                    throw new InvalidOperationException($"GET {url}: HTTP {(int)response.StatusCode} {await response.Content.ReadAsStringAsync(ct)}");
                await using var file = File.Create(path);
                await response.Content.CopyToAsync(file, ct);
                return file.Length;
            }
        }

        private async Task<bool> WaitedOutAsync(HttpResponseMessage response, CancellationToken ct)
        {
            if (response.StatusCode != HttpStatusCode.TooManyRequests)
                return false;
            Interlocked.Increment(ref _rateLimited);
            var reset = response.Headers.TryGetValues("x-ogw-ratelimit-reset", out var values)
                && int.TryParse(values.FirstOrDefault(), CultureInfo.InvariantCulture, out var seconds) ? seconds : 1;
            await Task.Delay(TimeSpan.FromSeconds(Math.Max(1, reset)), ct);
            return true;
        }
    }
}
