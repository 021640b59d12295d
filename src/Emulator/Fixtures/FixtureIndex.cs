using System.Text.Json.Nodes;

namespace Lark.Emulator.Fixtures;

/// <summary>Lookups over a fixture, built once when the emulator starts.</summary>
internal sealed class FixtureIndex
{
    /// <summary>Messages without a creation time get this base plus one second per position, so listing order is stable.</summary>
    public const long BaseCreateTime = 1_717_200_000_000;

    public FixtureIndex(EmulatorFixture fixture)
    {
        // The lookups below assume unique ids; a bad fixture must fail with names, not an ArgumentException.
        fixture.Validate();
        Fixture = fixture;
        Apps = fixture.Apps.ToDictionary(a => a.AppId, StringComparer.Ordinal);
        Users = fixture.Users.ToDictionary(u => u.OpenId, StringComparer.Ordinal);
        Chats = fixture.Chats.ToDictionary(c => c.ChatId, StringComparer.Ordinal);
        Messages = fixture.Messages.ToDictionary(m => m.MessageId, StringComparer.Ordinal);
        CreateTimes = fixture.Messages
            .Select((m, i) => (m.MessageId, Time: CreateTimeOf(m, i)))
            .ToDictionary(x => x.MessageId, x => x.Time, StringComparer.Ordinal);
        Children = fixture.Messages
            .Where(m => m.UpperMessageId is not null)
            .GroupBy(m => m.UpperMessageId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<FixtureMessage>)[.. g], StringComparer.Ordinal);
        Resources = fixture.Resources.ToDictionary(r => (r.MessageId, r.FileKey));

        // Oldest first; equal times keep fixture order, so both sort orders are total and stable.
        var timeline = fixture.Messages
            .Select((m, i) => (Message: m, Position: i))
            .Where(x => x.Message.UpperMessageId is null)
            .OrderBy(x => CreateTimes[x.Message.MessageId])
            .ThenBy(x => x.Position)
            .Select(x => x.Message)
            .ToList();
        ChatTimelines = timeline
            .GroupBy(m => m.ChatId, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<FixtureMessage>)[.. g], StringComparer.Ordinal);
        ThreadTimelines = timeline
            .Where(m => m.ThreadId is not null)
            .GroupBy(m => m.ThreadId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<FixtureMessage>)[.. g], StringComparer.Ordinal);
        ThreadRoots = timeline
            .Where(m => m.ThreadId is not null && m.RootId is null)
            .ToDictionary(m => m.ThreadId!, StringComparer.Ordinal);
        BotOpenIds = fixture.Apps
            .Where(a => a.BotOpenId is not null)
            .Select(a => a.BotOpenId!)
            .ToHashSet(StringComparer.Ordinal);
    }

    public EmulatorFixture Fixture { get; }
    public IReadOnlyDictionary<string, FixtureApp> Apps { get; }
    public IReadOnlyDictionary<string, FixtureUser> Users { get; }
    public IReadOnlyDictionary<string, FixtureChat> Chats { get; }
    public IReadOnlyDictionary<string, FixtureMessage> Messages { get; }
    public IReadOnlyDictionary<string, long> CreateTimes { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<FixtureMessage>> Children { get; }

    /// <summary>Each chat's messages, merge-forward children left out, oldest first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FixtureMessage>> ChatTimelines { get; }

    /// <summary>Each thread's root and replies, oldest first.</summary>
    public IReadOnlyDictionary<string, IReadOnlyList<FixtureMessage>> ThreadTimelines { get; }

    /// <summary>The message each thread starts with.</summary>
    public IReadOnlyDictionary<string, FixtureMessage> ThreadRoots { get; }

    /// <summary>The open ids bots have (see <see cref="FixtureApp.BotOpenId"/>).</summary>
    public IReadOnlySet<string> BotOpenIds { get; }

    private Dictionary<(string MessageId, string FileKey), FixtureResource> Resources { get; }

    /// <summary>The creation time of the message at <paramref name="position"/> in the fixture.</summary>
    public static long CreateTimeOf(FixtureMessage message, int position) => message.CreateTime ?? BaseCreateTime + (position * 1000L);

    public IReadOnlyList<FixtureMessage> ChildrenOf(string messageId) =>
        Children.TryGetValue(messageId, out var list) ? list : [];

    public IReadOnlyList<FixtureMessage> TimelineOf(string chatId) =>
        ChatTimelines.TryGetValue(chatId, out var list) ? list : [];

    /// <summary>Whether the user is in the chat (a chat without a member list holds every fixture user).</summary>
    public static bool IsMember(FixtureChat chat, string userOpenId) =>
        chat.Members is not { } members || members.Contains(userOpenId);

    /// <summary>The users in the chat.</summary>
    public IReadOnlyList<string> MembersOf(FixtureChat chat) =>
        chat.Members is { } members ? [.. members] : [.. Fixture.Users.Select(u => u.OpenId)];

    /// <summary>
    /// The resource <paramref name="fileKey"/> as reached through <paramref name="message"/>: a message's own
    /// resources, or for a merge-forward its children's. A child's own id reaches nothing (Lark answers 234003).
    /// </summary>
    public FixtureResource? FindResource(FixtureMessage message, string fileKey)
    {
        if (message.UpperMessageId is not null)
        {
            return null;
        }

        if (Resources.TryGetValue((message.MessageId, fileKey), out var own))
        {
            return own;
        }

        foreach (var child in ChildrenOf(message.MessageId))
        {
            if (Resources.TryGetValue((child.MessageId, fileKey), out var inner))
            {
                return inner;
            }
        }

        return null;
    }

    /// <summary>Whether <paramref name="fileKey"/> appears as a key anywhere in the message's content (stickers, folders, cards).</summary>
    public static bool ContentMentions(FixtureMessage message, string fileKey) =>
        message.UpperMessageId is null && message.Content is { } content && Mentions(content, fileKey);

    private static bool Mentions(JsonNode? node, string fileKey) => node switch
    {
        JsonObject o => o.Any(p => (p.Key.EndsWith("_key", StringComparison.Ordinal) && p.Value is JsonValue v
            && v.TryGetValue<string>(out var s) && s == fileKey) || Mentions(p.Value, fileKey)),
        JsonArray a => a.Any(n => Mentions(n, fileKey)),
        _ => false,
    };
}
