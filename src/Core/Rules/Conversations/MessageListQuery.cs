using System.Globalization;
using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Rules.Conversations;

/// <summary>
/// One listing of <c>GET /open-apis/im/v1/messages</c>: a chat or a thread, its order, window, page size and what
/// to include. Pure: it says which parameters to send; sending them is the shell's.
/// </summary>
public sealed record MessageListQuery
{
    /// <summary>The most messages a page may hold (Lark's limit).</summary>
    public const int MaxPageSize = 50;

    /// <summary>Chat or thread.</summary>
    public required Container Container { get; init; }

    /// <summary>The chat id (<c>oc_…</c>) or thread id (<c>omt_…</c>).</summary>
    public required string ContainerId { get; init; }

    /// <summary>Newest first (chats, by default) or oldest first (threads, by default).</summary>
    public SortOrder Order { get; init; } = SortOrder.Descending;

    /// <summary>The window's start, Unix seconds (chats only).</summary>
    public long? StartSeconds { get; init; }

    /// <summary>The window's end, Unix seconds (chats only).</summary>
    public long? EndSeconds { get; init; }

    /// <summary>Messages per page, 1–50.</summary>
    public int PageSize { get; init; } = MaxPageSize;

    /// <summary>List only the roots of threads (their replies are read per thread).</summary>
    public bool OnlyThreadRoots { get; init; }

    /// <summary>Ask for <c>sender.sender_name</c>.</summary>
    public bool WithSenderName { get; init; } = true;

    /// <summary>Ask for cards as their raw JSON (<c>card_msg_content_type=raw_card_content</c>).</summary>
    public bool RawCards { get; init; } = true;

    /// <summary>Checks what a query cannot be: a page size outside 1–50, a window on a thread, a window that ends before it starts.</summary>
    public Validated<MessageListQuery> Validate()
    {
        if (PageSize is < 1 or > MaxPageSize)
            return Validated<MessageListQuery>.Invalid(InputField.PageSize, Wording.Of($"{InputField.PageSize} {PageSize} must be between 1 and {MaxPageSize}"));
        if (Container == Container.Thread && (StartSeconds is not null || EndSeconds is not null))
            return Validated<MessageListQuery>.Invalid(StartSeconds is not null ? InputField.Start : InputField.End, Wording.Of($"a thread cannot be listed by time; leave out {InputField.Start} and {InputField.End}"));
        if (StartSeconds is { } start && EndSeconds is { } end && end < start)
            return Validated<MessageListQuery>.Invalid(InputField.End, Wording.Of($"{InputField.End} is before {InputField.Start}"));
        return Validated<MessageListQuery>.Ok(this);
    }

    /// <summary>The query parameters for one page, sorted by name (as the official dry run shows them).</summary>
    public IReadOnlyList<KeyValuePair<string, string>> Parameters(string? pageToken)
    {
        var parameters = new SortedDictionary<string, string>(StringComparer.Ordinal)
        {
            ["container_id_type"] = Container == Container.Chat ? "chat" : "thread",
            ["container_id"] = ContainerId,
            ["sort_type"] = Order == SortOrder.Ascending ? "ByCreateTimeAsc" : "ByCreateTimeDesc",
            ["page_size"] = PageSize.ToString(CultureInfo.InvariantCulture),
        };
        if (RawCards)
            parameters["card_msg_content_type"] = "raw_card_content";
        if (OnlyThreadRoots && Container == Container.Chat)
            parameters["only_thread_root_messages"] = "true";
        if (WithSenderName)
            parameters["with_sender_name"] = "true";
        if (StartSeconds is { } start)
            parameters["start_time"] = start.ToString(CultureInfo.InvariantCulture);
        if (EndSeconds is { } end)
            parameters["end_time"] = end.ToString(CultureInfo.InvariantCulture);
        if (!string.IsNullOrEmpty(pageToken))
            parameters["page_token"] = pageToken;
        return [.. parameters];
    }

    /// <summary>The path and query of one page, relative to the Open API base.</summary>
    public string PathAndQuery(string? pageToken) => ListPath + "?" + Query(Parameters(pageToken));

    /// <summary>The listing endpoint's path.</summary>
    public const string ListPath = "open-apis/im/v1/messages";

    /// <summary>Encodes parameters as a query string, in the order given.</summary>
    public static string Query(IEnumerable<KeyValuePair<string, string>> parameters) =>
        string.Join('&', parameters.Select(p => $"{Uri.EscapeDataString(p.Key)}={Uri.EscapeDataString(p.Value)}"));
}
