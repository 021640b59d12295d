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
/// as the official CLI names them, each distinct (message id, key) once, through the library's batch (verified,
/// resumable, reused on a rerun). A failure is that resource's entry and one warning line; the others go on.
/// </summary>
internal sealed class ResourceDownloads(LarkClient client, string directory, int concurrency, TextWriter warnings, ProgressDisplay? display)
{
    /// <summary>The official directory, relative to the working directory.</summary>
    public const string DirectoryName = "lark-im-resources";

    public int Downloaded { get; private set; }

    public int Reused { get; private set; }

    public int Failed { get; private set; }

    /// <summary>Downloads what <paramref name="messages"/> list as pending and returns them with their entries filled in.</summary>
    public async Task<IReadOnlyList<ListedMessage>> DownloadAsync(IReadOnlyList<ListedMessage> messages, CancellationToken cancellationToken)
    {
        var pending = messages.SelectMany(All).SelectMany(m => m.Resources ?? []).DistinctBy(e => (e.MessageId, e.Key)).ToArray();
        if (pending.Length == 0)
            return messages;
        var outcomes = new Dictionary<(string, string), ResourceEntry>();
        var items = new List<BatchItem>();
        foreach (var entry in pending)
        {
            if (Item(entry) is { } item)
                items.Add(item);
            else
                outcomes[(entry.MessageId, entry.Key)] = Fail(entry, LarkFailure.Invalid(InputField.FileKey, Wording.Text($"the message lists a resource key that cannot be downloaded safely: \"{entry.Key}\"")));
        }

        var before = Downloaded + Reused + Failed;
        var results = await client.DownloadBatchAsync(Stream(items), new BatchOptions { Directory = directory, Concurrency = concurrency, ReplaceUnknownFiles = true }, Progress(before, before + pending.Length), cancellationToken);
        foreach (var outcome in results)
        {
            var key = (outcome.Item.MessageId.Value, outcome.Item.FileKey.Value);
            var entry = pending.First(e => (e.MessageId, e.Key) == key);
            outcomes[key] = outcome switch
            {
                BatchOutcome.Saved saved => Saved(entry, saved),
                BatchOutcome.Failed failed => Fail(entry, failed.Failure),
                _ => entry,
            };
        }

        return [.. messages.Select(m => Fill(m, outcomes))];
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
        warnings.WriteLine($"warning: resource_download_failed: {entry.MessageId}/{entry.Key}: {failure.Message.Render(CliVocabulary.Instance)}");
        return entry with { Error = failure };
    }

    private static BatchItem? Item(ResourceEntry entry) =>
        MessageId.Parse(entry.MessageId).TryGetValue(out var id) && FileKey.Parse(entry.Key).TryGetValue(out var key)
        && ResourceTypes.Parse(entry.Type).TryGetValue(out var type) && OutputPath.Parse(key.Value).TryGetValue(out var name)
            ? new BatchItem(id, key, type, name)
            : null;

    private static ListedMessage Fill(ListedMessage message, IReadOnlyDictionary<(string, string), ResourceEntry> outcomes) => message with
    {
        Resources = message.Resources?.Select(e => outcomes.GetValueOrDefault((e.MessageId, e.Key), e)).ToArray(),
        ThreadReplies = message.ThreadReplies?.Select(r => Fill(r, outcomes)).ToArray(),
    };

    private static IEnumerable<ListedMessage> All(ListedMessage message) => [message, .. (message.ThreadReplies ?? []).SelectMany(All)];

    private static async IAsyncEnumerable<BatchItem> Stream(IReadOnlyList<BatchItem> items)
    {
        foreach (var item in items)
            yield return item;
        await Task.CompletedTask;
    }

    private BatchFeed? Progress(int before, int known) => display is null ? null : new BatchFeed(display, before, known);

    // The display's counters: resources finished of known, over every page so far.
    private sealed class BatchFeed(ProgressDisplay display, int before, int known) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => display.Counters.Set("resources", before + value.Finished, known);
    }
}
