using System.Security.Cryptography;
using System.Text.Json.Nodes;
using Lark.Emulator;
using Lark.Emulator.Fixtures;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace Lark.Resources.Integration.Export;

/// <summary>An export directory as a reader sees it, checked against itself: the transcript, messages.jsonl, the manifest and the files.</summary>
internal sealed class ExportFiles(string directory)
{
    public string Directory { get; } = directory;

    public string Transcript => File.ReadAllText(Path.Join(Directory, "transcript.md"));

    public JsonObject Manifest => (JsonObject)JsonNode.Parse(File.ReadAllBytes(Path.Join(Directory, "manifest.json")))!;

    public string[] RawLines => File.ReadAllLines(Path.Join(Directory, "messages.jsonl"));

    public JsonObject[] Lines => [.. RawLines.Select(l => (JsonObject)JsonNode.Parse(l)!)];

    public JsonObject[] ManifestResources => [.. Manifest["resources"]!.AsArray().Select(r => (JsonObject)r!)];

    public JsonObject Resource(string key) => ManifestResources.Single(r => (string?)r["key"] == key);

    /// <summary>Every message line and the thread replies nested in them.</summary>
    public IEnumerable<JsonObject> AllMessages() => Lines.SelectMany(Flatten);

    private static IEnumerable<JsonObject> Flatten(JsonObject m) =>
        [m, .. (m["thread_replies"] as JsonArray ?? []).OfType<JsonObject>().SelectMany(Flatten)];

    /// <summary>The transcript's link and image destinations as a browser follows them (percent-decoded).</summary>
    public IReadOnlyList<(string Url, bool Image)> Links()
    {
        var document = Markdown.Parse(Transcript);
        return [.. document.Descendants<LinkInline>().Select(l => (Uri.UnescapeDataString(l.Url ?? ""), l.IsImage)),
            .. document.Descendants<AutolinkInline>().Select(a => (Uri.UnescapeDataString(a.Url ?? ""), false))];
    }

    public static string Sha256(string path) => Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path)));

    /// <summary>
    /// The export is true to itself: every transcript link (but a post's web links) is a file inside resources/; every
    /// resource the manifest has as ok is a file of its size and SHA-256 and is linked; every failed one has its error
    /// and no file; messages.jsonl has one line per message and names each resource by the manifest's path.
    /// </summary>
    public void AssertConsistent(bool resourcesDownloaded = true)
    {
        var root = Path.GetFullPath(Directory);
        var resources = Path.Join(root, "resources") + Path.DirectorySeparatorChar;
        var manifest = ManifestResources;
        var okPaths = manifest.Where(r => (string?)r["status"] == "ok").Select(r => (string)r["path"]!).ToHashSet(StringComparer.Ordinal);

        foreach (var (url, _) in Links().Where(l => !l.Url.StartsWith("https://", StringComparison.Ordinal) && !l.Url.StartsWith("http://", StringComparison.Ordinal)))
        {
            var full = Path.GetFullPath(Path.Join(root, url));
            Assert.True(full.StartsWith(resources, StringComparison.Ordinal), $"the transcript links to {url}, outside resources/");
            Assert.True(File.Exists(full), $"the transcript links to {url}, which is not there");
            Assert.Contains(url, okPaths);
        }

        Assert.Equal(okPaths.Order(StringComparer.Ordinal), Links().Select(l => l.Url).Where(okPaths.Contains).Distinct().Order(StringComparer.Ordinal));

        foreach (var r in manifest)
        {
            var path = (string)r["path"]!;
            var full = Path.GetFullPath(Path.Join(root, path));
            Assert.StartsWith(resources, full, StringComparison.Ordinal);
            switch ((string?)r["status"])
            {
                case "ok":
                    Assert.Equal((long)r["size"]!, new FileInfo(full).Length);
                    Assert.Equal((string)r["sha256"]!, Sha256(full));
                    break;
                case "failed":
                    Assert.NotNull(r["error"]?["message"]);
                    Assert.False(File.Exists(full), $"{path} failed, yet is there");
                    break;
                default:
                    Assert.False(resourcesDownloaded, $"{path} is still pending");
                    break;
            }
        }

        // One line per message, each resource named by the manifest's path.
        var lines = Lines;
        Assert.Equal((long)Manifest["counts"]!["messages"]!, lines.Length);
        Assert.Equal(lines.Length, lines.Select(l => (string)l["message_id"]!).Distinct().Count());
        var byKey = manifest.ToDictionary(r => ((string)r["message_id"]!, (string)r["key"]!), r => r);
        foreach (var entry in AllMessages().SelectMany(m => (m["resources"] as JsonArray ?? []).OfType<JsonObject>()))
        {
            var known = byKey[((string)entry["message_id"]!, (string)entry["key"]!)];
            if ((string?)known["status"] == "ok")
                Assert.Equal((string)known["path"]!, (string?)entry["local_path"]);
        }

        // The export's own files and resources/, nothing else (no temporary file, no lock left behind).
        Assert.Subset(new HashSet<string>(["manifest.json", "messages.jsonl", "transcript.md", "resources"]),
            System.IO.Directory.EnumerateFileSystemEntries(root).Select(Path.GetFileName).ToHashSet()!);
    }

    /// <summary>The resource requests the emulator answered for <paramref name="key"/>, with their ranges.</summary>
    public static IReadOnlyList<RecordedRequest> Requests(LarkEmulator emulator, string key) =>
        [.. emulator.Requests.Where(r => r.Path.EndsWith("/resources/" + key, StringComparison.Ordinal))];

    public static IReadOnlyList<RecordedRequest> ResourceRequests(LarkEmulator emulator) =>
        [.. emulator.Requests.Where(r => r.Path.Contains("/resources/", StringComparison.Ordinal))];

    /// <summary>A file message in <paramref name="chatId"/> with a generated resource.</summary>
    public static (FixtureMessage Message, FixtureResource Resource) FileMessage(string chatId, string id, string key, string? name, long size, long createTime, int? errorCode = null) =>
        (new FixtureMessage
        {
            MessageId = id, ChatId = chatId, MsgType = "file", SenderId = DemoData.UserOpenId, CreateTime = createTime,
            Content = name is null ? new JsonObject { ["file_key"] = key } : new JsonObject { ["file_key"] = key, ["file_name"] = name },
        },
        // (A header cannot carry control characters: the emulator's Content-Disposition goes without them.)
        new FixtureResource
        {
            MessageId = id, FileKey = key, Type = ResourceType.File, FileName = name is null ? null : new string(name.Where(c => !char.IsControl(c)).ToArray()),
            Seed = size + createTime, Size = size, ErrorCode = errorCode,
        });

    /// <summary>The demo data plus a chat of its own for an export test, with the given file messages.</summary>
    public static EmulatorFixture WithChat(string chatId, IEnumerable<(FixtureMessage Message, FixtureResource Resource)> files, EmulatorFixture? fixture = null)
    {
        fixture ??= DemoData.Fixture;
        fixture.Chats.Add(new FixtureChat { ChatId = chatId, Name = "Export test 导出" });
        foreach (var (message, resource) in files)
        {
            fixture.Messages.Add(message);
            fixture.Resources.Add(resource);
        }

        return fixture;
    }
}
