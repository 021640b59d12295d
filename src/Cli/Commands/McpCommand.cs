using System.CommandLine;
using Lark.Cli.Hosting;
using Lark.Cli.Mcp;
using Lark.Cli.Output;

namespace Lark.Cli.Commands;

/// <summary><c>lark-cli mcp</c>: an MCP server on stdio with tools to list and download message resources.</summary>
public static class McpCommand
{
    /// <summary>The command's name.</summary>
    public const string Name = "mcp";

    /// <summary>Builds the command.</summary>
    public static Command Create(CliHost host, GlobalOptions globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var downloadDir = new Option<string?>("--download-dir")
        {
            Description = $"Directory downloads go into (relative to the working directory, created on the first download). Tool outputs must stay inside it. Default: ./{McpServerSettings.DefaultDownloadDirectoryName}.",
            HelpName = "dir",
        };
        var inlineMax = new Option<long>("--inline-image-max-bytes")
        {
            Description = "Images up to this size are also returned inline as MCP image content (0 = never). Default: 5 MiB.",
            DefaultValueFactory = _ => McpServerSettings.DefaultInlineImageMaxBytes,
            HelpName = "bytes",
        };
        var command = new Command(Name, """
            Serve the Model Context Protocol on stdin/stdout so AI agents can find and download the images and files of
            Lark messages. Tools: list_chat_messages(chat_id, …), list_thread_messages(thread_id, …),
            list_message_resources(message_id), download_message_resource(message_id, file_key, type, output?, overwrite?),
            export_messages(chat_id | thread_id | message_ids, start?, end?, directory?). Uses the same configuration and
            identity (--as, --profile) as every command; logs go to stderr only.

            Example:
              lark-cli mcp --download-dir /data/lark --as bot

            The same in an agent host's configuration:
              {"mcpServers":{"lark":{"command":"lark-cli","args":["mcp","--download-dir","/data/lark","--as","bot"]}}}
            """)
        {
            downloadDir, inlineMax,
        };
        GlobalOptions.AddTo(command, globals.As, globals.Profile);
        command.SetAction((parsed, cancellationToken) => RunAsync(host, globals, parsed, parsed.GetValue(downloadDir), parsed.GetValue(inlineMax), cancellationToken));
        return command;
    }

    private static async Task<int> RunAsync(CliHost host, GlobalOptions globals, ParseResult parsed, string? downloadDir, long inlineMax, CancellationToken cancellationToken)
    {
        if (inlineMax < 0)
            throw new CliFailureException(CliFailure.Validation($"--inline-image-max-bytes must be 0 or more (got {inlineMax})", "Use 0 to never inline images.", "--inline-image-max-bytes"));
        if (downloadDir is { Length: 0 })
            throw new CliFailureException(CliFailure.Validation("--download-dir is empty", "Give a directory, or leave the option out.", "--download-dir"));
        var settings = await CommandClient.SettingsAsync(host, globals, parsed, "lark-cli mcp");
        using (var client = CommandClient.Create(settings, host))
        {
            var directory = Path.GetFullPath(downloadDir ?? McpServerSettings.DefaultDownloadDirectoryName, host.WorkingDirectory);
            var server = new McpServerSettings(directory, inlineMax, settings.Identity);
            await host.Error.WriteLineAsync($"lark-cli mcp: serving MCP on stdio as {settings.Identity} ({settings.OpenBase.Host}); downloads go to {directory}");
            await LarkMcpServer.RunStdioAsync(client, server, cancellationToken);
            return 0;
        }
    }
}
