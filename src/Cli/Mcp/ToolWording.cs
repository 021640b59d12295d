using System.Text.RegularExpressions;

namespace Lark.Cli.Mcp;

/// <summary>
/// Rewrites the library's and the CLI's wording for an MCP client: messages and hints name command-line flags
/// (<c>--overwrite</c>, <c>--output</c>, <c>--message-id</c>…), but an agent passes tool arguments
/// (<c>overwrite</c>, <c>output</c>, <c>message_id</c>…), and paths are relative to the download directory.
/// </summary>
public static partial class ToolWording
{
    /// <summary><paramref name="text"/> with every flag replaced by the tool argument (or server option) it means.</summary>
    public static string ForTool(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        // One pass: a replacement is never rewritten again ("--as bot or --as user" stays one phrase).
        return Flags().Replace(text, match => match.Value switch
        {
            "Pass --overwrite" => "Pass overwrite: true",
            "--overwrite" => "overwrite: true",
            "--message-id" => "message_id",
            "--file-key" => "file_key",
            "--output" => "output",
            "--type" => "type",
            // The identity is fixed when the server starts; the agent cannot switch it per call.
            "--as bot or --as user" => "a server started with --as bot or --as user",
            "--as user" => "a server started with --as user",
            "--as bot" => "a server started with --as bot",
            "the working directory" => "the download directory",
            _ => match.Value,
        });
    }

    [GeneratedRegex("Pass --overwrite|--overwrite|--message-id|--file-key|--output|--type|--as bot or --as user|--as user|--as bot|the working directory", RegexOptions.CultureInvariant)]
    private static partial Regex Flags();
}
