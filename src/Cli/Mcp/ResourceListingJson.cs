using System.Text.Json.Nodes;
using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Messages;

namespace Lark.Cli.Mcp;

/// <summary>
/// The one JSON shape of a message's downloadable resources, shared by <c>list_message_resources</c>, the message
/// listing tools (each message's <c>resources</c>) and <c>lark-cli im +messages-resources-list</c>: every resource
/// ready for <c>download_message_resource</c> (and <c>+messages-resources-download</c>) as it stands.
/// </summary>
internal static class ResourceListingJson
{
    /// <summary><c>{message_id, resources:[…], not_downloadable:[…]}</c>.</summary>
    public static JsonObject Of(ResourceListing listing)
    {
        ArgumentNullException.ThrowIfNull(listing);
        return new JsonObject
        {
            ["message_id"] = listing.MessageId,
            ["resources"] = Resources(listing.Resources),
            ["not_downloadable"] = new JsonArray([.. listing.NotDownloadable.Select(u => (JsonNode)WithoutNulls(new JsonObject
            {
                ["kind"] = u.Kind,
                ["file_key"] = u.FileKey,
                ["reason"] = u.Reason,
                ["sub_message_id"] = u.SubMessageId,
            }))]),
        };
    }

    /// <summary>
    /// <c>[{message_id, file_key, type, kind, file_name?, sub_message_id?}]</c>: <c>message_id</c> is the one the
    /// resource endpoint takes (a merge-forward's own id for its sub-messages' resources).
    /// </summary>
    public static JsonArray Resources(IEnumerable<ListedResource> resources)
    {
        ArgumentNullException.ThrowIfNull(resources);
        return new JsonArray([.. resources.Select(r => (JsonNode)WithoutNulls(new JsonObject
        {
            ["message_id"] = r.MessageId,
            ["file_key"] = r.FileKey,
            ["type"] = r.Type.ToWire(),
            ["kind"] = r.Kind,
            ["file_name"] = r.FileName,
            ["sub_message_id"] = r.SubMessageId,
        }))]);
    }

    private static JsonObject WithoutNulls(JsonObject node)
    {
        foreach (var name in node.Where(p => p.Value is null).Select(p => p.Key).ToArray())
            node.Remove(name);
        return node;
    }
}
