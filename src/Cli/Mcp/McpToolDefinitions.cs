using System.Text.Json;
using ModelContextProtocol.Protocol;

namespace Lark.Cli.Mcp;

/// <summary>The tools as the client sees them: names, descriptions and input schemas, written out by hand (no reflection, AOT-safe).</summary>
public static class McpToolDefinitions
{
    /// <summary>Instructions sent at initialisation: the workflow, from a conversation to a file.</summary>
    public const string Instructions = """
        Read Lark (Feishu) conversations and download the images and files people shared in them. To look through a chat
        call list_chat_messages with its chat_id (oc_…); for a thread, list_thread_messages with its thread_id (omt_…, or
        the id of a message in it). Each answer is one page: when has_more is true, call again with its page_token and
        the same other arguments. Every message that carries images or files lists them under resources; for a single
        message id (om_…) list_message_resources lists the same. Then call download_message_resource with the
        message_id, file_key and type of one listed resource, exactly as listed (for merge-forwarded messages the listed
        message_id is the container's id, which is what Lark requires). To archive a whole chat, thread or set of
        messages, call export_messages: a readable transcript and every file, in the download directory; call it again
        to continue or to add what is new. Errors say whether to retry; "do not retry" means report it to the user.
        """;

    /// <summary><c>list_chat_messages</c>.</summary>
    public static Tool ListChatMessages { get; } = new()
    {
        Name = McpToolNames.ListChatMessages,
        Title = "List a Lark chat's messages",
        Description = """
            List one page of a Lark chat's messages, newest first unless order is asc, as the lark-cli listings print
            them: message_id, msg_type, content as readable text (mentions as names, posts flattened, merge-forwards
            expanded with their messages, cards as title and text), sender {id, name, sender_type}, create_time (the
            server's local time), thread_id or reply_to, mentions, reactions, deleted/updated, and for a thread's root its
            replies in thread_replies (up to 50 a thread, thread_has_more when there are more; list_thread_messages reads
            them all). A message that carries images or files has resources:[{message_id, file_key, type, kind,
            file_name?, sub_message_id?}]: pass message_id, file_key and type unchanged to download_message_resource.
            Returns {chat_id, has_more, page_token, total, messages, warnings?}; when has_more is true, call again with
            page_token and the same chat_id, start, end and order. Errors are tool errors with type, Lark code, log_id
            and a hint (230002: the bot is not in the chat, or the chat does not exist).
            """,
        InputSchema = Schema("""
            {
              "type": "object",
              "properties": {
                "chat_id": { "type": "string", "description": "The chat's id, oc_… (from an event, a chat link or a shared chat).", "pattern": "^oc_[A-Za-z0-9_-]+$" },
                "start": { "type": "string", "description": "Only messages sent from this time: ISO 8601 (2026-01-01, 2026-01-01T15:04:05+08:00, 2026-01-01T15:04:05Z; without a zone, the server's local time) or Unix seconds (\"1767225600\")." },
                "end": { "type": "string", "description": "Only messages sent until this time, in the same forms as start; a date alone means the end of that day. Not before start." },
                "order": { "type": "string", "enum": ["asc", "desc"], "default": "desc", "description": "desc: newest first (default); asc: oldest first." },
                "page_size": { "type": "integer", "minimum": 1, "maximum": 50, "default": 20, "description": "Messages per page, 1 to 50 (default 20); replies attached to a thread's root come on top." },
                "page_token": { "type": "string", "description": "The page_token of the previous answer (when its has_more was true), to read the next page. Pass the same chat_id, start, end and order: a token belongs to its query." }
              },
              "required": ["chat_id"],
              "additionalProperties": false
            }
            """),
        Annotations = new ToolAnnotations { Title = "List chat messages", ReadOnlyHint = true, OpenWorldHint = true },
    };

    /// <summary><c>list_thread_messages</c>.</summary>
    public static Tool ListThreadMessages { get; } = new()
    {
        Name = McpToolNames.ListThreadMessages,
        Title = "List a Lark thread's messages",
        Description = """
            List one page of a Lark thread's messages (its root, then the replies), oldest first unless order is desc, in
            the same message objects as list_chat_messages: readable content, sender, create_time, reactions, and for a
            message that carries images or files resources:[{message_id, file_key, type, kind, file_name?,
            sub_message_id?}] to pass unchanged to download_message_resource. thread_id is the thread's id (omt_…) or the
            id of any message in it (om_…), resolved first. Returns {thread_id, has_more, page_token, total, messages,
            warnings?}; when has_more is true, call again with page_token and the same thread_id and order. Errors are
            tool errors with type, Lark code, log_id and a hint (230073: the thread is not visible to this identity).
            """,
        InputSchema = Schema("""
            {
              "type": "object",
              "properties": {
                "thread_id": { "type": "string", "description": "The thread's id, omt_… (a message's thread_id), or the id of a message in the thread, om_….", "pattern": "^om(t)?_[A-Za-z0-9_-]+$" },
                "order": { "type": "string", "enum": ["asc", "desc"], "default": "asc", "description": "asc: oldest first, the root first (default); desc: newest first." },
                "page_size": { "type": "integer", "minimum": 1, "maximum": 50, "default": 20, "description": "Messages per page, 1 to 50 (default 20)." },
                "page_token": { "type": "string", "description": "The page_token of the previous answer (when its has_more was true), to read the next page. Pass the same thread_id and order: a token belongs to its query." }
              },
              "required": ["thread_id"],
              "additionalProperties": false
            }
            """),
        Annotations = new ToolAnnotations { Title = "List thread messages", ReadOnlyHint = true, OpenWorldHint = true },
    };

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

    /// <summary>Every tool, in the order they are listed (as <see cref="McpToolNames.All"/>).</summary>
    /// <summary><c>export_messages</c>.</summary>
    public static Tool ExportMessages { get; } = new()
    {
        Name = McpToolNames.ExportMessages,
        Title = "Export a Lark conversation",
        Description = """
            Export a Lark chat (chat_id, optionally start and end), a thread (thread_id: omt_… or a message in it) or
            messages by id (message_ids: a list of om_… ids) into a directory under the server's download directory:
            transcript.md (Markdown to read), messages.jsonl (one message a line), resources/ (each image and file once,
            by its real name) and manifest.json. Call it again with the same arguments to finish an interrupted export,
            retry failed resources and add new messages; nothing done is done again. Returns {directory, transcript,
            manifest, messages, new_messages, resources:{total, downloaded, reused, failed}, bytes}; when some resources
            failed, ok is false and failures lists each (message_id, key, type, error) — everything else was saved.
            Long exports send progress notifications when the call has a progress token.
            """,
        InputSchema = Schema("""
            {
              "type": "object",
              "properties": {
                "chat_id": { "type": "string", "description": "Export this chat (oc_…). Exactly one of chat_id, thread_id and message_ids.", "pattern": "^oc_[A-Za-z0-9_-]+$" },
                "thread_id": { "type": "string", "description": "Export this thread (omt_…, or the id of a message in it)." },
                "message_ids": { "type": "array", "items": { "type": "string", "pattern": "^om_[A-Za-z0-9_-]+$" }, "minItems": 1, "description": "Export these messages (any number)." },
                "start": { "type": "string", "description": "With chat_id: only messages from this time (ISO 8601 or Unix seconds)." },
                "end": { "type": "string", "description": "With chat_id: only messages until this time; a date alone means the end of that day." },
                "directory": { "type": "string", "description": "The export's directory, relative to the server's download directory. Default: lark-export/<chat id, thread id or \"messages\">." },
                "refresh_threads": { "type": "boolean", "description": "With chat_id, on a later call: read every thread saved earlier again and add the replies sent since (one read per thread). Without it a later call adds new top-level messages and new threads only.", "default": false }
              },
              "additionalProperties": false
            }
            """),
        Annotations = new ToolAnnotations { Title = "Export a conversation", ReadOnlyHint = false, DestructiveHint = false, IdempotentHint = true, OpenWorldHint = true },
    };

    /// <summary>Every tool, in the order they are listed.</summary>
    public static IReadOnlyList<Tool> All { get; } = [ListChatMessages, ListThreadMessages, ListMessageResources, DownloadMessageResource, ExportMessages];

    private static JsonElement Schema(string json)
    {
        using var document = JsonDocument.Parse(json);
        return document.RootElement.Clone();
    }
}
