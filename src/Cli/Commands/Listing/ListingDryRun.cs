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
    public static JsonObject Of(ListingSource source, ListingRunOptions options, CliSettings settings)
    {
        var api = new JsonArray();
        string? description = null;
        switch (source)
        {
            case ListingSource.Chat chat:
                if (chat.UserId is not null)
                    description = "(--user-id provided) Will resolve P2P chat_id via POST /open-apis/im/v1/chat_p2p/batch_query at execution time";
                api.Add((JsonNode)List(chat.Query with { ContainerId = chat.UserId is null ? chat.Query.ContainerId : "<resolved_chat_id>" }, options));
                break;
            case ListingSource.Thread thread:
                if (thread.ByMessage)
                    description = "(--thread provided as message ID) Will resolve thread_id via GET /open-apis/im/v1/messages/:message_id at execution time";
                api.Add((JsonNode)List(thread.Query with { ContainerId = thread.ByMessage ? "<resolved_thread_id>" : thread.Query.ContainerId }, options));
                break;
            case ListingSource.Messages byId:
                api.Add((JsonNode)new JsonObject
                {
                    ["method"] = "GET",
                    ["url"] = "/open-apis/im/v1/messages/mget?card_msg_content_type=raw_card_content&with_sender_name=true&" + string.Join('&', byId.Ids.Select(i => "message_ids=" + Uri.EscapeDataString(i.Value))),
                });
                break;
        }

        if (options.Pages > 1)
            description = "Auto-paginates from --page-token when provided, until exhaustion or --page-limit is reached";
        if (options.Reactions)
        {
            api.Add((JsonNode)new JsonObject
            {
                ["desc"] = "Reaction enrichment: queries returned messages (including thread_replies expanded inline) in batches of up to 20. Pass --no-reactions to skip.",
                ["method"] = "POST",
                ["url"] = "/open-apis/im/v1/messages/reactions/batch_query",
            });
        }

        if (options.DownloadResources)
        {
            var last = (JsonObject)api[^1]!;
            last["desc"] = "Resource download (--download-resources): each downloadable resource (image/file/audio/video/media + post-embedded, excluding stickers) is fetched via GET /open-apis/im/v1/messages/:message_id/resources/:file_key into ./lark-im-resources/ after formatting; deduped by (message_id, file_key) with bounded concurrency, verified and resumable, and single-resource failures are isolated.";
        }

        var data = new JsonObject { ["api"] = api };
        var context = new JsonObject();
        if (settings.AppId is { } appId)
            context["app_id"] = appId;
        if (settings.UserOpenId is { } user)
            context["user_open_id"] = user;
        data["context"] = context;
        if (description is not null)
            data["description"] = description;
        var envelope = new JsonObject { ["ok"] = true, ["identity"] = settings.Identity, ["dry_run"] = true, ["data"] = data };
        return envelope;
    }

    private static JsonObject List(MessageListQuery query, ListingRunOptions options) => new()
    {
        ["method"] = "GET",
        ["url"] = "/" + MessageListQuery.ListPath,
        ["params"] = new JsonObject([.. query.Parameters(options.PageToken).Select(p => KeyValuePair.Create(p.Key, (JsonNode?)JsonValue.Create(p.Value)))]),
    };
}
