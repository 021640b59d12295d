using System.Reflection;
using Lark.Resources.Shell;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Lark.Cli.Mcp;

/// <summary>
/// The MCP server over stdio: explicit tool handlers (no reflection, AOT-safe) and no logger, so standard output
/// carries the protocol alone; diagnostics go to standard error.
/// </summary>
public static class LarkMcpServer
{
    /// <summary>The server's options: identity, instructions, the tools capability and handlers.</summary>
    public static McpServerOptions Options(LarkMcpTools tools)
    {
        ArgumentNullException.ThrowIfNull(tools);
        return new McpServerOptions
        {
            ServerInfo = new Implementation
            {
                Name = "lark-cli",
                Title = "Lark message resources",
                Version = typeof(LarkMcpServer).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0",
            },
            ServerInstructions = McpToolDefinitions.Instructions,
            Capabilities = new ServerCapabilities { Tools = new ToolsCapability { ListChanged = false } },
            Handlers = new McpServerHandlers
            {
                ListToolsHandler = LarkMcpTools.ListToolsAsync,
                CallToolHandler = tools.CallToolAsync,
            },
        };
    }

    /// <summary>Serves MCP on this process's standard input and output until the client disconnects or <paramref name="cancellationToken"/> fires.</summary>
    public static async Task RunStdioAsync(LarkClient client, McpServerSettings settings, CancellationToken cancellationToken)
    {
        var options = Options(new LarkMcpTools(client, settings));
        await using var transport = new StdioServerTransport(options);
        await using var server = McpServer.Create(transport, options);
        try
        {
            await server.RunAsync(cancellationToken);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            // SIGINT or SIGTERM: a normal stop.
        }
    }
}
