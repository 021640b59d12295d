using System.Reactive.Linq;
using Lark.Resources.Shell.Auth;
using Lark.Resources.Shell.Batch;
using Lark.Resources.Shell.Http;

namespace Lark.Resources.Shell;

/// <summary>
/// The library's entry point: a client for one Lark app and identity that downloads message resources —
/// resumable, validated, never a wrong file — as a cold <see cref="IObservable{T}"/> of progress or as a task.
/// Every request it sends (tokens, messages, resources, retries) goes through one pacer, so a client stays under
/// Lark's per-app limits however it is used.
/// </summary>
public sealed class LarkClient : IDisposable
{
    private readonly bool _ownsTokens;

    /// <summary>Creates a client.</summary>
    /// <param name="options">Hosts, clock, limits and bounds.</param>
    /// <param name="credentials">Who the client acts as, e.g. <see cref="LarkCredentials.Bot"/>.</param>
    /// <param name="handler">A custom HTTP handler, lent: the client never disposes it. Default: one tuned for downloads.</param>
    public LarkClient(LarkClientOptions options, LarkCredentials credentials, HttpMessageHandler? handler = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        ArgumentNullException.ThrowIfNull(credentials);
        Options = options;
        Pacer = new RequestPacer(options.MaxRequestsPerSecond, options.MaxRequestsPerMinute, options.Time);
        var http = LarkHttp.CreateClient(handler ?? LarkHttp.CreateHandler(maxConnections: 16), LarkHttp.UserAgentFor(options.UserAgent), disposeHandler: handler is null);
        Api = new LarkApi(http, options, ownsClient: true, Pacer);
        Tokens = credentials.Create(Api);
        _ownsTokens = credentials.Owned;
    }

    /// <summary>A client for the bot identity (app id and secret).</summary>
    public static LarkClient ForBot(LarkClientOptions options, string appId, string appSecret, HttpMessageHandler? handler = null) =>
        new(options, LarkCredentials.Bot(appId, appSecret), handler);

    /// <summary>The options.</summary>
    public LarkClientOptions Options { get; }

    /// <summary>"bot" or "user": who the client acts as.</summary>
    public string Identity => Tokens.Identity;

    internal LarkApi Api { get; }

    internal ITokenSource Tokens { get; }

    internal RequestPacer Pacer { get; }

    /// <summary>
    /// A cold observable of one download: subscribing starts it, disposing the subscription cancels it (nothing is
    /// left under the target name; verified bytes stay hidden for a resume). Snapshots arrive at a bounded rate;
    /// the last has <see cref="DownloadStage.Completed"/> and the result. Failures arrive as <see cref="LarkException"/>.
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

    /// <summary>
    /// Downloads one resource and returns the result; progress goes to <paramref name="progress"/>. Failures are
    /// <see cref="LarkException"/>; cancellation is <see cref="OperationCanceledException"/> (verified bytes stay
    /// hidden, and the same request later resumes).
    /// </summary>
    public Task<DownloadResult> DownloadAsync(DownloadRequest request, IProgress<DownloadProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        return DownloadRun.RunAsync(this, request, p => progress?.Report(p), cancellationToken);
    }

    /// <summary>
    /// A cold observable of a batch: subscribing starts it, disposing cancels it. Each distinct (message id, key)
    /// downloads once, <see cref="BatchOptions.Concurrency"/> at a time; one already saved in the directory (recorded
    /// in its index and present with its size) is reused without a request; a failed item does not stop the others.
    /// Snapshots carry each item's download progress and outcome; the batch completes after the last outcome.
    /// </summary>
    public IObservable<BatchProgress> DownloadBatch(IAsyncEnumerable<BatchItem> items, BatchOptions options)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(options);
        return Observable.Create<BatchProgress>(async (observer, cancellationToken) =>
        {
            await new ResourceBatch(this, options, observer.OnNext).RunAsync(items, cancellationToken);
            observer.OnCompleted();
        });
    }

    /// <summary>
    /// Downloads a batch (see <see cref="DownloadBatch"/>) and returns every item's outcome in the order the items came;
    /// progress goes to <paramref name="progress"/>. Items may be produced while they are listed.
    /// </summary>
    public Task<IReadOnlyList<BatchOutcome>> DownloadBatchAsync(IAsyncEnumerable<BatchItem> items, BatchOptions options, IProgress<BatchProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(items);
        ArgumentNullException.ThrowIfNull(options);
        return new ResourceBatch(this, options, p => progress?.Report(p)).RunAsync(items, cancellationToken);
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
