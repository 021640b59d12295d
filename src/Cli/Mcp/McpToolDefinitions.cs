using System.Text.Json;
using ModelContextProtocol.Protocol;

namespace Lark.Cli.Mcp;

/// <summary>The tools as the client sees them: names, descriptions and input schemas, written out by hand (no reflection, AOT-safe).</summary>
public static class McpToolDefinitions
{
    /// <summary>Instructions sent at initialisation: the workflow, in two steps.</summary>
    public const string Instructions = """
        Download images and files that people shared in Lark (Feishu) messages. First call list_message_resources with
        the message id (om_…) to see what it holds; then call download_message_resource with the message_id, file_key
        and type of one listed resource, exactly as listed (for merge-forwarded messages the listed message_id is the
        container's id, which is what Lark requires). Errors say whether to retry; "do not retry" means report it to the user.
        """;

    /// <summary><c>list_message_resources</c>.</summary>
    public static Tool ListMessageResources { get; } = new()
    {
        Name = McpToolNames.ListMessageResources,
        Title = "List a Lark message's images and files",
        Description = """
            List the images, files, audio and videos of one Lark message (and of the messages inside a merge-forward),
            ready to pass to download_message_resource. Returns {message_id, resources:[{message_id, file_key, type, kind,
            file_name?, sub_message_id?}], not_downloadable:[{kind, file_key?, reason}]}. Use each resource's message_id
            (not sub_message_id) when downloading. Stickers, folders and cards are listed under not_downloadable with the reason.
            """,
        InputSchema = Schema("""
            {
              "type": "object",
              "properties": {
                "message_id": { "type": "string", "description": "The message's id, om_… (from a message list or event).", "pattern": "^om_[A-Za-z0-9_-]+$" }
              },
              "required": ["message_id"],
              "additionalProperties": false
            }
            """),
        Annotations = new ToolAnnotations { Title = "List message resources", ReadOnlyHint = true, OpenWorldHint = true },
    };

    /// <summary><c>download_message_resource</c>.</summary>
    public static Tool DownloadMessageResource { get; } = new()
    {
        Name = McpToolNames.DownloadMessageResource,
        Title = "Download an image or file from a Lark message",
        Description = """
            Download one image or file of a Lark message into the server's download directory: resumable, every byte
            verified, never a partial or wrong file under the name. Returns {saved_path, size_bytes, sha256, content_type,
            file_name_source, resumed_from_bytes, …}; an image up to the inline limit also comes back as image content.
            Reports progress when the call carries a progress token; cancelling the call stops the download (calling again
            resumes it). An existing file is never replaced unless overwrite is true. Errors are tool errors with type,
            Lark code, log_id and a hint; "do not retry" means report it to the user.
            """,
        InputSchema = Schema("""
            {
              "type": "object",
              "properties": {
                "message_id": { "type": "string", "description": "The message id listed with the resource (for merge-forwards, the container's id), om_….", "pattern": "^om_[A-Za-z0-9_-]+$" },
                "file_key": { "type": "string", "description": "The resource key: image_key (img_…) or file_key (file_…), as listed." },
                "type": { "type": "string", "enum": ["image", "file"], "description": "image for img_… keys (images, video covers, post images); file for file_… keys (files, audio, video)." },
                "output": { "type": "string", "description": "Optional file path relative to the download directory (no absolute paths, no .. leaving it, no links leading outside). Default: the server's file name, else the key." },
                "overwrite": { "type": "boolean", "description": "Replace an existing file at the target (default false: an existing file is an error).", "default": false }
              },
              "required": ["message_id", "file_key", "type"],
              "additionalProperties": false
            }
            """),
        Annotations = new ToolAnnotations { Title = "Download message resource", ReadOnlyHint = false, DestructiveHint = false, IdempotentHint = false, OpenWorldHint = true },
    };

    /// <summary>Both tools, in the order they are listed.</summary>
    public static IReadOnlyList<Tool> All { get; } = [ListMessageResources, DownloadMessageResource];

    private static JsonElement Schema(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
