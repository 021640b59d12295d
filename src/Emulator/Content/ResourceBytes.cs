using System.Buffers;
using System.Buffers.Binary;
using System.Security.Cryptography;

namespace Lark.Emulator.Content;

/// <summary>
/// Deterministic bytes for generated resources: byte <c>p</c> of a resource with seed <c>s</c> is byte
/// <c>p % 8</c> (little-endian) of SplitMix64(<c>s</c>, <c>p / 8</c>). Any range can be produced without
/// the bytes before it, so tests can compute expected bytes for any offset.
/// </summary>
public static class ResourceBytes
{
    private const int HashBufferSize = 64 * 1024;

    /// <summary>Fills <paramref name="destination"/> with the bytes at <paramref name="offset"/>… of the resource with <paramref name="seed"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="offset"/> is negative.</exception>
    public static void Fill(long seed, long offset, Span<byte> destination)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(offset);
        Span<byte> block = stackalloc byte[8];
        var position = offset;
        var written = 0;
        while (written < destination.Length)
        {
            var blockIndex = position >> 3;
            var within = (int)(position & 7);
            BinaryPrimitives.WriteUInt64LittleEndian(block, Mix(seed, blockIndex));
            var take = Math.Min(8 - within, destination.Length - written);
            block.Slice(within, take).CopyTo(destination[written..]);
            written += take;
            position += take;
        }
    }

    /// <summary>Returns <paramref name="length"/> bytes at <paramref name="offset"/> as a new array (for small tests).</summary>
    public static byte[] Get(long seed, long offset, int length)
    {
        var bytes = new byte[length];
        Fill(seed, offset, bytes);
        return bytes;
    }

    /// <summary>SHA-256 of the first <paramref name="size"/> bytes of the resource with <paramref name="seed"/>, in constant memory.</summary>
    public static byte[] ComputeSha256(long seed, long size)
    {
        ArgumentOutOfRangeException.ThrowIfNegative(size);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(HashBufferSize);
        try
        {
            for (long offset = 0; offset < size; offset += HashBufferSize)
            {
                var length = (int)Math.Min(HashBufferSize, size - offset);
                Fill(seed, offset, buffer.AsSpan(0, length));
                hash.AppendData(buffer, 0, length);
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }

        return hash.GetHashAndReset();
    }

    // SplitMix64 (Steele, Lea, Flood 2014) evaluated at position blockIndex of the stream seeded by seed.
    private static ulong Mix(long seed, long blockIndex)
    {
        var z = unchecked((ulong)seed + ((ulong)blockIndex + 1) * 0x9E3779B97F4A7C15UL);
        z = unchecked((z ^ (z >> 30)) * 0xBF58476D1CE4E5B9UL);
        z = unchecked((z ^ (z >> 27)) * 0x94D049BB133111EBUL);
        return z ^ (z >> 31);
    }
}
