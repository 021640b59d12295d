using FsCheck;
using FsCheck.Fluent;
using FsCheck.Xunit;
using Lark.Emulator.Faults;
using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;
using Lark.Resources.Rules.Ranges;
using Lark.Resources.Shell;

namespace Lark.Resources.Integration.Shell;

/// <summary>
/// The model test over the wire: random sequences of server faults, injected into the real emulator, against the
/// real engine. Every run must end in the right file, or in a clean error with nothing under the target name.
/// </summary>
public sealed class DownloadModelTests : IAsyncLifetime
{
    private static readonly ChunkPlanOptions SmallPlan = new() { ProbeSize = 700, ChunkSize = 1500 };
    private EngineHarness _h = null!;

    public async Task InitializeAsync() => _h = await EngineHarness.StartAsync();

    public async Task DisposeAsync() => await _h.DisposeAsync();

    private static readonly Gen<FaultRule> Faults =
        from kind in Gen.Elements(Enum.GetValues<FaultKind>().Where(k => k != FaultKind.Stall).ToArray())
        from bytes in Gen.Choose(-300, 1200)
        from status in Gen.Elements(500, 502, 503, 429)
        select new FaultRule
        {
            FileKey = DemoData.SmallFileKey,
            Kind = kind,
            Count = 1,
            Bytes = kind switch
            {
                FaultKind.DropConnection or FaultKind.ShortRange or FaultKind.LongBody or FaultKind.WrongTotal => Math.Abs(bytes) + 1,
                _ => bytes == 0 ? 1 : bytes,
            },
            StatusCode = status,
        };

    [Property(MaxTest = 40)]
    public Property Random_fault_sequences_end_in_the_right_file_or_a_clean_error() =>
        Prop.ForAll(Faults.ArrayOf().Select(a => a.Take(8).ToArray()).ToArbitrary(), async script =>
        {
            _h.Emulator.Faults.Clear();
            foreach (var rule in script)
                _h.Emulator.Faults.Add(rule);
            var name = $"run-{Guid.NewGuid():N}.bin";
            try
            {
                var result = await _h.Client.DownloadAsync(_h.Request(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file", output: name, plan: SmallPlan));
                return result.Sha256 == Expected.Sha(DemoData.SmallFileSeed, DemoData.SmallFileSize)
                    && Expected.FileSha(result.SavedPath) == result.Sha256;
            }
            catch (LarkDownloadException e)
            {
                return !File.Exists(_h.Directory.File(name)) && e.Hint.Length > 0;
            }
        });
}
