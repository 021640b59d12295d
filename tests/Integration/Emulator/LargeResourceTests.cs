using System.Buffers;
using System.Security.Cryptography;
using Lark.Emulator;
using Lark.Emulator.Content;
using Lark.Emulator.Fixtures;

namespace Lark.Resources.Integration.Emulator;

[Collection(SerialGroup.Name)]
public sealed class LargeResourceTests
{
    private const long Size = 100L * 1024 * 1024;
    private const long Seed = 100;

    [Fact]
    public async Task A_100_MB_generated_resource_streams_in_constant_memory_and_matches_its_sha256()
    {
        var fixture = DemoData.Fixture;
        fixture.Resources.Add(new FixtureResource { MessageId = DemoData.LargeFileMessageId, FileKey = "file_v3_huge", Seed = Seed, Size = Size, FileName = "huge.bin" });
        await using var h = await EmulatorHarness.StartAsync(new EmulatorOptions { Fixture = fixture });
        var token = await h.TenantTokenAsync();
        var expected = ResourceBytes.ComputeSha256(Seed, Size);

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var allocatedBefore = GC.GetTotalAllocatedBytes(precise: true);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        long received = 0;
        using (var response = await h.GetAsync(EmulatorHarness.ResourcePath(DemoData.LargeFileMessageId, "file_v3_huge", "file"), token, completion: HttpCompletionOption.ResponseHeadersRead))
        {
            Assert.Equal(Size, response.Content.Headers.ContentLength);
            await using var stream = await response.Content.ReadAsStreamAsync();
            var buffer = ArrayPool<byte>.Shared.Rent(81920);
            int n;
            while ((n = await stream.ReadAsync(buffer)) > 0)
            {
                hash.AppendData(buffer, 0, n);
                received += n;
            }

            ArrayPool<byte>.Shared.Return(buffer);
        }

        var allocated = GC.GetTotalAllocatedBytes(precise: true) - allocatedBefore;
        var after = GC.GetTotalMemory(forceFullCollection: true);
        Assert.Equal(Size, received);
        Assert.Equal(expected, hash.GetHashAndReset());
        // Server and client share this process: a server that buffered the body would allocate 100 MB.
        Assert.True(allocated < 16L * 1024 * 1024, $"allocated {allocated:N0} bytes while streaming");
        Assert.True(Math.Abs(after - before) < 4L * 1024 * 1024, $"managed heap moved from {before:N0} to {after:N0}");
    }
}
