using System.Reactive.Linq;
using Lark.Resources.Shell.Auth;
using Lark.Resources.Shell.Http;

namespace Lark.Resources.Shell;

/// <summary>
/// The library's entry point: a client for one Lark app and identity that downloads message resources —
/// resumable, validated, never a wrong file — as a cold <see cref="IObservable{T}"/> of progress or as a task.
/// </summary>
public sealed class LarkClient : IDisposable
{
    private readonly bool _ownsTokens;

    /// <summary>Creates a client; <paramref name="tokens"/> builds the identity over the client's API.</summary>
    /// <param name="options">Hosts, clock and bounds.</param>
    /// <param name="tokens">Makes the token source, e.g. <c>api =&gt; new TenantTokenSource(api, id, secret)</c>.</param>
    /// <param name="handler">A custom HTTP handler; default: one tuned for downloads.</param>
    public LarkClient(LarkClientOptions options, Func<LarkApi, ITokenSource> tokens, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(tokens);
        Options = options;
        Api = new LarkApi(LarkHttp.CreateClient(handler ?? LarkHttp.CreateHandler(maxConnections: 16)), options, ownsClient: true);
        Tokens = tokens(Api);
        _ownsTokens = true;
        Pacer = new RequestPacer(options.MaxRequestsPerSecond, options.Time);
    }

    /// <summary>A client for the bot identity (app id and secret).</summary>
    public static LarkClient ForBot(LarkClientOptions options, string appId, string appSecret, HttpMessageHandler? handler = null) =>
        new(options, api => new TenantTokenSource(api, appId, appSecret), handler);

    /// <summary>The options.</summary>
    public LarkClientOptions Options { get; }

    /// <summary>The JSON API (tokens, messages) over the shared connection.</summary>
    public LarkApi Api { get; }

    /// <summary>The identity's tokens.</summary>
    public ITokenSource Tokens { get; }

    internal RequestPacer Pacer { get; }

    /// <summary>
    /// A cold observable of one download: subscribing starts it, disposing the subscription cancels it (nothing is
    /// left under the target name; verified bytes stay hidden for a resume). Snapshots arrive at a bounded rate;
    /// the last has <see cref="DownloadStage.Completed"/> and the result. Failures arrive as
    /// <see cref="LarkDownloadException"/>.
    /// </summary>
    public IObservable<DownloadProgress> Download(DownloadRequest request)
    {
        ArgumentNullException.ThrowIfNull(request);
        return Observable.Create<DownloadProgress>(async (observer, cancellationToken) =>
        {
            await DownloadRun.RunAsync(this, request, observer.OnNext, cancellationToken);
            observer.OnCompleted();
        });
    }

    /// <summary>Downloads one resource and returns the result; progress goes to <paramref name="progress"/>.</summary>
    public Task<DownloadResult> DownloadAsync(DownloadRequest request, IProgress<DownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return DownloadRun.RunAsync(this, request, p => progress?.Report(p), cancellationToken);
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Pacer.Dispose();
        if (_ownsTokens && Tokens is IDisposable disposable)
            disposable.Dispose();
        Api.Dispose();
    }
}
