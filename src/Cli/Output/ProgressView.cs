using System.Globalization;
using System.Reactive.Linq;
using System.Reactive.Subjects;
using Lark.Resources.Shell;

namespace Lark.Cli.Output;

/// <summary>
/// Progress on standard error, fed from the download's progress stream through <c>Sample</c>: on a terminal a
/// redrawn bar with bytes, rate and time left; on a pipe or file no animation, only a plain line every few seconds
/// and one for each retry or restart.
/// </summary>
public sealed class ProgressView : IProgress<DownloadProgress>, IDisposable
{
    private readonly Subject<DownloadProgress> _snapshots = new();
    private readonly TextWriter _error;
    private readonly bool _terminal;
    private readonly string _label;
    private readonly IDisposable _subscription;
    private readonly Lock _gate = new();
    private bool _drawn;

    /// <summary>Starts rendering; <paramref name="label"/> names the download.</summary>
    public ProgressView(TextWriter error, bool terminal, string label, TimeProvider time)
    {
        _error = error ?? throw new ArgumentNullException(nameof(error));
        _terminal = terminal;
        _label = label;
        var scheduler = new TimeProviderScheduler(time);
        var interval = terminal ? TimeSpan.FromMilliseconds(150) : TimeSpan.FromSeconds(5);
        var notable = _snapshots.Where(p => p.Message is not null).Do(p => Line(p.Message!));
        _subscription = _snapshots.Where(p => p.Stage == DownloadStage.Receiving)
            .Sample(interval, scheduler)
            .Merge(notable.IgnoreElements())
            .Subscribe(Draw);
    }

    /// <inheritdoc />
    public void Report(DownloadProgress value) => _snapshots.OnNext(value);

    /// <summary>Clears the bar before the result is printed.</summary>
    public void Finish()
    {
        lock (_gate)
        {
            if (_terminal && _drawn)
                _error.Write("\r\u001b[2K");
            _drawn = false;
        }
    }

    private void Draw(DownloadProgress p)
    {
        lock (_gate)
        {
            if (_terminal)
            {
                _error.Write("\r\u001b[2K" + Format(p, bar: true));
                _drawn = true;
            }
            else
            {
                _error.WriteLine(Format(p, bar: false));
            }
        }
    }

    private void Line(string message)
    {
        lock (_gate)
        {
            if (_terminal && _drawn)
                _error.Write("\r\u001b[2K");
            _drawn = false;
            _error.WriteLine($"{_label}: {message}");
        }
    }

    private string Format(DownloadProgress p, bool bar)
    {
        var done = Size(p.BytesDone);
        var rate = Size((long)p.BytesPerSecond) + "/s";
        if (p.TotalBytes is not { } total || p.Fraction is not { } fraction)
            return $"{_label}  {done}  {rate}";
        var percent = (fraction * 100).ToString("0", CultureInfo.InvariantCulture).PadLeft(3);
        var left = p.BytesPerSecond > 0 ? TimeSpan.FromSeconds((total - p.BytesDone) / p.BytesPerSecond) : (TimeSpan?)null;
        var eta = left is { } l ? $"  {(int)l.TotalMinutes}:{l.Seconds:00} left" : "";
        var barText = bar ? $" [{new string('#', (int)(fraction * 24)).PadRight(24, '-')}]" : "";
        return $"{_label} {percent}%{barText}  {done} / {Size(total)}  {rate}{eta}";
    }

    private static string Size(long bytes) => bytes switch
    {
        >= 1 << 30 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1 << 30):0.0} GiB"),
        >= 1 << 20 => string.Create(CultureInfo.InvariantCulture, $"{bytes / (double)(1 << 20):0.0} MiB"),
        >= 1 << 10 => string.Create(CultureInfo.InvariantCulture, $"{bytes / 1024.0:0.0} KiB"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{bytes} B"),
    };

    /// <inheritdoc />
    public void Dispose()
    {
        _subscription.Dispose();
        _snapshots.Dispose();
    }
}
