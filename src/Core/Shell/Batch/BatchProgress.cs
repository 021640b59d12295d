namespace Lark.Resources.Shell.Batch;

/// <summary>A snapshot of a batch: an item's download progress, or its outcome, with the counts so far.</summary>
/// <param name="Item">The item this snapshot is about.</param>
/// <param name="Download">The item's download progress, while it downloads.</param>
/// <param name="Outcome">How the item ended, once it has.</param>
/// <param name="Finished">Items finished so far (saved, reused or failed).</param>
/// <param name="Known">Items known so far (more may come while a listing is still read).</param>
public sealed record BatchProgress(BatchItem Item, DownloadProgress? Download, BatchOutcome? Outcome, int Finished, int Known);
