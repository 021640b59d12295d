namespace Lark.Resources.Export.Rules;

/// <summary>
/// When the manifest is written again after resources finish. Each write replaces the whole manifest, so writing
/// after every resource costs O(n²) bytes over an export; a large export waits for up to 1% of its resources instead
/// (always at least one), which keeps the total linear. Meanwhile the manifest stays true: a resource not yet written
/// as saved is still pending, and the batch's own index, written per resource, reuses it on a rerun without a request.
/// </summary>
public static class ManifestSaving
{
    /// <summary>The share of the resources, in hundredths, that may wait for the next write.</summary>
    public const int PercentWaiting = 1;

    /// <summary>Whether <paramref name="unsaved"/> changes to resources are due to be written, with <paramref name="resources"/> known.</summary>
    public static bool Due(int unsaved, int resources) => unsaved >= Math.Max(1, (long)Math.Max(0, resources) * PercentWaiting / 100);
}
