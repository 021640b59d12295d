using System.Reactive.Concurrency;
using System.Reactive.Disposables;

namespace Lark.Cli.Output;

/// <summary>
/// An Rx scheduler on a <see cref="TimeProvider"/>, so that time-based operators (<c>Sample</c>, <c>Throttle</c>)
/// over download progress run on the same clock as the download, and on a fake one in tests.
/// </summary>
/// <param name="time">The clock.</param>
internal sealed class TimeProviderScheduler(TimeProvider time) : LocalScheduler
{
    /// <inheritdoc />
    public override DateTimeOffset Now => time.GetUtcNow();

    /// <inheritdoc />
    public override IDisposable Schedule<TState>(TState state, TimeSpan dueTime, Func<IScheduler, TState, IDisposable> action)
    {
        ArgumentNullException.ThrowIfNull(action);
        var result = new SingleAssignmentDisposable();
        var timer = time.CreateTimer(_ =>
        {
            if (!result.IsDisposed)
                result.Disposable = action(this, state);
        }, null, Normalize(dueTime), Timeout.InfiniteTimeSpan);
        return new CompositeDisposable(timer, result);
    }

    private static TimeSpan Normalize(TimeSpan dueTime) => dueTime < TimeSpan.Zero ? TimeSpan.Zero : dueTime;
}
