using System.Reactive.Linq;
using Lark.Resources.Shell;

namespace Lark.Resources.Export.Shell;

/// <summary>
/// Exports a conversation with a <see cref="LarkClient"/>: a readable <c>transcript.md</c>, every message in
/// <c>messages.jsonl</c>, every resource once in <c>resources/</c>, and a <c>manifest.json</c> that is true at any instant.
/// Run it again into the same directory to continue or to add what is new.
/// </summary>
public static class LarkExport
{
    /// <summary>
    /// A cold observable of one export: subscribing starts it, disposing cancels it (what is saved stays, and the next
    /// run continues). The last snapshot has <see cref="ExportStage.Completed"/> and the result; a failure of the listing
    /// arrives as a <see cref="LarkException"/>, while failed resources are in the result.
    /// </summary>
    public static IObservable<ExportProgress> Export(this LarkClient client, ExportRequest request)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        return Observable.Create<ExportProgress>(async (observer, cancellationToken) =>
        {
            await new ExportRun(client, request, observer.OnNext).RunAsync(cancellationToken);
            observer.OnCompleted();
        });
    }

    /// <summary>Exports and returns the result; progress goes to <paramref name="progress"/>.</summary>
    public static Task<ExportResult> ExportAsync(this LarkClient client, ExportRequest request, IProgress<ExportProgress>? progress = null, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(client);
        ArgumentNullException.ThrowIfNull(request);
        return new ExportRun(client, request, p => progress?.Report(p)).RunAsync(cancellationToken);
    }
}
