using Lark.Resources.Shell;

namespace Lark.Cli.Output;

/// <summary>
/// One download's progress onto a <see cref="ProgressItem"/>: bytes, total and rate; the file's name once the result
/// has it; the library's retry and restart messages as lines; and, for each stage, what a silence means (the server,
/// a token) so that a wait over a second never goes unexplained.
/// </summary>
public sealed class DownloadProgressFeed : IProgress<DownloadProgress>
{
    private readonly ProgressDisplay _display;
    private readonly string _server;

    /// <summary>Feeds <paramref name="item"/> on <paramref name="display"/>; <paramref name="server"/> names the host waited for.</summary>
    public DownloadProgressFeed(ProgressDisplay display, ProgressItem item, string server)
    {
        _display = display ?? throw new ArgumentNullException(nameof(display));
        Item = item ?? throw new ArgumentNullException(nameof(item));
        _server = server;
        // Before the first snapshot the library is getting a token or waiting for the first answer.
        Item.Expect(WaitingFor(DownloadStage.Requesting));
    }

    /// <summary>The item fed.</summary>
    public ProgressItem Item { get; }

    /// <inheritdoc />
    public void Report(DownloadProgress value)
    {
        ArgumentNullException.ThrowIfNull(value);
        if (value.Message is { } message)
            _display.Line($"{Item.Name}: {message}");
        if (value is { Stage: DownloadStage.Completed, Result: { } result })
        {
            Item.Rename(Path.GetFileName(result.SavedPath));
            Item.Complete(result.SizeBytes);
            return;
        }

        // The file's own name as soon as the first answer says it, rather than its key until the end.
        if (value.FileName is { Length: > 0 } name && name != Item.Name)
            Item.Rename(name);
        Item.Expect(WaitingFor(value.Stage));
        Item.Update(value.BytesDone, value.TotalBytes, value.BytesPerSecond);
    }

    private string? WaitingFor(DownloadStage stage) => stage switch
    {
        DownloadStage.Retrying => null, // the retry's line already said why and for how long
        DownloadStage.RefreshingToken => $"waiting for a token from {_server}",
        DownloadStage.Committing => "saving",
        DownloadStage.Completed => null,
        _ => $"waiting for {_server}",
    };
}
