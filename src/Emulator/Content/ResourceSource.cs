using Lark.Emulator.Fixtures;

namespace Lark.Emulator.Content;

/// <summary>Random access to a resource's bytes without holding them all in memory.</summary>
internal abstract class ResourceSource
{
    public abstract long Length { get; }

    /// <summary>Reads exactly <paramref name="destination"/>.Length bytes at <paramref name="offset"/> (the caller stays inside <see cref="Length"/>).</summary>
    public abstract ValueTask ReadAsync(long offset, Memory<byte> destination, CancellationToken ct);

    public static ResourceSource For(FixtureResource resource)
    {
        if (resource.Path is { } path)
        {
            return new FileSource(path);
        }

        if (resource.Base64 is { } base64)
        {
            return new InlineSource(Convert.FromBase64String(base64));
        }

        return new SeededSource(resource.Seed ?? 0, resource.Size);
    }

    /// <summary>Bytes already in memory, such as a JSON answer.</summary>
    public static ResourceSource FromBytes(byte[] bytes) => new InlineSource(bytes);

    private sealed class SeededSource(long seed, long length) : ResourceSource
    {
        public override long Length => length;

        public override ValueTask ReadAsync(long offset, Memory<byte> destination, CancellationToken ct)
        {
            ResourceBytes.Fill(seed, offset, destination.Span);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class InlineSource(byte[] bytes) : ResourceSource
    {
        public override long Length => bytes.Length;

        public override ValueTask ReadAsync(long offset, Memory<byte> destination, CancellationToken ct)
        {
            bytes.AsMemory((int)offset, destination.Length).CopyTo(destination);
            return ValueTask.CompletedTask;
        }
    }

    private sealed class FileSource(string path) : ResourceSource
    {
        // The length is read per request so a file replaced on disk is served as it is now.
        public override long Length => new FileInfo(path).Length;

        public override async ValueTask ReadAsync(long offset, Memory<byte> destination, CancellationToken ct)
        {
            using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, FileOptions.Asynchronous);
            var done = 0;
            while (done < destination.Length)
            {
                var n = await RandomAccess.ReadAsync(handle, destination[done..], offset + done, ct);
                if (n == 0)
                {
                    throw new IOException($"{path} became shorter while it was served.");
                }

                done += n;
            }
        }
    }
}
