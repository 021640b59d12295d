using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Names;
using Lark.Resources.Rules.Ranges;
using Lark.Resources.Rules.Retry;

namespace Lark.Resources.Rules.Download;

/// <summary>What to download and how, as the machine needs it.</summary>
/// <param name="Type">Image (one plain request) or file (probe and chunks).</param>
/// <param name="FileKey">The resource's key, the last-resort name.</param>
/// <param name="Output">The caller's validated output path, if any.</param>
/// <param name="Plan">Probe and chunk sizes.</param>
/// <param name="Retry">Retry bounds.</param>
/// <param name="Segment">
/// For parallel downloads: the one range this machine fetches (the total is known from the probe). It ends with
/// <see cref="DownloadCommand.SegmentDone"/> instead of a commit, and treats a 200 as an untrustworthy answer.
/// </param>
internal sealed record DownloadSpec(ResourceType Type, FileKey FileKey, OutputPath? Output, ChunkPlanOptions Plan, RetryPolicy Retry, ByteRange? Segment = null);
