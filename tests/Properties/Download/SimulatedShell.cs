using Lark.Resources.Rules.Download;

namespace Lark.Resources.Properties.Download;

/// <summary>
/// A pure stand-in for the imperative shell: performs the machine's commands against a
/// <see cref="SimulatedServer"/> and an in-memory "disk", the way the real shell does against HTTP and a file.
/// </summary>
internal static class SimulatedShell
{
    public sealed record Run(DownloadCommand Final, byte[] Disk, int Requests, int TokenRefreshes, IReadOnlyList<DownloadCommand> Commands);

    public static Run Drive(DownloadSpec spec, SimulatedServer server, byte[]? partial = null, long? partialTotal = null, int chunkReads = 3)
    {
        var disk = new List<byte>(partial ?? []);
        var transition = DownloadMachine.Start(spec, partial?.Length ?? 0, partialTotal);
        var commands = new List<DownloadCommand>();
        var refreshes = 0;
        var context = new StepContext(new DateTimeOffset(2026, 11, 25, 0, 0, 0, TimeSpan.Zero), 0.5);
        for (var guard = 0; guard < 10_000; guard++)
        {
            var command = transition.Command;
            commands.Add(command);
            switch (command)
            {
                case DownloadCommand.Send send:
                    if (send.DiscardPartial)
                        disk.Clear();
                    var (head, body, drop) = server.Answer(send.Range);
                    transition = DownloadMachine.Step(transition.State, head, context);
                    if (transition.Command is DownloadCommand.Receive receive)
                    {
                        commands.Add(receive);
                        transition = Stream(transition, receive, body, drop, disk, context);
                    }

                    break;
                case DownloadCommand.Wait:
                    transition = DownloadMachine.Step(transition.State, new DownloadEvent.WaitElapsed(), context);
                    break;
                case DownloadCommand.RefreshToken:
                    refreshes++;
                    transition = DownloadMachine.Step(transition.State, new DownloadEvent.TokenRefreshed(), context);
                    break;
                case DownloadCommand.Commit commit:
                    // The real shell truncates to the proven size before the rename.
                    var file = disk.Take((int)commit.Size).ToArray();
                    return new Run(command, file.Length == commit.Size ? file : [.. file, .. new byte[commit.Size - file.Length]], server.Requests, refreshes, commands);
                case DownloadCommand.SegmentDone:
                    return new Run(command, [.. disk], server.Requests, refreshes, commands);
                case DownloadCommand.Fail:
                    return new Run(command, [.. disk], server.Requests, refreshes, commands);
                default:
                    throw new InvalidOperationException($"unexpected command {command}");
            }
        }

        throw new InvalidOperationException("the machine did not finish");
    }

    // Writes only inside the window the machine allowed, in a few reads, like a socket would deliver it.
    private static Transition Stream(Transition transition, DownloadCommand.Receive receive, byte[] body, bool drop, List<byte> disk, StepContext context)
    {
        var position = 0;
        var written = 0L;
        var read = Math.Max(1, (body.Length / 3) + 1);
        while (position < body.Length)
        {
            var n = Math.Min(read, body.Length - position);
            var allowed = receive.Length is { } max ? (int)Math.Clamp(max - written, 0, n) : n;
            WriteAt(disk, receive.Offset + written, body.AsSpan(position, allowed));
            written += allowed;
            position += n;
            transition = DownloadMachine.Step(transition.State, new DownloadEvent.BodyReceived(n), context);
            if (transition.Command is not DownloadCommand.KeepReceiving)
                return transition;
        }

        return DownloadMachine.Step(transition.State, drop ? new DownloadEvent.TransportFailed("connection reset") : new DownloadEvent.BodyEnded(), context);
    }

    private static void WriteAt(List<byte> disk, long offset, ReadOnlySpan<byte> bytes)
    {
        while (disk.Count < offset)
            disk.Add(0);
        for (var i = 0; i < bytes.Length; i++)
        {
            var at = (int)offset + i;
            if (at < disk.Count)
                disk[at] = bytes[i];
            else
                disk.Add(bytes[i]);
        }
    }
}
