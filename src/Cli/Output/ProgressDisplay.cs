using Lark.Cli.Hosting;

namespace Lark.Cli.Output;

/// <summary>
/// Progress on standard error for one or many things in flight: a <see cref="ProgressItem"/> per download (a batch
/// adds one per resource), <see cref="Counters"/> for totals, and <see cref="Line"/>s for what must be said once (a
/// retry, a restart). On a terminal a live display redrawn in place; on a pipe or file plain lines now and then.
/// Stop it (dispose) before the result goes to standard output: nothing is drawn after that.
/// </summary>
public abstract class ProgressDisplay : IAsyncDisposable
{
    private readonly Lock _items = new();
    private readonly List<ProgressItem> _list = [];

    /// <summary>Starts the display that suits <paramref name="host"/>'s standard error.</summary>
    public static ProgressDisplay Start(CliHost host)
    {
        ArgumentNullException.ThrowIfNull(host);
        // TERM=dumb is a terminal that cannot move the cursor: plain lines, as on a pipe.
        var live = host.ErrorIsTerminal && host.Env("TERM") != "dumb" && (host.Columns ?? LiveProgressDisplay.DefaultColumns) >= LiveProgressDisplay.MinColumns;
        return live ? new LiveProgressDisplay(host) : new PlainProgressDisplay(host);
    }

    /// <summary>Counters shown with the items (a batch: messages listed, resources done); nothing until one is set.</summary>
    public ProgressCounters Counters { get; } = new();

    /// <summary>The clock.</summary>
    protected abstract TimeProvider Time { get; }

    /// <summary>Adds an item, named <paramref name="name"/> until renamed.</summary>
    public ProgressItem Add(string name)
    {
        var item = new ProgressItem(name, Time);
        lock (_items)
            _list.Add(item);
        return item;
    }

    /// <summary>Says something once, on its own line above the live display (or between the plain lines).</summary>
    public abstract void Line(string text);

    /// <summary>Stops: the last state drawn (a full bar when done), the line ended, the cursor shown. Idempotent.</summary>
    public abstract Task StopAsync();

    /// <inheritdoc />
    public async ValueTask DisposeAsync()
    {
        await StopAsync();
        GC.SuppressFinalize(this);
    }

    /// <summary>The items, in the order they were added.</summary>
    protected IReadOnlyList<ProgressItem> Items()
    {
        lock (_items)
            return [.. _list];
    }
}
