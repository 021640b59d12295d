using System.Collections.Concurrent;
using Lark.Resources.Rules.Download;
using Lark.Resources.Rules.Ranges;
using Lark.Resources.Shell.Storage;

namespace Lark.Resources.Shell;

/// <summary>
/// The parallel part of a download: the ranges after the probe, fetched by up to N workers over separate
/// connections, each range driven by its own segment machine (same validation, retries and resume rules) and
/// written at its own offset. The first failure cancels the others.
/// </summary>
internal sealed class ParallelSegments
{
    private readonly LarkClient _client;
    private readonly ValidatedRequest _request;
    private readonly PartialFile _partial;
    private readonly DownloadState _probe;
    private readonly Action<long, string?> _report;
    private readonly ByteRange[] _chunks;
    private readonly long[] _verifiedEnd;
    private readonly ConcurrentQueue<int> _queue;
    private readonly List<MachineDriver> _drivers = [];

    public ParallelSegments(LarkClient client, ValidatedRequest request, PartialFile partial, DownloadState probe, IReadOnlyList<ByteRange> segments, Action<long, string?> report)
    {
        _client = client;
        _request = request;
        _partial = partial;
        _probe = probe;
        _report = report;
        _chunks = [.. segments];
        _verifiedEnd = _chunks.Select(c => c.First).ToArray();
        _queue = new ConcurrentQueue<int>(Enumerable.Range(0, _chunks.Length));
    }

    public int Requests
    {
        get
        {
            lock (_drivers)
                return _drivers.Sum(d => d.Requests);
        }
    }

    /// <summary>Fetches every segment; returns <see cref="DownloadCommand.SegmentDone"/> or the first failure.</summary>
    public async Task<DownloadCommand> RunAsync(CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        DownloadCommand? failure = null;
        var workers = Enumerable.Range(0, Math.Min(_request.Concurrency, _chunks.Length)).Select(async _ =>
        {
            while (!stop.IsCancellationRequested && _queue.TryDequeue(out var index))
            {
                DownloadCommand ended;
                try
                {
                    ended = await FetchAsync(index, stop.Token);
                }
                catch (Exception e) when (e is not OperationCanceledException)
                {
                    // A worker that throws (a refused token refresh, a full disk) stops the others too.
                    await stop.CancelAsync();
                    throw;
                }

                if (ended is DownloadCommand.Fail)
                {
                    Interlocked.CompareExchange(ref failure, ended, null);
                    await stop.CancelAsync();
                }
            }
        }).ToArray();
        try
        {
            await Task.WhenAll(workers);
        }
        catch (OperationCanceledException) when (failure is not null && !cancellationToken.IsCancellationRequested)
        {
            // The others were stopped because one failed; report that failure.
        }

        cancellationToken.ThrowIfCancellationRequested();
        return failure ?? new DownloadCommand.SegmentDone(ByteRange.FromPositions(_probe.Verified, _probe.Total!.Value - 1).ValueOr(default));
    }

    private async Task<DownloadCommand> FetchAsync(int index, CancellationToken cancellationToken)
    {
        var chunk = _chunks[index];
        var driver = new MachineDriver(_client, _request, _partial, (stage, state, _, message) =>
        {
            Volatile.Write(ref _verifiedEnd[index], state.Verified);
            _report(Done(), message);
        });
        lock (_drivers)
            _drivers.Add(driver);
        var spec = _request.Spec with { Segment = chunk };
        var start = DownloadMachine.Start(spec, chunk.First, _probe.Total, _probe.ContentType, _probe.ContentDisposition);
        var ended = await driver.DriveAsync(start, cancellationToken);
        if (ended.Command is DownloadCommand.SegmentDone)
            Volatile.Write(ref _verifiedEnd[index], chunk.End);
        return ended.Command;
    }

    // Bytes verified so far, over the probe and every segment.
    private long Done() => _probe.Verified + _chunks.Select((c, i) => Volatile.Read(ref _verifiedEnd[i]) - c.First).Sum();

    /// <summary>The state a later run resumes from: the contiguous verified prefix of the file.</summary>
    public DownloadState Resumable() =>
        _probe with { Verified = ParallelPlan.ResumablePrefix(_probe.Verified, _chunks, [.. _verifiedEnd.Select((_, i) => Volatile.Read(ref _verifiedEnd[i]))]) };
}
