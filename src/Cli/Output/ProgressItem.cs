namespace Lark.Cli.Output;

/// <summary>
/// One thing in flight on a <see cref="ProgressDisplay"/> (a download, one resource of a batch): its name, bytes so
/// far, total once known, rate, and what a silence means while it lasts. Updated from any thread; the display reads
/// <see cref="Snapshot"/>s on its own clock, so an update never waits for the terminal.
/// </summary>
public sealed class ProgressItem
{
    private readonly Lock _gate = new();
    private readonly TimeProvider _time;
    private string _name;
    private long _done;
    private long? _total;
    private double _rate;
    private bool _finished;
    private string? _waitingFor;
    private long _lastActivity;
    private long _version;

    internal ProgressItem(string name, TimeProvider time)
    {
        _name = ProgressText.Clean(name);
        _time = time;
        _lastActivity = time.GetTimestamp();
    }

    /// <summary>The name shown: the file's name once known, before that whatever identifies it (a key).</summary>
    public string Name
    {
        get
        {
            lock (_gate)
                return _name;
        }
    }

    /// <summary>Names the item (a server-supplied name is shown with control characters replaced).</summary>
    public void Rename(string name) => Change(() => _name = ProgressText.Clean(name));

    /// <summary>Bytes done so far, the total once known, and the rate.</summary>
    public void Update(long done, long? total, double bytesPerSecond) => Change(() =>
    {
        _done = done;
        _total = total;
        _rate = bytesPerSecond;
    });

    /// <summary>
    /// What the item waits for when nothing happens ("waiting for open.feishu.cn"): after a second of silence the
    /// display says so, with the time waited. Null: a silence means nothing worth saying.
    /// </summary>
    public void Expect(string? waitingFor) => Change(() => _waitingFor = waitingFor);

    /// <summary>Done: <paramref name="size"/> bytes, a full bar.</summary>
    public void Complete(long size) => Change(() =>
    {
        _done = size;
        _total = size;
        _finished = true;
        _waitingFor = null;
    });

    /// <summary>A consistent copy of the state, with the silence measured now.</summary>
    public ProgressSnapshot Snapshot()
    {
        lock (_gate)
        {
            return new ProgressSnapshot(_name, _done, _total, _rate, _finished, _waitingFor, _time.GetElapsedTime(_lastActivity), _version);
        }
    }

    // Every change is activity: the silence starts again, and the version tells a display something is new.
    private void Change(Action change)
    {
        lock (_gate)
        {
            change();
            _lastActivity = _time.GetTimestamp();
            _version++;
        }
    }
}
