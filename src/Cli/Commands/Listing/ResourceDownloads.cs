using System.Threading.Channels;
using Lark.Cli.Output;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Messages;
using Lark.Resources.Rules.Names;
using Lark.Resources.Shell;
using Lark.Resources.Shell.Batch;

namespace Lark.Cli.Commands.Listing;

/// <summary>
/// <c>--download-resources</c>: every resource the listed messages carry, into <c>./lark-im-resources/&lt;key&gt;[.ext]</c>
/// as the official CLI names them, each distinct (message id, key) once per run, through the library's batch
/// (verified, resumable, reused on a rerun). A failure is that resource's entry and one warning line; the others go on.
/// </summary>
/// <remarks>
/// One batch runs for the whole listing: <see cref="Queue"/> adds a page's resources as the page arrives, so they
/// download while later pages are read; <see cref="FilledAsync"/> waits for one page's; <see cref="CompleteAsync"/>
/// for all of them.
/// </remarks>
internal sealed class ResourceDownloads(LarkClient client, string directory, int concurrency, TextWriter warnings, ProgressDisplay? display) : IAsyncDisposable
{
    /// <summary>The official directory, relative to the working directory.</summary>
    public const string DirectoryName = "lark-im-resources";

    private readonly Lock _gate = new();
    private readonly Dictionary<(string, string), ResourceEntry> _outcomes = [];
    private readonly Dictionary<(string, string), (ResourceEntry Entry, TaskCompletionSource Done)> _queued = [];
    private readonly Channel<BatchItem> _items = Channel.CreateUnbounded<BatchItem>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
    private readonly CancellationTokenSource _cancel = new();
    private Task? _batch;
    private Exception? _batchFailure;
    private int _known;

    public int Downloaded { get; private set; }

    public int Reused { get; private set; }

    public int Failed { get; private set; }

    /// <summary>Queues the resources <paramref name="messages"/> list that this run has not seen yet; downloads start at once.</summary>
    public void Queue(IReadOnlyList<ListedMessage> messages)
    {
        lock (_gate)
        {
            foreach (var entry in messages.SelectMany(All).SelectMany(m => m.Resources ?? []))
            {
                var key = KeyOf(entry);
                if (_outcomes.ContainsKey(key) || _queued.ContainsKey(key))
                    continue;
                _known++;
                if (Item(entry) is not { } item)
                {
                    _outcomes[key] = Fail(entry, LarkFailure.Invalid(InputField.FileKey, Wording.Text($"the message lists a resource key that cannot be downloaded safely: \"{entry.Key}\"")));
                    continue;
                }

                var done = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
                _queued[key] = (entry, done);
                if (_batchFailure is { } failure)
                    done.TrySetException(failure);
                _batch ??= RunAsync();
                _items.Writer.TryWrite(item);
            }

        }

        ShowCounters();
    }

    private void ShowCounters()
    {
        lock (_gate)
            display?.Counters.Set("resources", Downloaded + Reused + Failed, _known);
    }

    /// <summary>Waits for the resources of <paramref name="messages"/> and returns them with their entries filled in.</summary>
    public async Task<IReadOnlyList<ListedMessage>> FilledAsync(IReadOnlyList<ListedMessage> messages, CancellationToken cancellationToken)
    {
        Task[] waits;
        lock (_gate)
        {
            waits = [.. messages.SelectMany(All).SelectMany(m => m.Resources ?? [])
                .Select(e => _queued.TryGetValue(KeyOf(e), out var queued) ? queued.Done.Task : null).OfType<Task>()];
        }

        await Task.WhenAll(waits).WaitAsync(cancellationToken);
        lock (_gate)
            return [.. messages.Select(Fill)];
    }

    /// <summary>Waits for every queued resource (after the last <see cref="Queue"/>).</summary>
    public async Task CompleteAsync()
    {
        _items.Writer.TryComplete();
        if (_batch is { } batch)
            await batch;
    }

    /// <summary>Stops downloads still running when the listing ends early (a failure or a cancel).</summary>
    public async ValueTask DisposeAsync()
    {
        _items.Writer.TryComplete();
        if (_batch is { } batch && !batch.IsCompleted)
        {
            await _cancel.CancelAsync();
            try
            {
                await batch;
            }
            catch (Exception)
            {
                // The listing's own failure (or cancel) is the one to report: a batch that failed by itself has
                // already failed the pages waiting for it. The stopped downloads resume on a rerun.
            }
        }

        _cancel.Dispose();
    }

    // The run-wide batch, started with the first resource: it reads the queue until CompleteAsync closes it. Outcomes
    // arrive one by one through its progress; if it fails as a whole, every resource still waiting fails with it.
    private async Task RunAsync()
    {
        try
        {
            var options = new BatchOptions { Directory = directory, Concurrency = concurrency, ReplaceUnknownFiles = true };
            await client.DownloadBatchAsync(_items.Reader.ReadAllAsync(_cancel.Token), options, new OutcomeFeed(this), _cancel.Token);
        }
        catch (Exception e)
        {
            lock (_gate)
            {
                _batchFailure = e;
                foreach (var (_, done) in _queued.Values)
                {
                    if (e is OperationCanceledException cancelled)
                        done.TrySetCanceled(cancelled.CancellationToken);
                    else
                        done.TrySetException(e);
                }
            }

            throw;
        }
    }

    private void Finished(BatchOutcome outcome)
    {
        lock (_gate)
        {
            var key = (outcome.Item.MessageId.Value, outcome.Item.FileKey.Value);
            if (!_queued.Remove(key, out var queued))
                return;
            try
            {
                _outcomes[key] = outcome switch
                {
                    BatchOutcome.Saved saved => Saved(queued.Entry, saved),
                    BatchOutcome.Failed failed => Fail(queued.Entry, failed.Failure),
                    _ => queued.Entry,
                };
            }
            finally
            {
                // Even when the warning cannot be written (the batch then fails): the page never waits for nothing.
                queued.Done.TrySetResult();
            }
        }
    }

    private ResourceEntry Saved(ResourceEntry entry, BatchOutcome.Saved saved)
    {
        if (saved.Reused)
            Reused++;
        else
            Downloaded++;
        return entry with { LocalPath = saved.SavedPath, SizeBytes = saved.SizeBytes, Sha256 = saved.Sha256 };
    }

    private ResourceEntry Fail(ResourceEntry entry, LarkFailure failure)
    {
        Failed++;
        var line = $"warning: resource_download_failed: {entry.MessageId}/{entry.Key}: {failure.Message.Render(CliVocabulary.Instance)}";
        if (display is null)
            warnings.WriteLine(line);
        else
            display.Line(line);
        return entry with { Error = failure };
    }

    private static BatchItem? Item(ResourceEntry entry) =>
        MessageId.Parse(entry.MessageId).TryGetValue(out var id) && FileKey.Parse(entry.Key).TryGetValue(out var key)
        && ResourceTypes.Parse(entry.Type).TryGetValue(out var type) && OutputPath.Parse(key.Value).TryGetValue(out var name)
            ? new BatchItem(id, key, type, name)
            : null;

    // The batch reports a resource under its parsed ids, which are the text trimmed; entries are matched the same
    // way, so one listed with stray spaces still finds its outcome.
    private static (string, string) KeyOf(ResourceEntry entry) => (entry.MessageId.Trim(), entry.Key.Trim());

    // Each entry keeps its own ids and type; the outcome adds where it was saved, or why not.
    private ListedMessage Fill(ListedMessage message) => message with
    {
        Resources = message.Resources?.Select(e => _outcomes.TryGetValue(KeyOf(e), out var outcome)
            ? e with { LocalPath = outcome.LocalPath, SizeBytes = outcome.SizeBytes, Sha256 = outcome.Sha256, Error = outcome.Error }
            : e).ToArray(),
        ThreadReplies = message.ThreadReplies?.Select(Fill).ToArray(),
    };

    private static IEnumerable<ListedMessage> All(ListedMessage message) => [message, .. (message.ThreadReplies ?? []).SelectMany(All)];

    // Outcomes as they come, and the display's counters: resources finished of those known, over the whole run.
    private sealed class OutcomeFeed(ResourceDownloads downloads) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value)
        {
            if (value.Outcome is { } outcome)
                downloads.Finished(outcome);
            downloads.ShowCounters();
        }
    }
}
