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
/// Resources are queued as pages arrive and downloaded while the listing reads on; <see cref="CompleteAsync"/> waits
/// for what is queued. A listing that prints each page (ndjson) completes after every page; the others once, at the end.
/// </remarks>
internal sealed class ResourceDownloads(LarkClient client, string directory, int concurrency, TextWriter warnings, ProgressDisplay? display) : IAsyncDisposable
{
    /// <summary>The official directory, relative to the working directory.</summary>
    public const string DirectoryName = "lark-im-resources";

    private readonly Dictionary<(string, string), ResourceEntry> _outcomes = [];
    private readonly Dictionary<(string, string), ResourceEntry> _queued = [];
    private Channel<BatchItem>? _items;
    private Task<IReadOnlyList<BatchOutcome>>? _batch;
    private CancellationTokenSource? _cancel;
    private int _known;

    public int Downloaded { get; private set; }

    public int Reused { get; private set; }

    public int Failed { get; private set; }

    /// <summary>Queues the resources <paramref name="messages"/> list that this run has not seen yet; downloads start at once.</summary>
    public void Queue(IReadOnlyList<ListedMessage> messages, CancellationToken cancellationToken)
    {
        foreach (var entry in messages.SelectMany(All).SelectMany(m => m.Resources ?? []))
        {
            var key = (entry.MessageId, entry.Key);
            if (_outcomes.ContainsKey(key) || !_queued.TryAdd(key, entry))
                continue;
            _known++;
            if (Item(entry) is not { } item)
            {
                _queued.Remove(key);
                _outcomes[key] = Fail(entry, LarkFailure.Invalid(InputField.FileKey, Wording.Text($"the message lists a resource key that cannot be downloaded safely: \"{entry.Key}\"")));
                continue;
            }

            Start(cancellationToken).Writer.TryWrite(item);
        }

        display?.Counters.Set("resources", Downloaded + Reused + Failed, _known);
    }

    /// <summary>Waits for every queued resource and returns <paramref name="messages"/> with their entries filled in.</summary>
    public async Task<IReadOnlyList<ListedMessage>> CompleteAsync(IReadOnlyList<ListedMessage> messages)
    {
        if (_items is { } items && _batch is { } batch && _cancel is { } cancel)
        {
            (_items, _batch, _cancel) = (null, null, null);
            items.Writer.TryComplete();
            IReadOnlyList<BatchOutcome> results;
            using (cancel)
                results = await batch;
            foreach (var outcome in results)
            {
                var key = (outcome.Item.MessageId.Value, outcome.Item.FileKey.Value);
                var entry = _queued[key];
                _outcomes[key] = outcome switch
                {
                    BatchOutcome.Saved saved => Saved(entry, saved),
                    BatchOutcome.Failed failed => Fail(entry, failed.Failure),
                    _ => entry,
                };
            }

            _queued.Clear();
        }

        return [.. messages.Select(Fill)];
    }

    /// <summary>Stops downloads still running when the listing ends early (a failure or a cancel).</summary>
    public async ValueTask DisposeAsync()
    {
        if (_batch is not { } batch)
            return;
        _items?.Writer.TryComplete();
        await (_cancel?.CancelAsync() ?? Task.CompletedTask);
        try
        {
            await batch;
        }
        catch (Exception e) when (e is OperationCanceledException or LarkException)
        {
            // The listing's own failure is the one to report; the stopped downloads resume on a rerun.
        }

        _cancel?.Dispose();
    }

    // The run-wide batch, started with the first resource: it reads the queue until CompleteAsync closes it.
    private Channel<BatchItem> Start(CancellationToken cancellationToken)
    {
        if (_items is { } items)
            return items;
        _items = Channel.CreateUnbounded<BatchItem>(new UnboundedChannelOptions { SingleReader = true, SingleWriter = true });
        _cancel = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var before = Downloaded + Reused + Failed;
        _batch = client.DownloadBatchAsync(_items.Reader.ReadAllAsync(_cancel.Token), new BatchOptions { Directory = directory, Concurrency = concurrency, ReplaceUnknownFiles = true }, Progress(before), _cancel.Token);
        return _items;
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

    private ListedMessage Fill(ListedMessage message) => message with
    {
        Resources = message.Resources?.Select(e => _outcomes.GetValueOrDefault((e.MessageId, e.Key), e)).ToArray(),
        ThreadReplies = message.ThreadReplies?.Select(Fill).ToArray(),
    };

    private static IEnumerable<ListedMessage> All(ListedMessage message) => [message, .. (message.ThreadReplies ?? []).SelectMany(All)];

    private BatchFeed? Progress(int before) => display is null ? null : new BatchFeed(this, display, before);

    // The display's counters: resources finished of those known, over the whole run so far.
    private sealed class BatchFeed(ResourceDownloads downloads, ProgressDisplay display, int before) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => display.Counters.Set("resources", before + value.Finished, downloads._known);
    }
}
