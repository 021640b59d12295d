using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Shell.Batch;

/// <summary>How one item of a batch ended.</summary>
public abstract record BatchOutcome
{
    private BatchOutcome(BatchItem item) => Item = item;

    /// <summary>The item.</summary>
    public BatchItem Item { get; }

    /// <summary>The resource is saved and verified.</summary>
    /// <param name="Item">The item.</param>
    /// <param name="SavedPath">Its absolute path.</param>
    /// <param name="RelativePath">Its path relative to the batch directory, with <c>/</c> separators.</param>
    /// <param name="SizeBytes">Its size.</param>
    /// <param name="Sha256">Its SHA-256.</param>
    /// <param name="Reused">Whether it was already there from an earlier run (no request was sent for it).</param>
    public sealed record Saved(BatchItem Item, string SavedPath, string RelativePath, long SizeBytes, string Sha256, bool Reused) : BatchOutcome(Item);

    /// <summary>The resource could not be saved; the others are not affected.</summary>
    /// <param name="Item">The item.</param>
    /// <param name="Failure">Why, in the error contract.</param>
    public sealed record Failed(BatchItem Item, LarkFailure Failure) : BatchOutcome(Item);
}
