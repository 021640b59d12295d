using Lark.Cli.Hosting;
using Spectre.Console;
using Spectre.Console.Rendering;

namespace Lark.Cli.Output;

/// <summary>
/// The terminal's display: Spectre.Console's progress, one line per item (plus one for counters), redrawn in place
/// on the host's clock at most ten times a second, laid out for the terminal's width (<see cref="CliHost.Columns"/>).
/// Spectre starts at the first draw, so a command that fails before any progress leaves no trace on the terminal.
/// The width is read once: were it followed, a terminal made narrower than the line would make Spectre clear the
/// screen and the scrollback.
/// </summary>
internal sealed class LiveProgressDisplay : ProgressDisplay
{
    /// <summary>The width assumed when the terminal's cannot be read.</summary>
    public const int DefaultColumns = 80;

    /// <summary>Below this, a bar is not worth drawing: plain lines instead.</summary>
    public const int MinColumns = 20;

    private static readonly TimeSpan Interval = TimeSpan.FromMilliseconds(100);

    private readonly Lock _gate = new();
    private readonly IAnsiConsole _console;
    private readonly CliHost _host;
    private readonly ITimer _timer;
    private readonly Dictionary<ProgressItem, ProgressTask> _tasks = [];
    private readonly TaskCompletionSource _stop = new(TaskCreationOptions.RunContinuationsAsynchronously);
    private readonly int _columns;
    private ProgressLayout _layout;
    private int _longestName;
    private ProgressContext? _context;
    private Task? _run;
    private bool _stopped;
    private string? _drawn;

    public LiveProgressDisplay(CliHost host)
    {
        _host = host;
        _columns = host.Columns ?? DefaultColumns;
        _layout = ProgressLayout.For(_columns, 1);
        _console = AnsiConsole.Create(new AnsiConsoleSettings
        {
            Ansi = AnsiSupport.Yes,
            // The 16 standard colours read well on any background; NO_COLOR (no-color.org) turns them off.
            ColorSystem = host.Env("NO_COLOR") is null ? ColorSystemSupport.Standard : ColorSystemSupport.NoColors,
            Interactive = InteractionSupport.Yes,
            Out = new AnsiConsoleOutput(host.Error),
            Enrichment = new ProfileEnrichment { UseDefaultEnrichers = false },
        });
        _console.Profile.Width = _columns;
        _console.Profile.Height = host.Rows ?? 24;
        _timer = host.Time.CreateTimer(_ => Tick(), null, Interval, Interval);
    }

    protected override TimeProvider Time => _host.Time;

    public override void Line(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        lock (_gate)
        {
            if (_stopped)
            {
                _host.Error.WriteLine(ProgressText.Clean(text));
                return;
            }

            // Through Spectre, so that the live lines are moved down below it rather than written over.
            _console.Write(new NoteLine(ProgressText.Clean(text)));
        }
    }

    public override async Task StopAsync()
    {
        Task? run;
        lock (_gate)
        {
            if (_stopped)
                return;
            _stopped = true;
            _timer.Dispose();
            // The final frame: Spectre draws it when the run ends, then ends the line and shows the cursor. A
            // download faster than a tick gets its only frame here; a failure before any frame leaves nothing.
            if (_context is null && Items().Any(i => i.Snapshot().Finished))
                Begin();
            if (_context is not null)
                Sync();
            run = _run;
            _stop.TrySetResult();
        }

        if (run is not null)
            await run;
    }

    private void Tick()
    {
        lock (_gate)
        {
            if (_stopped)
                return;
            var items = Items();
            if (items.Count == 0)
                return;
            // Redraw when something shown changed: an item, the counters, or the seconds of a silence.
            var shown = string.Join('|', items.Select(i => i.Snapshot()).Select(s => $"{s.Version}:{s.Waiting}")) + "|" + Counters.Version;
            if (shown == _drawn)
                return;
            _drawn = shown;
            if (_context is null)
                Begin();
            Sync();
            _context!.Refresh();
        }
    }

    // Runs Spectre's progress until StopAsync: the context is ours to refresh on our clock, not Spectre's thread.
    private void Begin()
    {
        var progress = new Progress(_console, _host.Time)
        {
            AutoRefresh = false,
            AutoClear = false,
            HideCompleted = false,
            ExcludeVerticalPadding = true,
        };
        progress.Columns(new LiveNameColumn(() => _layout), new LiveBodyColumn(() => _layout));
        progress.UseRenderHook((renderable, _) => Counters.Text() is { } counters
            ? new Rows(new Text(ProgressText.Fit(ProgressText.Clean(counters), _columns - 1)), renderable)
            : renderable);
        _run = progress.StartAsync(context =>
        {
            _context = context;
            return _stop.Task;
        });
    }

    // Copies the items' state into Spectre's tasks; a longer name than any so far widens the name's column.
    private void Sync()
    {
        foreach (var item in Items())
        {
            var snapshot = item.Snapshot();
            if (!_tasks.TryGetValue(item, out var task))
            {
                task = _context!.AddTask(snapshot.Name.Length > 0 ? snapshot.Name : "-", autoStart: true, maxValue: 1);
                _tasks[item] = task;
            }

            var cells = ProgressText.Cells(snapshot.Name);
            if (cells > _longestName)
            {
                _longestName = cells;
                _layout = ProgressLayout.For(_columns, cells);
            }

            task.Tag = snapshot;
            task.IsIndeterminate = snapshot.Fraction is null;
            task.MaxValue = 1;
            task.Value = snapshot.Fraction ?? 0;
        }
    }

    /// <summary>One line said above the live display: the line it starts on is cleared first.</summary>
    private sealed class NoteLine(string text) : Renderable
    {
        protected override IEnumerable<Segment> Render(RenderOptions options, int maxWidth)
        {
            yield return Segment.Control("\u001b[2K");
            foreach (var segment in ((IRenderable)new Text(text)).Render(options, maxWidth))
                yield return segment;
            yield return Segment.LineBreak;
        }
    }
}
