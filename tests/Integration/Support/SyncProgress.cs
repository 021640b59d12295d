namespace Lark.Resources.Integration.Support;

/// <summary>An <see cref="IProgress{T}"/> that runs its handler on the reporting thread, at once.</summary>
public sealed class SyncProgress<T>(Action<T> handler) : IProgress<T>
{
    public void Report(T value) => handler(value);
}

/// <summary>Progress of downloads, reported synchronously.</summary>
public sealed class SyncProgress(Action<Lark.Resources.Shell.DownloadProgress> handler) : IProgress<Lark.Resources.Shell.DownloadProgress>
{
    public void Report(Lark.Resources.Shell.DownloadProgress value) => handler(value);
}
