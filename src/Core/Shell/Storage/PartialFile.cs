using System.Buffers;
using System.Security.Cryptography;
using Lark.Resources.Rules.Download;
using Lark.Resources.Rules.Errors;
using Microsoft.Win32.SafeHandles;

namespace Lark.Resources.Shell.Storage;

/// <summary>
/// The hidden partial file of one resource in its target directory (<c>.&lt;key&gt;.lark-partial</c>), held
/// exclusively so two runs cannot write one partial. Bytes are written at the offsets a validated response proved, in
/// batches (one vectored write each), hashed as they arrive (<see cref="RunningHash"/>); the resume record beside it
/// is the <see cref="ResumeRecordStore"/>'s; the commit truncates to the proven size, flushes and moves the file into
/// place without replacing anything unless asked (<see cref="NoReplaceMove"/>).
/// </summary>
internal sealed class PartialFile : IDisposable
{
    private readonly SafeFileHandle _handle;
    private readonly ResumeRecordStore _records;
    private readonly RunningHash _hash = new();
    private readonly List<ReadOnlyMemory<byte>> _segments = [];
    private readonly Lock _writeGate = new();
    private bool _closed;
    private bool _committed;

    private PartialFile(string path, SafeFileHandle handle, ResumeRecordStore records, ResumeRecord? record)
    {
        Path = path;
        _handle = handle;
        _records = records;
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
        catch (LarkException)
        {
            throw;
        }
        catch (IOException e)
        {
            throw new LarkException(LarkFailure.LocalFile(
                Wording.Text($"another download of {fileKey} is running in {directory} (its partial file is locked)"),
                Wording.Text("Wait for it to finish, or download into another directory.")), e);
        }
        catch (UnauthorizedAccessException e)
        {
            throw new LarkException(LarkFailure.LocalFile(Wording.Text($"cannot write in {directory}: {e.Message}"), Wording.Text("Check the directory's permissions.")), e);
        }

        var records = new ResumeRecordStore(path + ".json");
        var loaded = records.Load();
        var record = loaded is not null && loaded.Accepts(messageId, fileKey, type, RandomAccess.GetLength(handle)) ? loaded : null;
        var partial = new PartialFile(path, handle, records, record);
        try
        {
            // Bytes resumed from an earlier run are read back once so the hash covers the whole file.
            if (record is not null)
                partial._hash.Prefix(handle, record.Verified);
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
            throw new LarkException(LarkFailure.LocalFile(
                Wording.Text($"{path} is a symbolic link (to {target}), not a partial download"),
                Wording.Of($"Remove it and {Term.RunAgain}.")));
        }
    }

    /// <summary>Throws away every byte (another version, or a restart at 0).</summary>
    public void Discard()
    {
        RandomAccess.SetLength(_handle, 0);
        _hash.Reset();
    }

    /// <summary>Writes a batch at <paramref name="offset"/> with one vectored write.</summary>
    public void Write(long offset, ReadOnlySequence<byte> bytes)
    {
        if (bytes.IsEmpty)
            return;
        // Parallel segments write concurrently: the segment list and the running hash are shared.
        lock (_writeGate)
        {
            _segments.Clear();
            foreach (var segment in bytes)
                _segments.Add(segment);
            RandomAccess.Write(_handle, _segments, offset);
            _hash.Written(offset, _segments, bytes.Length);
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
        _records.Save(record);
    }

    /// <summary>
    /// Makes the file visible as <paramref name="target"/>: truncate to <paramref name="size"/>, flush to disk,
    /// rename atomically. Without <paramref name="overwrite"/> the rename refuses to replace anything, even a file
    /// that appeared meanwhile. Returns the SHA-256.
    /// </summary>
    public string Commit(string target, long size, bool overwrite)
    {
        RandomAccess.SetLength(_handle, size);
        var sha = _hash.Finish(_handle, size);
        RandomAccess.FlushToDisk(_handle);
        // On Unix the file is renamed while still held, so no other run can open it between the flush and the rename.
        if (OperatingSystem.IsWindows())
            Close();
        if (!NoReplaceMove.TryMove(Path, target, overwrite))
            throw new LarkException(DownloadFailures.TargetExists(target, bytesKept: true, System.IO.Path.GetFileName(Path)));

        _committed = true;
        Close();
        NativeFiles.FlushDirectory(System.IO.Path.GetDirectoryName(target)!);
        _records.Delete();
        return sha;
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
        Files.TryDelete(Path);
        _records.Delete();
    }

    private void Close()
    {
        if (_closed)
            return;
        _closed = true;
        _handle.Dispose();
    }

    /// <inheritdoc />
    public void Dispose()
    {
        Close();
        _hash.Dispose();
    }
}
