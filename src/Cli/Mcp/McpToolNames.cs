namespace Lark.Cli.Mcp;

/// <summary>The names of the tools the server offers.</summary>
public static class McpToolNames
{
    /// <summary>Lists what can be downloaded from a message.</summary>
    public const string ListMessageResources = "list_message_resources";

    /// <summary>Downloads one resource of a message.</summary>
    public const string DownloadMessageResource = "download_message_resource";
}
