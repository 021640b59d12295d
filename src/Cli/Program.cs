using System.Runtime.InteropServices;
using Lark.Cli;
using Lark.Cli.Hosting;

// Ctrl-C and SIGTERM cancel the command; it cleans up (nothing under the target name) and exits 130.
using var cancel = new CancellationTokenSource();
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, context =>
{
    context.Cancel = true;
    cancel.Cancel();
});
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, context =>
{
    context.Cancel = true;
    cancel.Cancel();
});
return await CliApp.RunAsync(args, CliHost.FromProcess(), cancel.Token);
