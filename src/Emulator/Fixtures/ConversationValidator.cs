namespace Lark.Emulator.Fixtures;

/// <summary>
/// The conversation fields of a fixture: chat modes and members, reply chains and threads, mentions, reactions and
/// edit times. Each problem names its entry, as <see cref="FixtureValidator"/> does.
/// </summary>
internal static class ConversationValidator
{
    public static void Check(List<string> problems, EmulatorFixture fixture)
    {
        var users = (fixture.Users ?? []).Where(u => u is not null).Select(u => u.OpenId).ToHashSet(StringComparer.Ordinal);
        CheckChats(problems, fixture.Chats ?? [], users);
        CheckMessages(problems, fixture.Messages ?? []);
    }

    private static void CheckChats(List<string> problems, IList<FixtureChat> chats, HashSet<string> users)
    {
        for (var i = 0; i < chats.Count; i++)
        {
            if (chats[i] is not { } chat)
            {
                continue;
            }

            var entry = $"chats[{i}] (\"{chat.ChatId}\")";
            if (!Enum.IsDefined(chat.ChatMode))
            {
                problems.Add($"{entry}: chatMode {(int)chat.ChatMode} is not group, topic or p2p");
            }

            foreach (var member in chat.Members ?? [])
            {
                if (member is null || !users.Contains(member))
                {
                    problems.Add($"{entry}: member \"{member}\" names no user");
                }
            }

            if (chat.OwnerId is { } owner && !users.Contains(owner))
            {
                problems.Add($"{entry}: ownerId \"{owner}\" names no user");
            }

            // A direct chat is between two users, or one user and the bot.
            if (chat.ChatMode == ChatMode.P2p && (chat.Members is not { } two || two.Count != (chat.BotIsMember ? 1 : 2)))
            {
                problems.Add($"{entry}: a p2p chat needs members: one user with the bot, or two users without it");
            }
        }
    }

    private static void CheckMessages(List<string> problems, IList<FixtureMessage> messages)
    {
        var byId = new Dictionary<string, FixtureMessage>(StringComparer.Ordinal);
        foreach (var m in messages)
        {
            if (m?.MessageId is { } id)
            {
                byId.TryAdd(id, m);
            }
        }

        var roots = new Dictionary<string, int>(StringComparer.Ordinal);
        for (var i = 0; i < messages.Count; i++)
        {
            if (messages[i] is not { } m)
            {
                continue;
            }

            var entry = $"messages[{i}] (\"{m.MessageId}\")";
            CheckReply(problems, entry, m, byId);
            if (m.ThreadId is { } thread && m.RootId is null)
            {
                if (!roots.TryAdd(thread, i))
                {
                    problems.Add($"{entry}: thread \"{thread}\" already has its root at messages[{roots[thread]}]");
                }

                if (m.UpperMessageId is not null)
                {
                    problems.Add($"{entry}: a merge-forward child cannot start thread \"{thread}\"");
                }
            }

            var created = FixtureIndex.CreateTimeOf(m, i);
            if (m.UpdateTime is { } updated && updated < created)
            {
                problems.Add($"{entry}: updateTime {updated} is before its creation time {created}");
            }

            CheckMentions(problems, entry, m.Mentions);
            CheckReactions(problems, entry, m.Reactions);
        }

        for (var i = 0; i < messages.Count; i++)
        {
            if (messages[i] is { ThreadId: { } thread, RootId: not null } reply && !roots.ContainsKey(thread))
            {
                problems.Add($"messages[{i}] (\"{reply.MessageId}\"): thread \"{thread}\" has no root (a message with this threadId and no rootId)");
            }
        }
    }

    private static void CheckReply(List<string> problems, string entry, FixtureMessage m, Dictionary<string, FixtureMessage> byId)
    {
        foreach (var (field, id) in new[] { ("rootId", m.RootId), ("parentId", m.ParentId) })
        {
            if (id is null)
            {
                continue;
            }

            if (id == m.MessageId || !byId.TryGetValue(id, out var other))
            {
                problems.Add($"{entry}: {field} \"{id}\" names no other message");
            }
            else if (other.ChatId != m.ChatId)
            {
                problems.Add($"{entry}: {field} \"{id}\" is in another chat");
            }
        }

        if ((m.RootId is null) != (m.ParentId is null))
        {
            // Lark sets both on every reply: the chain's first message and the one answered.
            problems.Add($"{entry}: a reply needs both rootId and parentId");
        }

        if (m.RootId is { } root && byId.TryGetValue(root, out var rootMessage) && m.ThreadId != rootMessage.ThreadId)
        {
            problems.Add($"{entry}: threadId \"{m.ThreadId}\" differs from its root's \"{rootMessage.ThreadId}\"");
        }
    }

    private static void CheckMentions(List<string> problems, string entry, IList<FixtureMention>? mentions)
    {
        var keys = new HashSet<string>(StringComparer.Ordinal);
        for (var j = 0; j < (mentions?.Count ?? 0); j++)
        {
            if (mentions![j] is not { } mention)
            {
                problems.Add($"{entry}: mentions[{j}] is null");
            }
            else if (string.IsNullOrEmpty(mention.Key) || string.IsNullOrEmpty(mention.Id))
            {
                problems.Add($"{entry}: mentions[{j}] needs a key and an id");
            }
            else if (!keys.Add(mention.Key))
            {
                problems.Add($"{entry}: mentions[{j}]: key \"{mention.Key}\" is used twice");
            }
        }
    }

    private static void CheckReactions(List<string> problems, string entry, IList<FixtureReaction>? reactions)
    {
        for (var j = 0; j < (reactions?.Count ?? 0); j++)
        {
            if (reactions![j] is not { } reaction)
            {
                problems.Add($"{entry}: reactions[{j}] is null");
            }
            else if (string.IsNullOrEmpty(reaction.EmojiType) || string.IsNullOrEmpty(reaction.OperatorId))
            {
                problems.Add($"{entry}: reactions[{j}] needs an emojiType and an operatorId");
            }
            else if (!Enum.IsDefined(reaction.OperatorType))
            {
                problems.Add($"{entry}: reactions[{j}]: operatorType {(int)reaction.OperatorType} is not user or app");
            }
        }
    }
}
