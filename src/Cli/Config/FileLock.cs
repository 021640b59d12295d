namespace Lark.Cli.Config;

/// <summary>
/// A cross-process lock: a lock file opened with <see cref="FileShare.None"/> (on Unix, .NET takes an exclusive
/// advisory lock on it). Taken with a bounded wait on the injected clock; released on dispose.
/// </summary>
public sealed class FileLock : IAsyncDisposable
{
    private readonly FileStream _stream;

    private FileLock(FileStream stream) => _stream = stream;

    /// <summary>The lock file.</summary>
    public string Path => _stream.Name;

    /// <summary>Takes the lock on <paramref name="path"/>, retrying every 50 ms for up to <paramref name="timeout"/>.</summary>
    public static async Task<FileLock> AcquireAsync(string path, TimeProvider time, TimeSpan timeout, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(time);
        SecureFiles.EnsurePrivateDirectory(System.IO.Path.GetDirectoryName(path)!);
        var deadline = time.GetUtcNow() + timeout;
        while (true)
        {
            try
            {
                var options = new FileStreamOptions { Mode = FileMode.OpenOrCreate, Access = FileAccess.ReadWrite, Share = FileShare.None };
                if (!OperatingSystem.IsWindows())
                    options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
                return new FileLock(new FileStream(path, options));
            }
            catch (IOException) when (time.GetUtcNow() < deadline)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(50), time, cancellationToken);
            }
        }
    }

    /// <inheritdoc />
    public ValueTask DisposeAsync() => _stream.DisposeAsync();
}
