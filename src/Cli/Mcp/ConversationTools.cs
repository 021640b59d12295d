using System.Text.Json.Nodes;
using Lark.Resources.Rules;
using Lark.Resources.Rules.Conversations;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Messages;
using Lark.Resources.Shell;
using Lark.Resources.Shell.Messages;

namespace Lark.Cli.Mcp;

/// <summary>
/// <c>list_chat_messages</c> and <c>list_thread_messages</c>: one page per call, each message the object the CLI's
/// listings print (the library's <see cref="MessageListing"/>: merge-forwards expanded, thread replies attached for
/// chats, reactions), plus the resources it carries as <c>list_message_resources</c> lists them (see
/// <see cref="PageResources"/>). Arguments are checked before any request; refusals name the tool's arguments.
/// </summary>
internal sealed class ConversationTools(LarkClient client)
{
    /// <summary>Messages per page when the call gives no <c>page_size</c>: a page an agent reads whole.</summary>
    public const int DefaultPageSize = 20;

    /// <summary><c>list_chat_messages(chat_id, start?, end?, order?, page_size?, page_token?)</c>.</summary>
    public async Task<JsonObject> ListChatAsync(ToolArguments arguments, CancellationToken cancellationToken)
    {
        arguments.OnlyKnown(McpToolNames.ListChatMessages, "chat_id", "start", "end", "order", "page_size", "page_token");
        var chatId = Valid(ConversationIds.Chat(arguments.Required("chat_id")));
        var query = Valid(new MessageListQuery
        {
            Container = Container.Chat,
            ContainerId = chatId,
            Order = Order(arguments, SortOrder.Descending),
            PageSize = arguments.Integer("page_size") ?? DefaultPageSize,
            StartSeconds = Time(arguments, "start", InputField.Start, isEnd: false),
            EndSeconds = Time(arguments, "end", InputField.End, isEnd: true),
            OnlyThreadRoots = true,
        }.Validate());
        var pageToken = PageToken(arguments);
        var data = new JsonObject { ["chat_id"] = chatId };
        await PageAsync(query, pageToken, threadReplies: true, data, cancellationToken);
        return data;
    }

    /// <summary><c>list_thread_messages(thread_id, order?, page_size?, page_token?)</c>; an <c>om_</c> id is resolved to its thread first.</summary>
    public async Task<JsonObject> ListThreadAsync(ToolArguments arguments, CancellationToken cancellationToken)
    {
        arguments.OnlyKnown(McpToolNames.ListThreadMessages, "thread_id", "order", "page_size", "page_token");
        var (id, byMessage) = Valid(ConversationIds.Thread(arguments.Required("thread_id")));
        var query = Valid(new MessageListQuery
        {
            Container = Container.Thread,
            ContainerId = id,
            Order = Order(arguments, SortOrder.Ascending),
            PageSize = arguments.Integer("page_size") ?? DefaultPageSize,
        }.Validate());
        var pageToken = PageToken(arguments);
        var threadId = byMessage
            ? await new ConversationReader(client).ThreadOfAsync(Valid(MessageId.Parse(id, InputField.ThreadId)), cancellationToken)
            : id;
        var data = new JsonObject { ["thread_id"] = threadId };
        await PageAsync(query with { ContainerId = threadId }, pageToken, threadReplies: false, data, cancellationToken);
        return data;
    }

    private async Task PageAsync(MessageListQuery query, string? pageToken, bool threadReplies, JsonObject data, CancellationToken cancellationToken)
    {
        // One page, through the paging rules: a page that says "more" without a new token fails rather than misleads.
        ListedPage? read = null;
        await foreach (var page in new ConversationReader(client).ReadPagesAsync(query, pageToken, 1, TimeSpan.Zero, cancellationToken))
            read = page;
        if (read is null)
            throw new InvalidOperationException("the listing read no page");

        var batch = await new MessageListing(client, new ListingOptions
        {
            Reactions = true,
            ThreadReplies = threadReplies,
            Brand = client.Options.Brand,
        }).ListAsync(read.Page.Items, cancellationToken);
        var resources = await new PageResources(client).FindAsync(read.Page.Items, batch.Messages, cancellationToken);

        data["has_more"] = read.Page.HasMore;
        data["page_token"] = read.Pagination.NextToken ?? "";
        data["total"] = batch.Messages.Count;
        data["messages"] = new JsonArray([.. batch.Messages.Select(m => (JsonNode)resources.Attach(ListedMessages.ToJson(m, ToolVocabulary.Instance)))]);
        var warnings = batch.Warnings.Concat(resources.Warnings).ToArray();
        if (warnings.Length > 0)
            data["warnings"] = new JsonArray([.. warnings.Select(w => (JsonNode)new JsonObject { ["code"] = w.Code, ["message"] = w.Message })]);
    }

    private static SortOrder Order(ToolArguments arguments, SortOrder fallback) => arguments.String("order")?.Trim().ToLowerInvariant() switch
    {
        null or "" => fallback,
        "asc" => SortOrder.Ascending,
        "desc" => SortOrder.Descending,
        var other => throw new ToolInputException($"order must be asc or desc (got \"{other}\")") { Param = "order" },
    };

    private static long? Time(ToolArguments arguments, string name, InputField field, bool isEnd) =>
        arguments.StringOrInteger(name) is { } text && !string.IsNullOrWhiteSpace(text)
            ? Valid(TimeArgument.Parse(text, field, TimeZoneInfo.Local, isEnd))
            : null;

    private static string? PageToken(ToolArguments arguments) => arguments.String("page_token") is { Length: > 0 } token ? token.Trim() : null;

    private static T Valid<T>(Validated<T> result) =>
        result.TryGetValue(out var value, out var failure) ? value : throw new ToolInputException(failure);
}
