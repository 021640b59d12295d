namespace Lark.Emulator.Hosting;

/// <summary>Thread-safe list of answered requests.</summary>
internal sealed class RequestLog
{
    private readonly Lock gate = new();
    private readonly List<RecordedRequest> entries = [];
    private long sequence;

    public long NextSequence() => Interlocked.Increment(ref sequence);

    public void Add(RecordedRequest request)
    {
        lock (gate)
        {
            entries.Add(request);
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
        }
    }
}
