namespace Lark.Emulator.Hosting;

/// <summary>
/// Thread-safe list of answered requests. A request is recorded when its answer is done, which can be just after
/// the client has read it; clearing therefore forgets every request that had arrived by then, however late it
/// finishes, not only those already recorded.
/// </summary>
internal sealed class RequestLog
{
    private readonly Lock gate = new();
    private readonly List<RecordedRequest> entries = [];
    private long sequence;
    private long clearedThrough;

    public long NextSequence() => Interlocked.Increment(ref sequence);

    public void Add(RecordedRequest request)
    {
        lock (gate)
        {
            if (request.Sequence > clearedThrough)
            {
                entries.Add(request);
            }
        }
    }

    public IReadOnlyList<RecordedRequest> Snapshot()
    {
        lock (gate)
        {
            return [.. entries.OrderBy(e => e.Sequence)];
        }
    }

    public void Clear()
    {
        lock (gate)
        {
            entries.Clear();
            clearedThrough = Interlocked.Read(ref sequence);
        }
    }
}
