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

    private SavedResourceStore(string path, SavedResourceIndex index, bool journalOnDisk)
    {
        _path = path;
        _journalPath = JournalPath(path);
        Index = index;
        _journalOnDisk = journalOnDisk;
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
        var store = new SavedResourceStore(path, journal is null ? index : index.Replay(journal), journal is not null);
        if (journal is not null)
            store.TryCompact(); // a run that did not end left its journal: fold it now
        return store;
    }

    /// <summary>Records a saved resource durably.</summary>
    public void Record(SavedResource saved)
    {
        lock (_gate)
        {
            try
            {
                _journal ??= OpenJournal();
                _journal.Write(SavedResourceIndex.JournalLine(saved));
                _journal.Flush(flushToDisk: true);
            }
            catch
            {
                // The stream may hold half a line; the next open starts a fresh line after it.
                _journal?.Dispose();
                _journal = null;
                throw;
            }

            Index = Index.With(saved);
        }
    }

    /// <summary>Writes the index whole and drops the journal, when there is one.</summary>
    public void Compact()
    {
        lock (_gate)
        {
            if (!_journalOnDisk)
                return;
            AtomicFile.Replace(_path, Index.ToJson());
            _journal?.Dispose();
            _journal = null;
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
        {
            _journal?.Dispose();
            _journal = null;
        }
    }

    private FileStream OpenJournal()
    {
        if (new FileInfo(_journalPath).LinkTarget is not null)
            throw new IOException($"{_journalPath} is a link, not the index's journal");
        var stream = new FileStream(_journalPath, FileMode.Append, FileAccess.Write, FileShare.Read);
        _journalOnDisk = true;
        // After a write cut short, the next line starts on its own.
        if (stream.Length > 0 && !EndsWithNewline(_journalPath))
            stream.Write("\n"u8);
        return stream;
    }

    private static bool EndsWithNewline(string path)
    {
        using var read = new FileStream(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite);
        read.Seek(-1, SeekOrigin.End);
        return read.ReadByte() == '\n';
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
