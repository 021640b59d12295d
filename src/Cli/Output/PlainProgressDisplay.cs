using Lark.Cli.Hosting;

namespace Lark.Cli.Output;

/// <summary>
/// The display of a pipe or file: no animation, no escape sequences, no carriage returns. A line per item every five
/// seconds while it moves, the counters when they change, and a line when an item has been silent for a second
/// (then every ten seconds while the silence lasts), all on the host's clock.
/// </summary>
internal sealed class PlainProgressDisplay : ProgressDisplay
{
    private static readonly TimeSpan Tick = TimeSpan.FromSeconds(1);
    private static readonly TimeSpan Every = TimeSpan.FromSeconds(5);
    private static readonly TimeSpan Again = TimeSpan.FromSeconds(10);

    private readonly Lock _gate = new();
    private readonly CliHost _host;
    private readonly ITimer _timer;
    private readonly Dictionary<ProgressItem, (long Version, long At)> _printed = [];
    private readonly Dictionary<ProgressItem, (long Version, TimeSpan Silence)> _announced = [];
    private long _countersPrinted;
    private bool _stopped;

    public PlainProgressDisplay(CliHost host)
    {
        _host = host;
        _timer = host.Time.CreateTimer(_ => OnTick(), null, Tick, Tick);
    }

    protected override TimeProvider Time => _host.Time;

    public override void Line(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        lock (_gate)
            _host.Error.WriteLine(ProgressText.Clean(text));
    }

    public override Task StopAsync()
    {
        lock (_gate)
        {
            if (!_stopped)
            {
                _stopped = true;
                _timer.Dispose();
            }
        }

        return Task.CompletedTask;
    }

    private void OnTick()
    {
        lock (_gate)
        {
            if (_stopped)
                return;
            var now = _host.Time.GetTimestamp();
            foreach (var item in Items())
            {
                var p = item.Snapshot();
                if (p.Waiting is { } waiting)
                {
                    Announce(item, p, waiting);
                    continue;
                }

                // A line when it moved since the last one, at most every five seconds; none at the end, where the
                // result says it all.
                var last = _printed.GetValueOrDefault(item, (-1, long.MinValue));
                if (!p.Finished && p.Version != last.Version && p.Done > 0 && (last.At == long.MinValue || _host.Time.GetElapsedTime(last.At, now) >= Every))
                {
                    _host.Error.WriteLine(ProgressText.PlainLine(p));
                    _printed[item] = (p.Version, now);
                }
            }

            if (Counters.Version != _countersPrinted && Counters.Text() is { } counters)
            {
                _host.Error.WriteLine(ProgressText.Clean(counters));
                _countersPrinted = Counters.Version;
            }
        }
    }

    // Once when a silence passes a second, then every ten seconds while it lasts.
    private void Announce(ProgressItem item, ProgressSnapshot p, string waiting)
    {
        if (_announced.TryGetValue(item, out var said) && said.Version == p.Version && p.Silence - said.Silence < Again)
            return;
        _host.Error.WriteLine($"{p.Name}: {waiting}");
        _announced[item] = (p.Version, p.Silence);
    }
}
