using System.Diagnostics;
using System.Text.Json.Nodes;
using Lark.Resources.Integration.Support;

namespace Lark.Resources.Integration.Mcp;

/// <summary>
/// <c>lark-cli mcp</c> spoken to line by line over its own standard input and output, without the SDK's client: the
/// client handles notifications concurrently, so only the raw stream shows the order the server wrote them in.
/// </summary>
internal sealed class RawMcpSession : IAsyncDisposable
{
    private readonly Process _process;
    private readonly TempDirectory _workingDirectory = new();
    private int _nextId;

    private RawMcpSession(Process process, TempDirectory workingDirectory)
    {
        _process = process;
        _workingDirectory = workingDirectory;
    }

    /// <summary>The server's download directory.</summary>
    public string DownloadDirectory => Path.Join(_workingDirectory.Path, "lark-downloads");

    /// <summary>A server with <paramref name="environment"/>, initialised as the protocol asks.</summary>
    public static async Task<RawMcpSession> StartAsync(IReadOnlyDictionary<string, string?> environment)
    {
        var workingDirectory = new TempDirectory();
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            WorkingDirectory = workingDirectory.Path,
        };
        start.ArgumentList.Add(Path.Join(AppContext.BaseDirectory, "lark-cli.dll"));
        start.ArgumentList.Add("mcp");
        foreach (var (name, value) in environment)
        {
            if (value is null)
                start.Environment.Remove(name);
            else
                start.Environment[name] = value;
        }
        var process = Process.Start(start) ?? throw new InvalidOperationException("dotnet did not start");
        process.ErrorDataReceived += (_, _) => { };
        process.BeginErrorReadLine();
        var session = new RawMcpSession(process, workingDirectory);
        await session.RequestAsync("initialize", new JsonObject
        {
            ["protocolVersion"] = "2025-06-18",
            ["capabilities"] = new JsonObject(),
            ["clientInfo"] = new JsonObject { ["name"] = "raw-test", ["version"] = "1" },
        }, _ => { });
        await session.WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["method"] = "notifications/initialized" });
        return session;
    }

    /// <summary>Sends a request and reads until its answer; every notification before it goes to <paramref name="notified"/> in order.</summary>
    public async Task<JsonObject> RequestAsync(string method, JsonObject parameters, Action<JsonObject> notified)
    {
        var id = ++_nextId;
        await WriteAsync(new JsonObject { ["jsonrpc"] = "2.0", ["id"] = id, ["method"] = method, ["params"] = parameters });
        using var timeout = new CancellationTokenSource(TimeSpan.FromMinutes(1));
        while (true)
        {
            var line = await _process.StandardOutput.ReadLineAsync(timeout.Token) ?? throw new InvalidOperationException("the server closed its output");
            var message = JsonNode.Parse(line)!.AsObject();
            if (message["id"] is { } answered && (int)answered == id)
                return message;
            if (message["method"] is not null && message["id"] is null)
                notified(message);
        }
    }

    private async Task WriteAsync(JsonObject message)
    {
        await _process.StandardInput.WriteLineAsync(message.ToJsonString());
        await _process.StandardInput.FlushAsync();
    }

    public async ValueTask DisposeAsync()
    {
        _process.StandardInput.Close();
        using var exit = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        try
        {
            await _process.WaitForExitAsync(exit.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
        }
        _process.Dispose();
        _workingDirectory.Dispose();
    }
}
