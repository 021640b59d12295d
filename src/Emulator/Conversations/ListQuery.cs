using System.Globalization;
using System.Security.Cryptography;
using System.Text;

namespace Lark.Emulator.Conversations;

/// <summary>
/// The query of <c>GET /open-apis/im/v1/messages</c>, checked: <c>container_id_type</c> (<c>chat</c> | <c>thread</c>),
/// <c>container_id</c>, <c>sort_type</c> (<c>ByCreateTimeAsc</c> by default | <c>ByCreateTimeDesc</c>),
/// <c>start_time</c>/<c>end_time</c> (Unix seconds, both included; chats only), <c>page_size</c> (1–50, 20 by
/// default), <c>page_token</c>, <c>only_thread_root_messages</c>, <c>with_sender_name</c>,
/// <c>card_msg_content_type</c> and <c>user_id_type</c>.
/// </summary>
internal sealed record ListQuery(
    ContainerType Container,
    string ContainerId,
    bool Descending,
    long? StartSeconds,
    long? EndSeconds,
    int PageSize,
    PageToken? Token,
    bool OnlyThreadRoots,
    ItemOptions Items)
{
    public const int DefaultPageSize = 20;
    public const int MaxPageSize = 50;

    /// <summary>The page asked: 1 without a token.</summary>
    public int Page => Token?.Page ?? 1;

    /// <summary>Where the page starts in the query's sequence.</summary>
    public int Offset => Token?.Offset ?? 0;

    /// <summary>
    /// What a page token is bound to: the container, the order, the time window and the root-only filter. The page
    /// size, sender names and card form may change between pages, as they change no position in the sequence.
    /// </summary>
    public ulong Fingerprint
    {
        get
        {
            var key = string.Create(CultureInfo.InvariantCulture,
                $"{Container}|{ContainerId}|{Descending}|{StartSeconds}|{EndSeconds}|{OnlyThreadRoots}");
            return BitConverter.ToUInt64(SHA256.HashData(Encoding.UTF8.GetBytes(key)), 0);
        }
    }

    /// <summary>The checked query, or the reason it is refused (230001).</summary>
    public static (ListQuery? Query, string? Problem) Parse(IQueryCollection query)
    {
        ContainerType? container = query["container_id_type"].ToString() switch
        {
            "chat" => ContainerType.Chat,
            "thread" => ContainerType.Thread,
            _ => null,
        };
        if (container is null)
        {
            return Refuse("container_id_type must be chat or thread");
        }

        var id = query["container_id"].ToString();
        if (id.Length == 0)
        {
            return Refuse("container_id is required");
        }

        bool? descending = query["sort_type"].ToString() switch
        {
            "" or "ByCreateTimeAsc" => false,
            "ByCreateTimeDesc" => true,
            _ => null,
        };
        if (descending is null)
        {
            return Refuse("sort_type must be ByCreateTimeAsc or ByCreateTimeDesc");
        }

        var hasWindow = query.ContainsKey("start_time") || query.ContainsKey("end_time");
        if (hasWindow && container == ContainerType.Thread)
        {
            // Lark has no time filter for threads.
            return Refuse("start_time and end_time are not supported for threads");
        }

        if (!TrySeconds(query, "start_time", out var start) || !TrySeconds(query, "end_time", out var end))
        {
            return Refuse("start_time and end_time must be Unix seconds");
        }

        var pageSize = DefaultPageSize;
        if (query.ContainsKey("page_size")
            && (!int.TryParse(query["page_size"], NumberStyles.None, CultureInfo.InvariantCulture, out pageSize) || pageSize is < 1 or > MaxPageSize))
        {
            return Refuse($"page_size must be 1-{MaxPageSize}");
        }

        if (!TryFlag(query, "only_thread_root_messages", out var onlyRoots)
            || !TryFlag(query, "with_sender_name", out var withNames))
        {
            return Refuse("only_thread_root_messages and with_sender_name must be true or false");
        }

        if (!TryItemOptions(query, withNames, out var items, out var problem))
        {
            return Refuse(problem!);
        }

        var parsed = new ListQuery(container.Value, id, descending.Value, start, end, pageSize, null,
            // Only chats have root-only listings; a thread lists its root and replies whatever is asked.
            onlyRoots && container == ContainerType.Chat, items);
        if (query.ContainsKey("page_token"))
        {
            if (!PageToken.TryDecode(query["page_token"].ToString(), out var token))
            {
                return Refuse("page_token is not valid");
            }

            if (token.Fingerprint != parsed.Fingerprint)
            {
                return Refuse("page_token belongs to another query (container, sort_type or time window)");
            }

            parsed = parsed with { Token = token };
        }

        return (parsed, null);
    }

    /// <summary>
    /// Reads what every message answer takes (get, list, mget): <c>with_sender_name</c>, <c>card_msg_content_type</c>
    /// and <c>user_id_type</c>.
    /// </summary>
    public static bool TryItemOptions(IQueryCollection query, out ItemOptions options, out string? problem)
    {
        if (!TryFlag(query, "with_sender_name", out var withNames))
        {
            options = ItemOptions.Plain;
            problem = "with_sender_name must be true or false";
            return false;
        }

        return TryItemOptions(query, withNames, out options, out problem);
    }

    private static bool TryItemOptions(IQueryCollection query, bool withNames, out ItemOptions options, out string? problem)
    {
        options = ItemOptions.Plain;
        CardContentType? card = query["card_msg_content_type"].ToString() switch
        {
            "" => CardContentType.Default,
            "raw_card_content" => CardContentType.Raw,
            "user_card_content" => CardContentType.User,
            _ => null,
        };
        if (card is null)
        {
            problem = "card_msg_content_type must be raw_card_content or user_card_content";
            return false;
        }

        if (!UserIds.TryParseType(query["user_id_type"].ToString(), out var ids))
        {
            problem = "user_id_type must be open_id, union_id or user_id";
            return false;
        }

        options = new ItemOptions(withNames, card.Value, ids);
        problem = null;
        return true;
    }

    public static bool TryFlag(IQueryCollection query, string name, out bool value)
    {
        value = false;
        var text = query[name].ToString();
        return text.Length == 0 || bool.TryParse(text, out value);
    }

    private static bool TrySeconds(IQueryCollection query, string name, out long? seconds)
    {
        seconds = null;
        if (!query.ContainsKey(name))
        {
            return true;
        }

        if (!long.TryParse(query[name], NumberStyles.None, CultureInfo.InvariantCulture, out var value))
        {
            return false;
        }

        seconds = value;
        return true;
    }

    private static (ListQuery?, string?) Refuse(string problem) => (null, problem);
}
