using System.Text;
using System.Text.Json.Nodes;
using Lark.Cli.Config;
using Lark.Resources.Rules.Conversations;

namespace Lark.Cli.Commands.Listing;

/// <summary>
/// <c>--dry-run</c> of a listing: the requests that would be sent, as the official CLI shows them
/// (<c>"dry_run": true</c>, <c>data.api[]</c> of method, url, params and a description), and nothing sent.
/// </summary>
internal static class ListingDryRun
{
    private const string DownloadDescription = "Resource download (--download-resources): each downloadable resource (image/file/audio/video/media + post-embedded, excluding stickers) is fetched via GET /open-apis/im/v1/messages/:message_id/resources/:file_key into ./lark-im-resources/ after formatting; deduped by (message_id, file_key) with bounded concurrency, verified and resumable, and single-resource failures are isolated.";

    public static JsonObject Of(ListingSource source, ListingRunOptions options, CliSettings settings)
    {
        var api = new JsonArray();
        string? description = null;
        var extra = new JsonObject();
        string reactions;
        switch (source)
        {
            case ListingSource.Chat chat:
                if (chat.UserId is not null)
                    description = "(--user-id provided) Will resolve P2P chat_id via POST /open-apis/im/v1/chat_p2p/batch_query at execution time";
                api.Add((JsonNode)List(chat.Query with { ContainerId = chat.UserId is null ? chat.Query.ContainerId : "<resolved_chat_id>" }, options));
                reactions = "Reaction enrichment: queries returned messages (including thread_replies expanded inline) in batches of up to 20. Pass --no-reactions to skip.";
                break;
            case ListingSource.Thread thread:
                if (thread.ByMessage)
                    description = "(--thread provided as message ID) Will resolve thread_id via GET /open-apis/im/v1/messages/:message_id at execution time";
                api.Add((JsonNode)List(thread.Query with { ContainerId = thread.ByMessage ? "<resolved_thread_id>" : thread.Query.ContainerId }, options));
                reactions = "Reaction enrichment: queries returned thread messages in batches of up to 20. Pass --no-reactions to skip.";
                // The official plan also carries the thread, order and page size as given.
                extra["order"] = thread.Query.Order == SortOrder.Ascending ? "asc" : "desc";
                extra["page_size"] = thread.Query.PageSize.ToString(System.Globalization.CultureInfo.InvariantCulture);
                extra["thread"] = thread.Query.ContainerId;
                break;
            case ListingSource.Messages byId:
                api.Add((JsonNode)new JsonObject
                {
                    ["method"] = "GET",
                    ["url"] = "/open-apis/im/v1/messages/mget?card_msg_content_type=raw_card_content&with_sender_name=true&" + string.Join('&', byId.Ids.Select(i => "message_ids=" + Uri.EscapeDataString(i.Value))),
                });
                reactions = "Reaction enrichment: queries returned messages in batches of up to 20 to attach the reactions block (operator, action_time, counts). Pass --no-reactions to skip.";
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(source));
        }

        if (options.Pages > 1)
            description = "Auto-paginates from --page-token when provided, until exhaustion or --page-limit is reached";
        if (options.Reactions)
            api.Add((JsonNode)new JsonObject { ["desc"] = reactions, ["method"] = "POST", ["url"] = "/open-apis/im/v1/messages/reactions/batch_query" });
        if (options.DownloadResources)
            ((JsonObject)api[^1]!)["desc"] = DownloadDescription;

        // A Go map: keys sorted; an empty context is left out.
        var data = new JsonObject { ["api"] = api };
        var context = new JsonObject();
        if (settings.AppId is { } appId)
            context["app_id"] = appId;
        if (settings.UserOpenId is { } user)
            context["user_open_id"] = user;
        if (context.Count > 0)
            data["context"] = context;
        if (description is not null)
            data["description"] = description;
        foreach (var (key, value) in extra.ToArray())
        {
            extra.Remove(key);
            data[key] = value;
        }

        return new JsonObject { ["ok"] = true, ["identity"] = settings.Identity, ["dry_run"] = true, ["data"] = data };
    }

    /// <summary>
    /// <c>--format pretty</c>: the official plain text (<c># dry-run: request not sent</c>, the description, then each
    /// call as <c># desc</c> and <c>METHOD url?params</c>), with <c>=== Dry Run ===</c> on stderr.
    /// </summary>
    public static void WritePretty(TextWriter output, TextWriter error, JsonObject plan)
    {
        error.WriteLine("=== Dry Run ===");
        var data = (JsonObject)plan["data"]!;
        var text = new StringBuilder("# dry-run: request not sent\n");
        var description = (string?)data["description"];
        if (description is not null)
            text.Append("# ").Append(description).Append('\n');
        var calls = ((JsonArray)data["api"]!).OfType<JsonObject>().ToArray();
        for (var i = 0; i < calls.Length; i++)
        {
            if (i > 0 || description is not null)
                text.Append('\n');
            if ((string?)calls[i]["desc"] is { Length: > 0 } desc)
                text.Append("# ").Append(desc).Append('\n');
            var url = (string)calls[i]["url"]!;
            if (calls[i]["params"] is JsonObject { Count: > 0 } parameters)
                url += "?" + Encode(parameters);
            text.Append((string)calls[i]["method"]!).Append(' ').Append(url).Append('\n');
        }

        output.Write(text.ToString());
    }

    private static JsonObject List(MessageListQuery query, ListingRunOptions options) => new()
    {
        ["method"] = "GET",
        ["url"] = "/" + MessageListQuery.ListPath,
        ["params"] = new JsonObject([.. query.Parameters(options.PageToken).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value)))]),
    };

    // Go's url.Values.Encode: keys sorted, each part query-escaped (space as +).
    private static string Encode(JsonObject parameters) => string.Join('&', parameters
        .OrderBy(p => p.Key, StringComparer.Ordinal)
        .Select(p => QueryEscape(p.Key) + "=" + QueryEscape(p.Value?.ToString() ?? "")));

    private static string QueryEscape(string text) => Uri.EscapeDataString(text).Replace("%20", "+", StringComparison.Ordinal);
}
