using System.Net;
using System.Reflection;

namespace Lark.Resources.Shell.Http;

/// <summary>The HTTP set-up downloads need: no decompression (ranges of a gzip stream are not ranges of the file),
/// HTTP/1.1 keep-alive with pooled connections, bounded connect time.</summary>
internal static class LarkHttp
{
    /// <summary>The library's own <c>User-Agent</c> product token: its name and version.</summary>
    public static string UserAgent { get; } =
        $"Lark.Resources/{typeof(LarkHttp).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion.Split('+')[0] ?? "0"}";

    /// <summary>The <c>User-Agent</c>: the library's token, then the embedding program's (when it names one).</summary>
    public static string UserAgentFor(string? program) =>
        string.IsNullOrWhiteSpace(program) ? UserAgent : $"{UserAgent} {program.Trim()}";

    /// <summary>A handler for one client; <paramref name="maxConnections"/> bounds parallel ranges.</summary>
    public static SocketsHttpHandler CreateHandler(int maxConnections = 8) => new()
    {
        AutomaticDecompression = DecompressionMethods.None,
        AllowAutoRedirect = false,
        ConnectTimeout = TimeSpan.FromSeconds(15),
        PooledConnectionIdleTimeout = TimeSpan.FromSeconds(60),
        PooledConnectionLifetime = TimeSpan.FromMinutes(10),
        MaxConnectionsPerServer = Math.Max(1, maxConnections),
        UseCookies = false,
    };

    /// <summary>A client over <paramref name="handler"/> that speaks HTTP/1.1 and never times out on its own
    /// (the download's idle timeout and the API pipeline's per-attempt timeout do that).</summary>
    public static HttpClient CreateClient(HttpMessageHandler handler, string userAgent, bool disposeHandler)
    {
        var client = new HttpClient(handler, disposeHandler)
        {
            DefaultRequestVersion = HttpVersion.Version11,
            DefaultVersionPolicy = HttpVersionPolicy.RequestVersionOrLower,
            Timeout = Timeout.InfiniteTimeSpan,
        };
        client.DefaultRequestHeaders.TryAddWithoutValidation("User-Agent", userAgent);
        return client;
    }
}
