namespace Lark.Resources.Export.Shell;

/// <summary>A finished export: where its files are, what it holds, what this run did, and what failed.</summary>
/// <param name="Directory">The export directory (absolute).</param>
/// <param name="Transcript">transcript.md.</param>
/// <param name="Manifest">manifest.json.</param>
/// <param name="MessagesFile">messages.jsonl.</param>
/// <param name="Messages">Messages in the export.</param>
/// <param name="NewMessages">Messages this run added.</param>
/// <param name="ResourcesTotal">Resources in the export.</param>
/// <param name="Downloaded">Resources this run downloaded.</param>
/// <param name="Reused">Resources already saved by an earlier run.</param>
/// <param name="Failed">Resources that could not be saved.</param>
/// <param name="Bytes">Bytes this run downloaded.</param>
/// <param name="Failures">Each failed resource and why.</param>
public sealed record ExportResult(string Directory, string Transcript, string Manifest, string MessagesFile, long Messages, long NewMessages,
    int ResourcesTotal, int Downloaded, int Reused, int Failed, long Bytes, IReadOnlyList<ExportFailure> Failures)
{
    /// <summary>
    /// Threads a chat's earlier runs saved that this run did not read again, so replies sent to them since may be
    /// missing: all of them without <see cref="ExportRequest.RefreshThreads"/>, those that could not be read with it.
    /// </summary>
    public int ThreadsNotRefreshed { get; init; }
}
