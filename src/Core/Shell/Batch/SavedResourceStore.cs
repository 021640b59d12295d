using Lark.Resources.Rules.Batch;
using Lark.Resources.Shell.Storage;

namespace Lark.Resources.Shell.Batch;

/// <summary>
/// The batch directory's <see cref="SavedResourceIndex"/> on disk: a snapshot (replaced atomically: temporary file,
/// flush, rename) and a journal beside it that gets one flushed line per saved resource. A crash at any instant leaves
/// both true; the next open folds the journal into the snapshot, and so does <see cref="Compact"/> when a batch ends.
/// Appending keeps each save's cost flat, where replacing the whole index per save wrote O(n²) bytes over a run.
/// </summary>
internal sealed class SavedResourceStore : IDisposable
{
    private readonly string _path;
    private readonly string _journalPath;
    private readonly Lock _gate = new();
    private FileStream? _journal;
    private bool _journalOnDisk;

    // A journal that is there but could not be read is never appended to or deleted: its lines would be lost. The
    // store then replaces the whole snapshot per save, as it did before it kept a journal.
    private readonly bool _journalUnread;

    private SavedResourceStore(string path, SavedResourceIndex index, bool journalOnDisk, bool journalUnread)
    {
        _path = path;
        _journalPath = JournalPath(path);
        Index = index;
        _journalOnDisk = journalOnDisk;
        _journalUnread = journalUnread;
    }

    /// <summary>The index as it stands.</summary>
    public SavedResourceIndex Index { get; private set; }

    /// <summary>Where the journal of the index at <paramref name="path"/> lives.</summary>
    public static string JournalPath(string path) => path + ".journal";

    /// <summary>Opens the index at <paramref name="path"/> with its journal; a missing, unreadable or damaged one is empty.</summary>
    public static SavedResourceStore Open(string path)
    {
        var index = Read(path) is { } snapshot ? SavedResourceIndex.FromJson(snapshot) : SavedResourceIndex.Empty;
        var journal = Read(JournalPath(path));
        var unread = journal is null && Exists(JournalPath(path));
        var store = new SavedResourceStore(path, journal is null ? index : index.Replay(journal), journal is not null, unread);
        if (journal is not null)
            store.TryCompact(); // a run that did not end left its journal: fold it now
        return store;
    }

    /// <summary>Records a saved resource durably.</summary>
    public void Record(SavedResource saved)
    {
        lock (_gate)
        {
            var next = Index.With(saved);
            if (_journalUnread)
                AtomicFile.Replace(_path, next.ToJson());
            else
                Append(SavedResourceIndex.JournalLine(saved));
            Index = next;
        }
    }

    /// <summary>Writes the index whole and drops the journal, when there is one.</summary>
    public void Compact()
    {
        lock (_gate)
        {
            if (!_journalOnDisk || _journalUnread)
                return;
            CloseJournal();
            // What reached the journal counts even if its save reported a failure (the flush to disk did, not the write).
            if (Read(_journalPath) is { } journal)
                Index = Index.Replay(journal);
            AtomicFile.Replace(_path, Index.ToJson());
            // The rename must be on disk before the journal it replaces is gone.
            NativeFiles.FlushDirectory(Path.GetDirectoryName(Path.GetFullPath(_path))!);
            File.Delete(_journalPath);
            _journalOnDisk = false;
        }
    }

    /// <summary><see cref="Compact"/>, leaving the journal for the next open when the directory refuses.</summary>
    public void TryCompact()
    {
        try
        {
            Compact();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // The journal stays true; the next open folds it.
        }
    }

    public void Dispose()
    {
        lock (_gate)
            CloseJournal();
    }

    private void Append(byte[] line)
    {
        try
        {
            _journal ??= OpenJournal();
            // Another run in the same directory may have appended since: write at the end, not over its lines.
            _journal.Seek(0, SeekOrigin.End);
            _journal.Write(line);
            _journal.Flush(flushToDisk: true);
        }
        catch
        {
            // The file may now end in half a line; the next open starts a fresh line after it.
            CloseJournal();
            throw;
        }
    }

    // Unbuffered, so a failed write leaves nothing behind in memory to be written later; closing never throws.
    private void CloseJournal()
    {
        var journal = _journal;
        _journal = null;
        try
        {
            journal?.Dispose();
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Nothing is buffered; the handle is gone either way.
        }
    }

    private FileStream OpenJournal()
    {
        if (new FileInfo(_journalPath).LinkTarget is not null)
            throw new IOException($"{_journalPath} is a link, not the index's journal");
        var stream = new FileStream(_journalPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.ReadWrite | FileShare.Delete, bufferSize: 0);
        try
        {
            _journalOnDisk = true;
            // After a write cut short, the next line starts on its own.
            if (stream.Length > 0)
            {
                stream.Seek(-1, SeekOrigin.End);
                if (stream.ReadByte() != '\n')
                    stream.Write("\n"u8);
            }

            return stream;
        }
        catch
        {
            stream.Dispose();
            throw;
        }
    }

    private static bool Exists(string path)
    {
        try
        {
            return File.Exists(path) || new FileInfo(path).LinkTarget is not null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return true;
        }
    }

    // The bytes of a regular file of at most the index's size; none when missing, a link, too large or unreadable.
    private static byte[]? Read(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists && info.LinkTarget is null && info.Length <= SavedResourceIndex.MaxBytes ? File.ReadAllBytes(path) : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }
}
