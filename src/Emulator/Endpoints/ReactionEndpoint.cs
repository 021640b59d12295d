using System.Text.Json;
using System.Text.Json.Nodes;
using Lark.Emulator.Conversations;
using Lark.Emulator.Hosting;
using Lark.Emulator.Http;

namespace Lark.Emulator.Endpoints;

/// <summary>
/// <c>POST /open-apis/im/v1/messages/reactions/batch_query?user_id_type=…</c> with
/// <c>{"queries":[{"message_id":"om_…","page_token"?:"…"}],"page_size_per_message"?:N,"reaction_type"?:"SMILE"}</c>
/// (1–20 queries, as Lark caps them; the official CLI sends 20 a call). Answers
/// <c>success_msg_reaction_details[{message_id, message_reaction_items[…], has_more, page_token?}]</c>,
/// <c>success_msg_reaction_counts[{message_id, reaction_count[{reaction_type, count}]}]</c> and
/// <c>fail_msg_reaction_details[{message_id, fail_reason}]</c> with <c>invalid</c> (unknown or deleted message),
/// <c>no_permission</c> (a chat the caller is not in) or <c>invalid_page_token</c>.
/// </summary>
internal static class ReactionEndpoint
{
    public const int MaxQueries = 20;
    private const int DefaultPageSize = 20;
    private const int MaxPageSize = 50;

    /// <summary>The reaction scope, or any message read scope.</summary>
    private static readonly IReadOnlyList<string> Scopes = ["im:message.reactions:read", .. OpenApiGate.MessageScopes];

    public static void Map(WebApplication app, EmulatorState state) =>
        app.MapPost("/open-apis/im/v1/messages/reactions/batch_query", (HttpContext context) => Query(context, state));

    private sealed record Request(IReadOnlyList<(string MessageId, string? PageToken)> Queries, int PageSize, string? ReactionType);

    private static async Task Query(HttpContext context, EmulatorState state)
    {
        var caller = await OpenApiGate.AuthorizeAsync(context, state, Scopes);
        if (caller is null)
        {
            return;
        }

        var request = await ReadAsync(context);
        if (request is null || !UserIds.TryParseType(context.Request.Query["user_id_type"].ToString(), out var ids))
        {
            await Responses.LarkError(context, LarkError.MessageInvalidParameter,
                $"invalid request parameter: queries must hold 1-{MaxQueries} message_ids, page_size_per_message be 1-{MaxPageSize}, user_id_type be open_id, union_id or user_id");
            return;
        }

        var index = state.Index;
        var details = new JsonArray();
        var counts = new JsonArray();
        var failures = new JsonArray();
        foreach (var (messageId, token) in request.Queries)
        {
            var offset = 0;
            string? failure = null;
            if (!index.Messages.TryGetValue(messageId, out var message) || message.Deleted)
            {
                failure = "invalid";
            }
            else if (!index.Chats.TryGetValue(message.ChatId, out var chat) || !ChatAccess.CanSee(caller, chat) || !message.Visible)
            {
                failure = "no_permission";
            }
            else if (token is not null && !ReactionItems.TryReadPageToken(token, messageId, out offset))
            {
                failure = "invalid_page_token";
            }

            if (failure is not null)
            {
                failures.Add(new JsonObject { ["message_id"] = messageId, ["fail_reason"] = failure });
                continue;
            }

            var created = index.CreateTimes[messageId];
            var chosen = (message!.Reactions ?? [])
                .Select((r, i) => (Reaction: r, Position: i))
                .Where(x => request.ReactionType is null || x.Reaction.EmojiType == request.ReactionType)
                .ToList();
            var page = chosen.Skip(offset).Take(request.PageSize).ToList();
            var more = offset + page.Count < chosen.Count;
            var detail = new JsonObject
            {
                ["message_id"] = messageId,
                ["message_reaction_items"] = new JsonArray([.. page.Select(x => (JsonNode)ReactionItems.Detail(message, x.Position, created, ids))]),
                ["has_more"] = more,
            };
            if (more)
            {
                detail["page_token"] = ReactionItems.PageToken(messageId, offset + page.Count);
            }

            details.Add(detail);
            counts.Add(new JsonObject { ["message_id"] = messageId, ["reaction_count"] = ReactionItems.Counts(chosen.Select(x => x.Reaction)) });
        }

        await ApiAnswer.OkAsync(context, state, new JsonObject
        {
            ["success_msg_reaction_details"] = details,
            ["success_msg_reaction_counts"] = counts,
            ["fail_msg_reaction_details"] = failures,
        });
    }

    private static async Task<Request?> ReadAsync(HttpContext context)
    {
        JsonNode? body;
        try
        {
            body = await JsonNode.ParseAsync(context.Request.Body, cancellationToken: context.RequestAborted);
        }
        catch (JsonException)
        {
            return null;
        }

        if (body?["queries"] is not JsonArray { Count: > 0 and <= MaxQueries } queries)
        {
            return null;
        }

        var parsed = new List<(string, string?)>();
        foreach (var query in queries)
        {
            if (query?["message_id"] is not JsonValue id || !id.TryGetValue<string>(out var messageId) || messageId.Length == 0)
            {
                return null;
            }

            var token = query["page_token"] is JsonValue t && t.TryGetValue<string>(out var text) && text.Length > 0 ? text : null;
            parsed.Add((messageId, token));
        }

        var pageSize = DefaultPageSize;
        if (body["page_size_per_message"] is { } size && (size is not JsonValue v || !v.TryGetValue(out pageSize) || pageSize is < 1 or > MaxPageSize))
        {
            return null;
        }

        var type = body["reaction_type"] is JsonValue r && r.TryGetValue<string>(out var emoji) && emoji.Length > 0 ? emoji : null;
        return new Request(parsed, pageSize, type);
    }
}
