using System.Globalization;
using System.Text.Json.Nodes;

namespace Lark.Emulator.Fixtures;

/// <summary>
/// Generates a big chat for benchmarks and load tests, the same every time for the same size: text messages (some with
/// mentions), threads of a root and three replies every 50 messages, and resource messages spread evenly through it
/// (images of about 70 KB, files from 100 KB to 40 MB with Chinese and ASCII names, audio, videos of 5 to 40 MB with
/// a cover, posts with an image). Resource bytes are generated on demand from a seed (<see cref="Content.ResourceBytes"/>),
/// so gigabytes of resources cost only their entries. Senders are the fixture's users, and every ninth message its
/// first app's bot.
/// </summary>
public static class LargeChat
{
    /// <summary>The generated chat's id.</summary>
    public const string ChatId = "oc_large0000000001";

    /// <summary>The first message's time, Unix ms; the others follow 15 seconds apart.</summary>
    public const long Start = 1_717_400_000_000;

    private const int ThreadEvery = 50;
    private const int ThreadRootAt = 10;
    private const int RepliesPerThread = 3;
    private const long SeedBase = 1_000_000;

    private static readonly string[] Phrases =
    [
        "早上好 Good morning", "看一下这个 Have a look at this", "会议纪要已更新 Minutes updated", "谢谢！ Thanks!",
        "明天发布 Shipping tomorrow", "有人在吗？ Anyone around?", "这个问题已修复 Fixed", "我来跟进 I'll follow up",
        "周报见附件 Weekly report attached", "好主意 Good idea", "稍等 One moment", "收到 Got it",
    ];

    private static readonly string[] FileNames = ["报告-{0:D4}.pdf", "data-{0:D4}.csv", "设计稿-{0:D4}.zip", "notes {0:D4}.docx", "数据表-{0:D4}.xlsx"];

    private enum Kind
    {
        Image,
        File,
        Audio,
        Media,
        Post,
    }

    // One media message carries two resources (the video and its cover).
    private static readonly Kind[] Cycle = [Kind.Image, Kind.File, Kind.Audio, Kind.Media, Kind.Post, Kind.File];

    /// <summary>Adds the chat, its messages and its resources to <paramref name="fixture"/>, which needs at least one user.</summary>
    /// <exception cref="ArgumentException">The fixture has no user to send the messages.</exception>
    public static LargeChatInfo AddTo(EmulatorFixture fixture, LargeChatSpec spec)
    {
        ArgumentNullException.ThrowIfNull(fixture);
        ArgumentNullException.ThrowIfNull(spec);
        var users = fixture.Users.Where(u => u is not null).ToList();
        if (users.Count == 0)
        {
            throw new ArgumentException("A large chat needs at least one user in the fixture to send its messages.", nameof(fixture));
        }

        var bot = fixture.Apps.FirstOrDefault(a => a is not null)?.AppId;
        fixture.Chats.Add(new FixtureChat
        {
            ChatId = ChatId,
            Name = string.Create(CultureInfo.InvariantCulture, $"Large chat 大群 ({spec.Messages} messages)"),
            Description = "Generated for benchmarks 压测用",
        });

        var kinds = PlanResources(spec.Resources);
        var carriers = new Dictionary<int, int>(); // message index -> resource message number
        for (var j = 0; j < kinds.Count; j++)
        {
            carriers[(int)((long)j * spec.Messages / kinds.Count)] = j;
        }

        var resourceNumber = 0;
        long total = 0, smallest = long.MaxValue, largest = 0;
        var topLevel = 0;
        var threads = 0;
        for (var i = 0; i < spec.Messages; i++)
        {
            var inBlock = i % ThreadEvery;
            var threadRoot = i - inBlock + ThreadRootAt;
            var isRoot = inBlock == ThreadRootAt;
            var isReply = inBlock is > ThreadRootAt and <= ThreadRootAt + RepliesPerThread;
            threads += isRoot ? 1 : 0;
            topLevel += isReply ? 0 : 1;

            var sender = bot is not null && i % 9 == 8 ? bot : users[(int)(Mix(i) % (ulong)users.Count)].OpenId;
            var mention = MentionFor(i, users);
            var (type, content, resources) = carriers.TryGetValue(i, out var j)
                ? ResourceMessage(i, kinds[j], ref resourceNumber)
                : TextMessage(i, mention);
            foreach (var resource in resources)
            {
                fixture.Resources.Add(resource);
                total += resource.Size;
                smallest = Math.Min(smallest, resource.Size);
                largest = Math.Max(largest, resource.Size);
            }

            fixture.Messages.Add(new FixtureMessage
            {
                MessageId = MessageId(i),
                ChatId = ChatId,
                MsgType = type,
                Content = content,
                SenderId = sender,
                CreateTime = Start + (i * 15_000L),
                ThreadId = isRoot || isReply ? ThreadIdOf(threadRoot) : null,
                RootId = isReply ? MessageId(threadRoot) : null,
                ParentId = isReply ? MessageId(i - 1) : null,
                Mentions = type == "text" && mention is not null ? [mention] : null,
            });
        }

        return new LargeChatInfo(ChatId, spec.Messages, topLevel, threads, resourceNumber, total, resourceNumber == 0 ? 0 : smallest, largest);
    }

    /// <summary>The id of message <paramref name="index"/> (0-based) of the large chat.</summary>
    public static string MessageId(int index) => string.Create(CultureInfo.InvariantCulture, $"om_large_{index:D7}");

    private static string ThreadIdOf(int rootIndex) => string.Create(CultureInfo.InvariantCulture, $"omt_large_{rootIndex:D7}");

    private static List<Kind> PlanResources(int resources)
    {
        var kinds = new List<Kind>();
        var left = resources;
        for (var n = 0; left > 0; n++)
        {
            var kind = Cycle[n % Cycle.Length];
            if (kind == Kind.Media && left < 2)
            {
                kind = Kind.Image;
            }

            kinds.Add(kind);
            left -= kind == Kind.Media ? 2 : 1;
        }

        return kinds;
    }

    private static (string Type, JsonObject Content, FixtureResource[] Resources) TextMessage(int i, FixtureMention? mention)
    {
        var text = Phrases[(int)(Mix(i) % (ulong)Phrases.Length)];
        return ("text", new JsonObject { ["text"] = mention is null ? text : $"{mention.Key} {text}" }, []);
    }

    // Every 13th message mentions someone.
    private static FixtureMention? MentionFor(int i, List<FixtureUser> users)
    {
        if (i % 13 != 5)
        {
            return null;
        }

        var user = users[(int)(Mix(i + 7) % (ulong)users.Count)];
        return new FixtureMention { Key = "@_user_1", Id = user.OpenId, Name = user.Name };
    }

    private static (string, JsonObject, FixtureResource[]) ResourceMessage(int i, Kind kind, ref int number)
    {
        var id = MessageId(i);
        var n = number;
        var h = Mix(SeedBase + n);
        switch (kind)
        {
            case Kind.Image:
                number++;
                return ("image", new JsonObject { ["image_key"] = ImageKey(n) }, [Image(id, n)]);
            case Kind.Audio:
                number++;
                var audio = new FixtureResource { MessageId = id, FileKey = FileKey(n), ContentType = "audio/opus", Seed = SeedBase + n, Size = 50_000 + (long)(h % 550_000) };
                return ("audio", new JsonObject { ["file_key"] = audio.FileKey, ["duration"] = (int)(audio.Size / 16) }, [audio]);
            case Kind.Media:
                number += 2;
                var name = string.Create(CultureInfo.InvariantCulture, $"视频-{n:D4}.mp4");
                var video = new FixtureResource
                {
                    MessageId = id, FileKey = FileKey(n), ContentType = "video/mp4", FileName = name,
                    Seed = SeedBase + n, Size = 5_000_000 + (long)(h % 35_000_000),
                };
                var cover = Image(id, n + 1);
                return ("media", new JsonObject { ["file_key"] = video.FileKey, ["image_key"] = cover.FileKey, ["file_name"] = name, ["duration"] = 60_000 }, [video, cover]);
            case Kind.Post:
                number++;
                var image = Image(id, n);
                return ("post", new JsonObject
                {
                    ["zh_cn"] = new JsonObject
                    {
                        ["title"] = "截图 Screenshot",
                        ["content"] = new JsonArray(
                            new JsonArray(new JsonObject { ["tag"] = "text", ["text"] = Phrases[(int)(h % (ulong)Phrases.Length)] }),
                            new JsonArray(new JsonObject { ["tag"] = "img", ["image_key"] = image.FileKey })),
                    },
                }, [image]);
            default:
                number++;
                var fileName = string.Format(CultureInfo.InvariantCulture, FileNames[(int)(h % (ulong)FileNames.Length)], n);
                // Log-uniform from 100 KB to 40 MB: many small files, some big ones.
                var size = (long)(100_000 * Math.Pow(400, (h >> 11) / (double)(1UL << 53)));
                var file = new FixtureResource
                {
                    MessageId = id, FileKey = FileKey(n), ContentType = "application/octet-stream", FileName = fileName,
                    Seed = SeedBase + n, Size = size,
                };
                return ("file", new JsonObject { ["file_key"] = file.FileKey, ["file_name"] = fileName }, [file]);
        }
    }

    // About 70 KB; the bytes are generated, not a decodable picture.
    private static FixtureResource Image(string messageId, int n) => new()
    {
        MessageId = messageId, FileKey = ImageKey(n), Type = ResourceType.Image, ContentType = "image/jpeg",
        Seed = SeedBase + n, Size = 60_000 + (long)(Mix(SeedBase + n) % 20_000),
    };

    private static string ImageKey(int n) => string.Create(CultureInfo.InvariantCulture, $"img_v3_large_{n:D5}");

    private static string FileKey(int n) => string.Create(CultureInfo.InvariantCulture, $"file_v3_large_{n:D5}");

    // SplitMix64: a stable hash of the position, so every run generates the same chat.
    private static ulong Mix(long value)
    {
        var z = unchecked((ulong)value + 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
