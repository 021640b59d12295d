using System.Runtime.ExceptionServices;
using System.Threading.Channels;
using Lark.Resources.Rules.Batch;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Ranges;
using Lark.Resources.Shell.Storage;

namespace Lark.Resources.Shell.Batch;

/// <summary>
/// Downloads many resources into one directory, N at a time, each through the same engine as a single download
/// (validated ranges, retries, resume, atomic no-replace commit, SHA-256). Each distinct (message id, key) is
/// downloaded once; one recorded in the directory's index and still present with its size is reused without a
/// request; one failure does not stop the others. Items may arrive while they are still being listed.
/// </summary>
internal sealed class ResourceBatch
{
    private readonly LarkClient _client;
    private readonly BatchOptions _options;
    private static readonly ChunkPlanOptions WholeChunkFirst = ChunkPlanOptions.Default with { ProbeSize = ChunkPlanOptions.DefaultChunkSize };

    private readonly Action<BatchProgress> _report;
    private readonly Lock _gate = new();
    private readonly Dictionary<(string, string), Task<BatchOutcome>> _byResource = [];
    private readonly List<Task<BatchOutcome>> _outcomes = [];
    private int _finished;
    private string _root = "";
    private SavedResourceStore? _store;

    public ResourceBatch(LarkClient client, BatchOptions options, Action<BatchProgress> report)
    {
        _client = client;
        _options = options;
        _report = report;
    }

    /// <summary>Runs the batch; the outcomes come back in the order the items came.</summary>
    public async Task<IReadOnlyList<BatchOutcome>> RunAsync(IAsyncEnumerable<BatchItem> items, CancellationToken cancellationToken)
    {
        if (_options.Concurrency is < 1 or > 16)
        {
            throw new LarkException(LarkFailure.Invalid(InputField.ResourceConcurrency,
                Wording.Of($"{InputField.ResourceConcurrency} must be between 1 and 16 (got {_options.Concurrency})")));
        }

        _root = TargetGuard.RealRoot(_options.Directory);
        using var store = _store = SavedResourceStore.Open(Path.Join(_root, _options.IndexFileName));
        try
        {
            return await RunOpenAsync(items, cancellationToken);
        }
        finally
        {
            // However the batch ends, the journal of what it saved is folded into the index (or left for the next run).
            store.TryCompact();
        }
    }

    private async Task<IReadOnlyList<BatchOutcome>> RunOpenAsync(IAsyncEnumerable<BatchItem> items, CancellationToken cancellationToken)
    {
        var queue = Channel.CreateUnbounded<(BatchItem Item, TaskCompletionSource<BatchOutcome> Done)>(new UnboundedChannelOptions { SingleWriter = true });
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var workers = Enumerable.Range(0, _options.Concurrency).Select(_ => WorkAsync(queue.Reader, stop)).ToArray();
        ExceptionDispatchInfo? itemsStopped = null;
        try
        {
            await foreach (var item in items.WithCancellation(stop.Token))
            {
                var key = (item.MessageId.Value, item.FileKey.Value);
                lock (_gate)
                {
                    // A resource listed twice is downloaded once; both entries share the outcome.
                    if (!_byResource.TryGetValue(key, out var outcome))
                    {
                        var done = new TaskCompletionSource<BatchOutcome>(TaskCreationOptions.RunContinuationsAsynchronously);
                        outcome = done.Task;
                        _byResource[key] = outcome;
                        queue.Writer.TryWrite((item, done));
                    }

                    _outcomes.Add(outcome);
                }
            }
        }
        catch (Exception e)
        {
            // A cancel, a worker's failure or the items' own: the workers stop and are awaited before it is thrown,
            // so no download outlives the batch.
            itemsStopped = ExceptionDispatchInfo.Capture(e);
            await stop.CancelAsync();
        }
        finally
        {
            queue.Writer.TryComplete();
        }

        try
        {
            // A worker's unexpected failure is the batch's: it surfaces here, ahead of the cancel it caused.
            await Task.WhenAll(workers);
        }
        catch (OperationCanceledException) when (cancellationToken.IsCancellationRequested)
        {
            throw Cancelled(cancellationToken);
        }
        catch (OperationCanceledException) when (itemsStopped is not null)
        {
            // The workers were stopped because the items failed; that failure is thrown below.
        }

        if (cancellationToken.IsCancellationRequested)
            throw Cancelled(cancellationToken);
        itemsStopped?.Throw();
        Task<BatchOutcome>[] all;
        lock (_gate)
            all = [.. _outcomes];
        return await Task.WhenAll(all);
    }

    private static OperationCanceledException Cancelled(CancellationToken cancellationToken) =>
        new("the batch was cancelled; saved resources are recorded, the next run goes on from there", cancellationToken);

    private async Task WorkAsync(ChannelReader<(BatchItem Item, TaskCompletionSource<BatchOutcome> Done)> queue, CancellationTokenSource stop)
    {
        await foreach (var (item, done) in queue.ReadAllAsync(stop.Token))
        {
            try
            {
                var outcome = await OneAsync(item, stop.Token);
                done.SetResult(outcome);
                Report(item, null, outcome);
            }
            catch (OperationCanceledException e) when (stop.IsCancellationRequested)
            {
                done.TrySetCanceled(e.CancellationToken);
                throw;
            }
            catch (Exception)
            {
                // Not a resource's failure (those are outcomes) but the batch's own, say a progress observer that
                // threw (a stray cancellation included): the others stop rather than wait for a worker that is gone.
                done.TrySetCanceled();
                await stop.CancelAsync();
                throw;
            }
        }
    }

    private async Task<BatchOutcome> OneAsync(BatchItem item, CancellationToken cancellationToken)
    {
        var saved = _store!.Index.Find(item.MessageId.Value, item.FileKey.Value);
        if (saved is not null && SavedResourceIndex.Reusable(saved, SizeOf(Path.Join(_root, saved.Path))))
            return new BatchOutcome.Saved(item, Path.GetFullPath(Path.Join(_root, saved.Path)), saved.Path, saved.Size, saved.Sha256, Reused: true);

        var request = new DownloadRequest
        {
            MessageId = item.MessageId,
            FileKey = item.FileKey,
            Type = item.Type,
            Output = item.Name,
            Directory = _root,
            // A file the index knows is the batch's own to replace; another only when the caller says so.
            Overwrite = saved is not null || _options.ReplaceUnknownFiles,
            // A batch is not the drop-in single download, so it need not mirror the official 128 KiB probe: a first
            // request of a whole chunk answers the same questions and saves a round trip for every file over 128 KiB.
            Plan = WholeChunkFirst,
        };
        DownloadResult result;
        try
        {
            result = await _client.DownloadAsync(request, new Progress(this, item), cancellationToken);
        }
        catch (LarkException e)
        {
            return new BatchOutcome.Failed(item, e.Failure);
        }

        var relative = Path.GetRelativePath(_root, result.SavedPath).Replace(Path.DirectorySeparatorChar, '/');
        try
        {
            _store.Record(new SavedResource(item.MessageId.Value, item.FileKey.Value, item.Type.ToWire(), relative, result.SizeBytes, result.Sha256));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new BatchOutcome.Failed(item, LarkFailure.LocalFile(
                Wording.Text($"{relative} was saved, but the index {_options.IndexFileName} could not be written: {e.Message}"),
                Wording.Text("Check free space and permissions in the directory; the next run downloads it again.")));
        }

        return new BatchOutcome.Saved(item, result.SavedPath, relative, result.SizeBytes, result.Sha256, Reused: false);
    }

    private static long? SizeOf(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists && info.LinkTarget is null ? info.Length : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Workers report concurrently; observers get one snapshot at a time.
    private void Report(BatchItem item, DownloadProgress? download, BatchOutcome? outcome)
    {
        lock (_gate)
        {
            if (outcome is not null)
                _finished++;
            _report(new BatchProgress(item, download, outcome, _finished, _byResource.Count));
        }
    }

    private sealed class Progress(ResourceBatch batch, BatchItem item) : IProgress<DownloadProgress>
    {
        public void Report(DownloadProgress value) => batch.Report(item, value, null);
    }
}
