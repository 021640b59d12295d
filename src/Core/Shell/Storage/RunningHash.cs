using System.Buffers;
using System.Security.Cryptography;
using Microsoft.Win32.SafeHandles;

namespace Lark.Resources.Shell.Storage;

/// <summary>
/// The SHA-256 of a partial file, computed while bytes are written in order. Bytes written out of order (after a
/// rollback, or by parallel segments) break the run; the hash is then read back from disk at the commit.
/// </summary>
internal sealed class RunningHash : IDisposable
{
    private const int ReadBuffer = 1 << 20;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private long _hashed;
    private bool _broken;

    /// <summary>Feeds bytes written at <paramref name="offset"/>: kept when they continue the run, else the run breaks.</summary>
    public void Written(long offset, IReadOnlyList<ReadOnlyMemory<byte>> segments, long length)
    {
        if (!_broken && offset == _hashed)
        {
            foreach (var segment in segments)
                _hash.AppendData(segment.Span);
            _hashed += length;
        }
        else
        {
            _broken = true;
        }
    }

    /// <summary>Hashes the first <paramref name="length"/> bytes already in <paramref name="file"/> (a resumed prefix).</summary>
    public void Prefix(SafeFileHandle file, long length)
    {
        Reset();
        _hashed = Read(file, length, _hash);
    }

    /// <summary>Starts again from nothing (the bytes were discarded).</summary>
    public void Reset()
    {
        _hash.GetHashAndReset();
        _hashed = 0;
        _broken = false;
    }

    /// <summary>The hex SHA-256 of the file's first <paramref name="size"/> bytes: from the run, else read from disk.</summary>
    public string Finish(SafeFileHandle file, long size)
    {
        if (!_broken && _hashed == size)
            return Convert.ToHexStringLower(_hash.GetHashAndReset());
        using var fromDisk = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        Read(file, size, fromDisk);
        return Convert.ToHexStringLower(fromDisk.GetHashAndReset());
    }

    private static long Read(SafeFileHandle file, long length, IncrementalHash into)
    {
        var buffer = ArrayPool<byte>.Shared.Rent(ReadBuffer);
        try
        {
            long position = 0;
            while (position < length)
            {
                var n = RandomAccess.Read(file, buffer.AsSpan(0, (int)Math.Min(buffer.Length, length - position)), position);
                if (n == 0)
                    break;
                into.AppendData(buffer, 0, n);
                position += n;
            }

            return position;
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <inheritdoc />
    public void Dispose() => _hash.Dispose();
}
