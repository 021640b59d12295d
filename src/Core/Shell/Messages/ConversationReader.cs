using System.Buffers;
using System.Runtime.CompilerServices;
using System.Text.Json;
using Lark.Resources.Rules;
using Lark.Resources.Rules.Conversations;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Messages;
using Lark.Resources.Shell.Http;

namespace Lark.Resources.Shell.Messages;

/// <summary>
/// Reads conversations as the client's identity: pages of a chat or a thread, messages by id (50 per call), a
/// message's thread, a user's p2p chat, reactions (20 messages per call) and a chat's name. Every call is paced with
/// everything else the client sends, a refused token is refreshed once, and refusals are classified
/// <see cref="LarkException"/>s.
/// </summary>
public sealed class ConversationReader
{
    /// <summary>The most ids one mget call takes.</summary>
    public const int MaxIdsPerCall = 50;

    /// <summary>The most messages one reactions call takes.</summary>
    public const int MaxReactionsPerCall = 20;

    private readonly LarkClient _client;

    /// <summary>Uses <paramref name="client"/>'s hosts, identity and pacer (not owned).</summary>
    public ConversationReader(LarkClient client) => _client = client ?? throw new ArgumentNullException(nameof(client));

    /// <summary>One page of a listing, from <paramref name="pageToken"/> (none: the first page).</summary>
    public Task<MessagePage> ReadPageAsync(MessageListQuery query, string? pageToken, CancellationToken cancellationToken = default)
    {
        var valid = Valid(query);
        return AuthorizedJson.GetAsync(_client, valid.PathAndQuery(pageToken), Reading(valid), MessagePage.Parse, cancellationToken);
    }

    /// <summary>
    /// Pages from <paramref name="pageToken"/> until the listing is complete or <paramref name="pageLimit"/> pages were
    /// read, waiting <paramref name="pageDelay"/> between pages (not before the first, not after the last). A page that
    /// says "more" without a new token fails as internal/invalid_response rather than looping.
    /// </summary>
    public async IAsyncEnumerable<ListedPage> ReadPagesAsync(MessageListQuery query, string? pageToken, int pageLimit, TimeSpan pageDelay,
        [EnumeratorCancellation] CancellationToken cancellationToken = default)
    {
        var valid = Valid(query);
        if (pageLimit < 1)
            throw new LarkException(LarkFailure.Invalid(InputField.PageLimit, Wording.Of($"{InputField.PageLimit} must be 1 or more (got {pageLimit})")));
        var seen = new HashSet<string>(StringComparer.Ordinal);
        if (!string.IsNullOrEmpty(pageToken))
            seen.Add(pageToken);
        var pagination = Pagination.Start;
        var token = pageToken;
        while (true)
        {
            var page = await AuthorizedJson.GetAsync(_client, valid.PathAndQuery(token), Reading(valid), MessagePage.Parse, cancellationToken);
            var step = PageStep.After(pagination, page.Items.Count, page.HasMore, page.PageToken, pageLimit, seen);
            if (step is PageStep.Broken broken)
                throw new LarkException(broken.Failure);
            pagination = step.Pagination;
            yield return new ListedPage(page, pagination);
            if (step is not PageStep.ReadNext next)
                yield break;
            seen.Add(next.PageToken);
            token = next.PageToken;
            if (pageDelay > TimeSpan.Zero)
                await Task.Delay(pageDelay, _client.Options.Time, cancellationToken);
        }
    }

    /// <summary>Messages by id (mget), 50 per call, in the order asked; ids Lark does not return are absent.</summary>
    public async Task<IReadOnlyList<LarkMessage>> GetManyAsync(IReadOnlyList<MessageId> ids, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(ids);
        var found = new List<LarkMessage>(ids.Count);
        foreach (var chunk in ids.Chunk(MaxIdsPerCall))
        {
            var query = string.Join('&', chunk.Select(id => "message_ids=" + Uri.EscapeDataString(id.Value)));
            var page = await AuthorizedJson.GetAsync(_client, $"open-apis/im/v1/messages/mget?card_msg_content_type=raw_card_content&with_sender_name=true&{query}",
                $"reading {chunk.Length} messages", MessagePage.Parse, cancellationToken);
            found.AddRange(page.Items);
        }

        return found;
    }

    /// <summary>A message and, for a merge-forward, its sub-messages (with <c>upper_message_id</c>).</summary>
    public async Task<IReadOnlyList<LarkMessage>> GetAsync(MessageId id, CancellationToken cancellationToken = default)
    {
        var page = await AuthorizedJson.GetAsync(_client, $"open-apis/im/v1/messages/{Uri.EscapeDataString(id.Value)}?card_msg_content_type=raw_card_content",
            $"reading message {id.Value}", MessagePage.Parse, cancellationToken);
        return page.Items;
    }

    /// <summary>The thread a message belongs to; api/not_found when it is in none.</summary>
    public async Task<string> ThreadOfAsync(MessageId id, CancellationToken cancellationToken = default)
    {
        var items = await GetAsync(id, cancellationToken);
        return items.Select(i => i.ThreadId).FirstOrDefault(t => !string.IsNullOrEmpty(t))
            ?? throw new LarkException(NotFound("thread ID not found for this message", Wording.Of($"Pass a thread id (omt_…) or a message that is in a thread as {InputField.ThreadId}.")));
    }

    /// <summary>The p2p chat between the client's user and <paramref name="userOpenId"/>; api/not_found when there is none.</summary>
    public async Task<string> P2pChatAsync(string userOpenId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(userOpenId);
        var body = Json(writer =>
        {
            writer.WriteStartArray("chatter_ids");
            writer.WriteStringValue(userOpenId);
            writer.WriteEndArray();
        });
        var chat = await AuthorizedJson.PostAsync(_client, "open-apis/im/v1/chat_p2p/batch_query?chatter_id_type=open_id", body, $"finding the p2p chat with {userOpenId}", P2pChat, cancellationToken);
        return chat ?? throw new LarkException(NotFound("P2P chat not found for this user", Wording.Of($"Check {InputField.UserId}, or list the chat by {InputField.ChatId}.")));
    }

    /// <summary>A chat's name, description and mode.</summary>
    public Task<ChatInfo> ChatAsync(string chatId, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(chatId);
        return AuthorizedJson.GetAsync(_client, $"open-apis/im/v1/chats/{Uri.EscapeDataString(chatId)}", $"reading chat {chatId}", root => Chat(chatId, root), cancellationToken);
    }

    /// <summary>
    /// The reactions of <paramref name="messageIds"/> (each distinct id once), 20 per call, up to 4 calls at once. A
    /// call that fails marks its messages as failed rather than failing the whole read.
    /// </summary>
    public async Task<ReactionsResult> ReactionsAsync(IReadOnlyList<string> messageIds, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(messageIds);
        var batches = messageIds.Distinct(StringComparer.Ordinal).Chunk(MaxReactionsPerCall).ToArray();
        var results = new (IReadOnlyDictionary<string, MessageReactions>? Found, LarkFailure? Failure)[batches.Length];
        await Parallel.ForEachAsync(Enumerable.Range(0, batches.Length), new ParallelOptions { MaxDegreeOfParallelism = 4, CancellationToken = cancellationToken }, async (i, ct) =>
        {
            var body = Json(writer =>
            {
                writer.WriteStartArray("queries");
                foreach (var id in batches[i])
                {
                    writer.WriteStartObject();
                    writer.WriteString("message_id", id);
                    writer.WriteEndObject();
                }

                writer.WriteEndArray();
            });
            try
            {
                results[i] = (await AuthorizedJson.PostAsync(_client, "open-apis/im/v1/messages/reactions/batch_query", body, "reading reactions", MessageReactions.ParseBatch, ct), null);
            }
            catch (LarkException e)
            {
                results[i] = (null, e.Failure);
            }
        });
        var reactions = new Dictionary<string, MessageReactions>(StringComparer.Ordinal);
        var failed = new List<(IReadOnlyList<string>, LarkFailure?)>();
        for (var i = 0; i < batches.Length; i++)
        {
            if (results[i].Found is { } found)
            {
                foreach (var (id, value) in found)
                    reactions[id] = value;
            }
            else
            {
                failed.Add((batches[i], results[i].Failure));
            }
        }

        return new ReactionsResult(reactions, failed);
    }

    private static MessageListQuery Valid(MessageListQuery query)
    {
        ArgumentNullException.ThrowIfNull(query);
        return query.Validate().TryGetValue(out var valid, out var failure) ? valid : throw new LarkException(failure);
    }

    private static string Reading(MessageListQuery query) => $"listing {(query.Container == Container.Chat ? "chat" : "thread")} {query.ContainerId}";

    private static LarkFailure NotFound(string what, Wording hint) => new()
    {
        Category = ErrorCategory.Api,
        Subtype = ErrorSubtype.NotFound,
        Message = Wording.Text(what),
        Hint = hint,
        Fix = FixKind.ChangeInput,
    };

    private static Result<string?> P2pChat(JsonElement root) =>
        root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            && data.TryGetProperty("p2p_chats", out var chats) && chats.ValueKind == JsonValueKind.Array
            ? Result<string?>.Ok(chats.EnumerateArray().Select(c => JsonText.Property(c, "chat_id")).FirstOrDefault(c => !string.IsNullOrEmpty(c)))
            : Result<string?>.Ok(null);

    private static Result<ChatInfo> Chat(string chatId, JsonElement root) =>
        root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object
            ? Result<ChatInfo>.Ok(new ChatInfo(chatId, JsonText.Property(data, "name") ?? "", JsonText.Property(data, "description"), JsonText.Property(data, "chat_mode")))
            : Result<ChatInfo>.Fail("the chat answer has no data");

    private static byte[] Json(Action<Utf8JsonWriter> body)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
        {
            writer.WriteStartObject();
            body(writer);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }
}
