namespace Lark.Cli.Mcp;

/// <summary>What <c>lark-cli mcp</c> was started with.</summary>
/// <param name="DownloadDirectory">The absolute directory downloads go into (created on the first download).</param>
/// <param name="InlineImageMaxBytes">Images up to this size also come back inline as image content.</param>
/// <param name="Identity">"user" or "bot".</param>
public sealed record McpServerSettings(string DownloadDirectory, long InlineImageMaxBytes, string Identity)
{
    /// <summary>The default inline limit: 5 MiB.</summary>
    public const long DefaultInlineImageMaxBytes = 5L * 1024 * 1024;

    /// <summary>The default download directory, under the working directory.</summary>
    public const string DefaultDownloadDirectoryName = "lark-downloads";

    /// <summary>The least time between two progress notifications of one call.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(200);
}
