namespace Lark.Emulator.Hosting;

/// <summary>
/// A host lifetime that neither listens for Ctrl-C nor prints anything: several emulators can run in one
/// test process, and the program handles signals itself.
/// </summary>
internal sealed class QuietLifetime : IHostLifetime
{
    public Task WaitForStartAsync(CancellationToken cancellationToken) => Task.CompletedTask;

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
