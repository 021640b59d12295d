using System.Buffers;

namespace Lark.Emulator.Content;

/// <summary>Streams part of a resource in 64 KiB buffers, optionally throttled to a byte rate.</summary>
internal static class BodyWriter
{
    private const int BufferSize = 64 * 1024;

    /// <summary>
    /// Writes <paramref name="count"/> bytes starting at <paramref name="offset"/>; positions past the
    /// source's end (for the "longer body" fault) are written as zeros.
    /// </summary>
    public static async Task WriteAsync(
        Stream destination, ResourceSource source, long offset, long count,
        long bytesPerSecond, TimeProvider time, CancellationToken ct)
    {
        var throttled = bytesPerSecond > 0;
        var chunk = throttled ? (int)Math.Clamp(bytesPerSecond / 10, 1, BufferSize) : BufferSize;
        var buffer = ArrayPool<byte>.Shared.Rent(chunk);
        var started = time.GetTimestamp();
        var sourceLength = source.Length;
        try
        {
            long sent = 0;
            while (sent < count)
            {
                var n = (int)Math.Min(chunk, count - sent);
                var position = offset + sent;
                var fromSource = (int)Math.Clamp(sourceLength - position, 0, n);
                if (fromSource > 0)
                {
                    await source.ReadAsync(position, buffer.AsMemory(0, fromSource), ct);
                }

                buffer.AsSpan(fromSource, n - fromSource).Clear();
                await destination.WriteAsync(buffer.AsMemory(0, n), ct);
                sent += n;

                if (throttled)
                {
                    // Sleep until the bytes sent so far fit the rate since the body started.
                    var due = TimeSpan.FromSeconds((double)sent / bytesPerSecond);
                    var wait = due - time.GetElapsedTime(started);
                    if (wait > TimeSpan.Zero)
                    {
                        await destination.FlushAsync(ct);
                        await Task.Delay(wait, time, ct);
                    }
                }
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }
}
