using System.Buffers;
using System.Security.Cryptography;
using Lark.Resources.Rules.Download;
using Microsoft.Win32.SafeHandles;

namespace Lark.Resources.Shell.Storage;

/// <summary>
/// The hidden partial file of one resource in its target directory (<c>.&lt;key&gt;.lark-partial</c>) and its
/// state record. Bytes are written at the offsets a validated response proved, in batches (one vectored write per
/// batch), while SHA-256 is computed over bytes that arrive in order. It is held exclusively, so two runs cannot
/// write one partial. A commit truncates to the proven size, flushes to disk and renames atomically, refusing to
/// replace an existing file unless asked to.
/// </summary>
internal sealed class PartialFile : IDisposable
{
    private readonly SafeFileHandle _handle;
    private readonly string _recordPath;
    private const int MaxRecordBytes = 64 * 1024;
    private readonly IncrementalHash _hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
    private readonly List<ReadOnlyMemory<byte>> _segments = [];
    private readonly Lock _writeGate = new();
    private long _hashed;
    private bool _hashBroken;
    private bool _closed;
    private bool _committed;

    private PartialFile(string path, SafeFileHandle handle, ResumeRecord? record)
    {
        Path = path;
        _handle = handle;
        _recordPath = path + ".json";
        Record = record;
    }

    /// <summary>The hidden file's path.</summary>
    public string Path { get; }

    /// <summary>What an earlier run left, when it can be resumed.</summary>
    public ResumeRecord? Record { get; }

    /// <summary>The file name used for a resource's partial in a directory.</summary>
    public static string NameFor(string fileKey) =>
        "." + (fileKey.Length <= 180 ? fileKey : Convert.ToHexStringLower(SHA256.HashData(System.Text.Encoding.UTF8.GetBytes(fileKey)))) + ".lark-partial";

    /// <summary>Opens (or creates) the partial for a resource, loading a matching earlier record.</summary>
    public static PartialFile Open(string directory, string messageId, string fileKey, string type)
    {
        var path = System.IO.Path.Join(directory, NameFor(fileKey));
        SafeFileHandle handle;
        try
        {
            RefuseLink(path);
            handle = File.OpenHandle(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            // A link planted between the check and the open: the handle may point anywhere, so it is not used.
            if (new FileInfo(path).LinkTarget is not null)
            {
                handle.Dispose();
                RefuseLink(path);
            }
        }
        catch (LarkDownloadException)
        {
            throw;
        }
        catch (IOException e)
        {
            throw new LarkDownloadException(FailureKind.LocalFile, $"another download of {fileKey} is running in {directory} (its partial file is locked)",
                "Wait for it to finish, or download into another directory.", e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new LarkDownloadException(FailureKind.LocalFile, $"cannot write in {directory}: {e.Message}", "Check the directory's permissions.", e);
        }

        var partial = new PartialFile(path, handle, LoadRecord(path + ".json", messageId, fileKey, type, RandomAccess.GetLength(handle)));
        try
        {
            partial.HashExistingPrefix();
        }
        catch
        {
            partial.Dispose(); // the lock goes with the handle, now rather than at a finaliser's leisure
            throw;
        }

        return partial;
    }

    // The hidden names are ours: a symbolic link under one would make the download write wherever it points.
    private static void RefuseLink(string path)
    {
        if (new FileInfo(path).LinkTarget is { } target)
        {
            throw new LarkDownloadException(FailureKind.LocalFile, $"{path} is a symbolic link (to {target}), not a partial download",
                "Remove it and run the command again.");
        }
    }

    // Only a small regular file is read as a record: a link (to /dev/zero, a FIFO) or anything large is no record.
    private static ResumeRecord? LoadRecord(string recordPath, string messageId, string fileKey, string type, long length)
    {
        try
        {
            var info = new FileInfo(recordPath);
            if (!info.Exists || info.LinkTarget is not null || info.Length > MaxRecordBytes)
                return null;
            var record = ResumeRecord.FromJson(File.ReadAllBytes(recordPath));
            return record is not null && record.MessageId == messageId && record.FileKey == fileKey && record.Type == type
                && record.Verified > 0 && record.Verified <= length ? record : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    // Bytes resumed from an earlier run are read back once so the hash covers the whole file.
    private void HashExistingPrefix()
    {
        if (Record is not { } record)
            return;
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            while (_hashed < record.Verified)
            {
                var n = RandomAccess.Read(_handle, buffer.AsSpan(0, (int)Math.Min(buffer.Length, record.Verified - _hashed)), _hashed);
                if (n == 0)
                    break;
                _hash.AppendData(buffer, 0, n);
                _hashed += n;
            }
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    /// <summary>Throws away every byte (another version, or a restart at 0).</summary>
    public void Discard()
    {
        RandomAccess.SetLength(_handle, 0);
        ResetHash();
    }

    /// <summary>Writes a batch at <paramref name="offset"/> with one vectored write.</summary>
    public void Write(long offset, ReadOnlySequence<byte> bytes)
    {
        if (bytes.IsEmpty)
            return;
        // Parallel segments write concurrently: the segment list and the running hash are shared.
        lock (_writeGate)
            WriteLocked(offset, bytes);
    }

    private void WriteLocked(long offset, ReadOnlySequence<byte> bytes)
    {
        _segments.Clear();
        foreach (var segment in bytes)
            _segments.Add(segment);
        RandomAccess.Write(_handle, _segments, offset);
        if (!_hashBroken && offset == _hashed)
        {
            foreach (var segment in _segments)
                _hash.AppendData(segment.Span);
            _hashed += bytes.Length;
        }
        else
        {
            // Bytes rewritten out of order (after a rollback): the hash is recomputed from disk at the commit.
            _hashBroken = true;
        }
    }

    /// <summary>
    /// Keeps the state record for a later run, durably: the bytes it vouches for are flushed first, so after a
    /// crash a record never claims bytes the disk does not hold.
    /// </summary>
    public void SaveRecord(ResumeRecord record)
    {
        if (!_closed)
            RandomAccess.FlushToDisk(_handle);
        var temp = _recordPath + ".tmp";
        File.Delete(temp); // a link planted there is removed, not followed
        using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            file.Write(record.ToJson());
            file.Flush(flushToDisk: true);
        }

        File.Move(temp, _recordPath, overwrite: true);
    }

    /// <summary>
    /// Makes the file visible as <paramref name="target"/>: truncate to <paramref name="size"/>, flush to disk,
    /// rename atomically. Without <paramref name="overwrite"/> the rename refuses to replace anything, even a file
    /// that appeared meanwhile. Returns the SHA-256.
    /// </summary>
    public string Commit(string target, long size, bool overwrite)
    {
        RandomAccess.SetLength(_handle, size);
        var sha = _hashBroken || _hashed != size ? HashFromDisk(size) : Convert.ToHexStringLower(_hash.GetHashAndReset());
        RandomAccess.FlushToDisk(_handle);
        // On Unix the file is renamed while still held, so no other run can open it between the flush and the rename.
        if (OperatingSystem.IsWindows())
            Close();
        if (!MoveIntoPlace(target, overwrite))
        {
            throw new LarkDownloadException(FailureKind.TargetExists, $"{target} already exists; it was left untouched",
                "Pass --overwrite to replace it, or choose another name with --output. The downloaded bytes are kept hidden, so the next run finishes without downloading again.");
        }

        _committed = true;
        Close();
        NativeFiles.FlushDirectory(System.IO.Path.GetDirectoryName(target)!);
        TryDelete(_recordPath);
        return sha;
    }

    // Without overwrite the rename refuses to replace anything, atomically where the system allows (NativeFiles);
    // the last resort, .NET's no-overwrite move, checks and then renames.
    private bool MoveIntoPlace(string target, bool overwrite)
    {
        if (overwrite)
        {
            File.Move(Path, target, overwrite: true);
            return true;
        }

        switch (NativeFiles.MoveNoReplace(Path, target))
        {
            case NativeFiles.MoveOutcome.Moved:
                return true;
            case NativeFiles.MoveOutcome.TargetExists:
                return false;
        }

        try
        {
            File.Move(Path, target, overwrite: false);
            return true;
        }
        catch (IOException) when (File.Exists(target) || Directory.Exists(target))
        {
            return false;
        }
    }

    /// <summary>
    /// Lets go of the file without touching any path: for when the directory was swapped for a link, so that paths
    /// under it now lead elsewhere. The partial and its record stay where they really are.
    /// </summary>
    public void Release() => Close();

    /// <summary>Ends a failed or cancelled run: keeps the partial and its record when bytes were verified, else removes both.</summary>
    public void Abandon(ResumeRecord? record)
    {
        if (_committed)
            return; // the file is in place under its name: there is nothing to keep or remove
        if (record is { Verified: > 0 })
        {
            try
            {
                SaveRecord(record);
                Close();
                return;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                // Fall through: without a record the partial is useless.
            }
        }

        Close();
        TryDelete(Path);
        TryDelete(_recordPath);
    }

    private string HashFromDisk(long size)
    {
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var buffer = ArrayPool<byte>.Shared.Rent(1 << 20);
        try
        {
            for (long position = 0; position < size;)
            {
                var n = RandomAccess.Read(_handle, buffer.AsSpan(0, (int)Math.Min(buffer.Length, size - position)), position);
                if (n == 0)
                    break;
                hash.AppendData(buffer, 0, n);
                position += n;
            }

            return Convert.ToHexStringLower(hash.GetHashAndReset());
        }
        finally
        {
            ArrayPool<byte>.Shared.Return(buffer);
        }
    }

    private void ResetHash()
    {
        _hash.GetHashAndReset();
        _hashed = 0;
        _hashBroken = false;
    }

    private void Close()
    {
        if (_closed)
            return;
        _closed = true;
        _handle.Dispose();
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort: a leftover hidden file does no harm and is reused or replaced next time.
        }
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Close();
        _hash.Dispose();
    }
}
