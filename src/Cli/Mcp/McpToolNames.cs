namespace Lark.Cli.Mcp;

/// <summary>The names of the tools the server offers.</summary>
public static class McpToolNames
{
    /// <summary>Lists what can be downloaded from a message.</summary>
    public const string ListMessageResources = "list_message_resources";

    /// <summary>Downloads one resource of a message.</summary>
    public const string DownloadMessageResource = "download_message_resource";

    /// <summary>Lists one page of a chat's messages, with their resources.</summary>
    public const string ListChatMessages = "list_chat_messages";

    /// <summary>Lists one page of a thread's messages, with their resources.</summary>
    public const string ListThreadMessages = "list_thread_messages";

    /// <summary>Exports a chat, a thread or messages into the download directory.</summary>
    public const string ExportMessages = "export_messages";

    /// <summary>Every tool, in the order they are listed.</summary>
    public static IReadOnlyList<string> All { get; } = [ListChatMessages, ListThreadMessages, ListMessageResources, DownloadMessageResource, ExportMessages];
}
