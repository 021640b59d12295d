using System.Collections.Concurrent;
using Lark.Emulator;
using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;
using ModelContextProtocol.Client;

namespace Lark.Resources.Integration.Mcp;

/// <summary>
/// The real <c>lark-cli mcp</c> as a process (<c>dotnet lark-cli.dll mcp</c>) in a temp working directory, pointed at
/// an in-process emulator, driven by the SDK's own client over stdio.
/// </summary>
public sealed class McpServerProcess : IAsyncLifetime
{
    private readonly TempDirectory _home = new();

    public TempDirectory WorkingDirectory { get; } = new();

    public LarkEmulator Emulator { get; private set; } = null!;

    public McpClient Client { get; private set; } = null!;

    /// <summary>Lines the server wrote to standard error.</summary>
    public ConcurrentQueue<string> ErrorLines { get; } = new();

    /// <summary>The server's download directory (the default, under the working directory).</summary>
    public string DownloadDirectory => Path.Join(WorkingDirectory.Path, "lark-downloads");

    /// <summary>Requests to the resource endpoint for one key (the emulator may log a request just after answering it).</summary>
    public int ResourceRequests(string fileKey) => Emulator.Requests.Count(r => r.Path.Contains("/resources/" + fileKey, StringComparison.Ordinal));

    public async Task InitializeAsync()
    {
        Emulator = await LarkEmulator.StartAsync(new EmulatorOptions { RateLimit = new() { Enabled = false } });
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "lark-cli",
            Command = "dotnet",
            Arguments = [Path.Join(AppContext.BaseDirectory, "lark-cli.dll"), "mcp"],
            WorkingDirectory = WorkingDirectory.Path,
            EnvironmentVariables = new Dictionary<string, string?>
            {
                ["HOME"] = _home.Path,
                ["LARKSUITE_CLI_CONFIG_DIR"] = Path.Join(_home.Path, ".lark-cli"),
                ["LARKSUITE_CLI_DATA_DIR"] = Path.Join(_home.Path, "data"),
                ["LARKSUITE_CLI_APP_ID"] = DemoData.AppId,
                ["LARKSUITE_CLI_APP_SECRET"] = DemoData.AppSecret,
                ["LARKSUITE_CLI_OPEN_BASE_URL"] = Emulator.BaseUrl.ToString(),
                ["LARKSUITE_CLI_ACCOUNTS_BASE_URL"] = Emulator.BaseUrl.ToString(),
                ["LARKSUITE_CLI_USER_ACCESS_TOKEN"] = null,
                ["LARKSUITE_CLI_TENANT_ACCESS_TOKEN"] = null,
                ["LARKSUITE_CLI_DEFAULT_AS"] = null,
                ["LARKSUITE_CLI_STRICT_MODE"] = null,
                ["LARKSUITE_CLI_BRAND"] = null,
            },
            StandardErrorLines = ErrorLines.Enqueue,
        });
        Client = await McpClient.CreateAsync(transport);
    }

    public async Task DisposeAsync()
    {
        if (Client is not null)
            await Client.DisposeAsync();
        await Emulator.DisposeAsync();
        WorkingDirectory.Dispose();
        _home.Dispose();
    }
}
