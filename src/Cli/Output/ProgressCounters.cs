using System.Globalization;

namespace Lark.Cli.Output;

/// <summary>
/// Named counts shown above a display's items, in the order first set: <c>messages 120 · resources 34/80</c>.
/// Thread-safe.
/// </summary>
public sealed class ProgressCounters
{
    private readonly Lock _gate = new();
    private readonly List<(string Label, long Value, long? Of)> _counters = [];
    private long _version;

    /// <summary>Sets a counter: <paramref name="value"/>, out of <paramref name="of"/> when that is known.</summary>
    public void Set(string label, long value, long? of = null)
    {
        ArgumentNullException.ThrowIfNull(label);
        lock (_gate)
        {
            var index = _counters.FindIndex(c => c.Label == label);
            if (index < 0)
                _counters.Add((label, value, of));
            else
                _counters[index] = (label, value, of);
            _version++;
        }
    }

    /// <summary>Grows with every change.</summary>
    public long Version
    {
        get
        {
            lock (_gate)
                return _version;
        }
    }

    /// <summary>The counters as one line, or null when none is set.</summary>
    public string? Text()
    {
        lock (_gate)
        {
            return _counters.Count == 0
                ? null
                : string.Join(" · ", _counters.Select(c => c.Of is { } of
                    ? string.Create(CultureInfo.InvariantCulture, $"{c.Label} {c.Value}/{of}")
                    : string.Create(CultureInfo.InvariantCulture, $"{c.Label} {c.Value}")));
        }
    }
}
