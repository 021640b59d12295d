using System.Collections.Concurrent;
using Lark.Emulator;
using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;
using ModelContextProtocol.Client;

namespace Lark.Resources.Integration.Mcp;

/// <summary>
/// The real <c>lark-cli mcp</c> as a process (<c>dotnet lark-cli.dll mcp</c>) in a temp working directory, pointed at
/// an in-process emulator, driven by the SDK's own client over stdio. As a class fixture it runs with the demo app
/// from the environment; <see cref="StartAsync"/> starts one with its own options, files and environment.
/// </summary>
public sealed class McpServerProcess : IAsyncLifetime, IAsyncDisposable
{
    private readonly TempDirectory _home = new();
    private readonly string[] _options;
    private readonly Action<McpServerProcess, Dictionary<string, string?>>? _setUp;

    public McpServerProcess()
        : this([], null)
    {
    }

    private McpServerProcess(string[] options, Action<McpServerProcess, Dictionary<string, string?>>? setUp)
    {
        _options = options;
        _setUp = setUp;
    }

    public TempDirectory WorkingDirectory { get; } = new();

    public LarkEmulator Emulator { get; private set; } = null!;

    public McpClient Client { get; private set; } = null!;

    /// <summary>Lines the server wrote to standard error.</summary>
    public ConcurrentQueue<string> ErrorLines { get; } = new();

    /// <summary>The server's download directory (the default, under the working directory).</summary>
    public string DownloadDirectory => Path.Join(WorkingDirectory.Path, "lark-downloads");

    /// <summary><c>LARKSUITE_CLI_CONFIG_DIR</c> of the server.</summary>
    public string ConfigDir => Path.Join(_home.Path, ".lark-cli");

    /// <summary>The credential store under <c>LARKSUITE_CLI_DATA_DIR</c>.</summary>
    public string StoreDir => Path.Join(_home.Path, "data", "lark-cli");

    /// <summary>Requests to the resource endpoint for one key (the emulator may log a request just after answering it).</summary>
    public int ResourceRequests(string fileKey) => Emulator.Requests.Count(r => r.Path.Contains("/resources/" + fileKey, StringComparison.Ordinal));

    /// <summary>
    /// A server started with <c>mcp <paramref name="options"/></c>; <paramref name="setUp"/> may write files and change
    /// the environment (the demo app's id and secret are in it) once the emulator runs.
    /// </summary>
    public static async Task<McpServerProcess> StartAsync(string[] options, Action<McpServerProcess, Dictionary<string, string?>>? setUp = null)
    {
        var server = new McpServerProcess(options, setUp);
        try
        {
            await server.InitializeAsync();
            return server;
        }
        catch
        {
            await server.DisposeAsync();
            throw;
        }
    }

    /// <summary>The environment the server gets: isolated directories, the emulator's URLs and the demo app.</summary>
    public Dictionary<string, string?> Environment() => new()
    {
        ["HOME"] = _home.Path,
        ["LARKSUITE_CLI_CONFIG_DIR"] = ConfigDir,
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
    };

    public async Task InitializeAsync()
    {
        Emulator = await LarkEmulator.StartAsync(new EmulatorOptions { RateLimit = new() { Enabled = false } });
        var environment = Environment();
        _setUp?.Invoke(this, environment);
        var transport = new StdioClientTransport(new StdioClientTransportOptions
        {
            Name = "lark-cli",
            Command = "dotnet",
            Arguments = [Path.Join(AppContext.BaseDirectory, "lark-cli.dll"), "mcp", .. _options],
            WorkingDirectory = WorkingDirectory.Path,
            EnvironmentVariables = environment,
            StandardErrorLines = ErrorLines.Enqueue,
        });
        Client = await McpClient.CreateAsync(transport);
    }

    public async Task DisposeAsync()
    {
        if (Client is not null)
            await Client.DisposeAsync();
        if (Emulator is not null)
            await Emulator.DisposeAsync();
        WorkingDirectory.Dispose();
        _home.Dispose();
    }

    ValueTask IAsyncDisposable.DisposeAsync() => new(DisposeAsync());
}
