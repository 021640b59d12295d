using System.Text.Json.Nodes;

namespace Lark.Emulator.Fixtures;

/// <summary>Lookups over a fixture, built once when the emulator starts.</summary>
internal sealed class FixtureIndex
{
    // Messages without a creation time get base + one second per position, so listing order is stable.
    private const long BaseCreateTime = 1_717_200_000_000;

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
            .Select((m, i) => (m.MessageId, Time: m.CreateTime ?? BaseCreateTime + (i * 1000L)))
            .ToDictionary(x => x.MessageId, x => x.Time, StringComparer.Ordinal);
        Children = fixture.Messages
            .Where(m => m.UpperMessageId is not null)
            .GroupBy(m => m.UpperMessageId!, StringComparer.Ordinal)
            .ToDictionary(g => g.Key, g => (IReadOnlyList<FixtureMessage>)[.. g], StringComparer.Ordinal);
        Resources = fixture.Resources.ToDictionary(r => (r.MessageId, r.FileKey));
    }

    public EmulatorFixture Fixture { get; }
    public IReadOnlyDictionary<string, FixtureApp> Apps { get; }
    public IReadOnlyDictionary<string, FixtureUser> Users { get; }
    public IReadOnlyDictionary<string, FixtureChat> Chats { get; }
    public IReadOnlyDictionary<string, FixtureMessage> Messages { get; }
    public IReadOnlyDictionary<string, long> CreateTimes { get; }
    public IReadOnlyDictionary<string, IReadOnlyList<FixtureMessage>> Children { get; }
    private Dictionary<(string MessageId, string FileKey), FixtureResource> Resources { get; }

    public IReadOnlyList<FixtureMessage> ChildrenOf(string messageId) =>
        Children.TryGetValue(messageId, out var list) ? list : [];

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
