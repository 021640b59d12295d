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

    // Sequential or in parallel segments, a run either ends in the right file, or in a clean error with nothing under
    // the target name, after which a run against a healthy server finishes the file (resuming what was verified).
    [Property(MaxTest = 40)]
    public Property Random_fault_sequences_end_in_the_right_file_or_a_clean_error_and_a_rerun_finishes() =>
        Prop.ForAll(Faults.ArrayOf().Select(a => a.Take(8).ToArray()).ToArbitrary(), Gen.Elements(1, 3).ToArbitrary(), async (script, concurrency) =>
        {
            _h.Emulator.Faults.Clear();
            foreach (var rule in script)
                _h.Emulator.Faults.Add(rule);
            var name = $"run-{Guid.NewGuid():N}.bin";
            var request = _h.Request(DemoData.SmallFileMessageId, DemoData.SmallFileKey, "file", output: name, plan: SmallPlan) with { Concurrency = concurrency };
            var expected = Expected.Sha(DemoData.SmallFileSeed, DemoData.SmallFileSize);
            try
            {
                var result = await _h.Client.DownloadAsync(request);
                return result.Sha256 == expected && Expected.FileSha(result.SavedPath) == expected;
            }
            catch (LarkException e)
            {
                if (File.Exists(_h.Directory.File(name)) || e.Hint.Length == 0)
                    return false;
                _h.Emulator.Faults.Clear();
                var rerun = await _h.Client.DownloadAsync(request);
                return rerun.Sha256 == expected && Expected.FileSha(rerun.SavedPath) == expected
                    && !_h.Directory.Entries().Any(entry => entry.EndsWith(".lark-partial", StringComparison.Ordinal));
            }
        });
}
