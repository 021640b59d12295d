using System.Text.Json.Nodes;
using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Names;
using Lark.Resources.Shell;

namespace Lark.Cli.Output;

/// <summary>A finished download as the <c>data</c> object of the envelope (the CLI) and of a tool result (MCP).</summary>
public static class DownloadResultJson
{
    /// <summary>The official <c>saved_path</c> and <c>size_bytes</c>, plus ours.</summary>
    public static JsonObject From(DownloadResult result, MessageId message, FileKey key, ResourceType type)
    {
        ArgumentNullException.ThrowIfNull(result);
        return new JsonObject
        {
            ["saved_path"] = result.SavedPath,
            ["size_bytes"] = result.SizeBytes,
            ["sha256"] = result.Sha256,
            ["content_type"] = result.ContentType,
            ["file_name_source"] = result.NameSource switch
            {
                NameSource.Output => "output",
                NameSource.ContentDisposition => "content_disposition",
                _ => "file_key",
            },
            ["resumed_from_bytes"] = result.ResumedFrom,
            ["message_id"] = message.Value,
            ["file_key"] = key.Value,
            ["type"] = type.ToWire(),
        };
    }
}
