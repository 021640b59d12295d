using Lark.Resources.Rules.Batch;
using Lark.Resources.Shell.Storage;

namespace Lark.Resources.Shell.Batch;

/// <summary>
/// The batch directory's <see cref="SavedResourceIndex"/> on disk: read once, replaced atomically (temporary file,
/// flush, rename) after each saved resource, so a crash at any instant leaves an index that is true.
/// </summary>
internal sealed class SavedResourceStore
{
    private readonly string _path;
    private readonly Lock _gate = new();

    private SavedResourceStore(string path, SavedResourceIndex index)
    {
        _path = path;
        Index = index;
    }

    /// <summary>The index as it stands.</summary>
    public SavedResourceIndex Index { get; private set; }

    /// <summary>Opens the index at <paramref name="path"/>; a missing, unreadable or damaged one is empty.</summary>
    public static SavedResourceStore Open(string path)
    {
        try
        {
            var info = new FileInfo(path);
            var index = info.Exists && info.LinkTarget is null && info.Length <= SavedResourceIndex.MaxBytes
                ? SavedResourceIndex.FromJson(File.ReadAllBytes(path))
                : SavedResourceIndex.Empty;
            return new SavedResourceStore(path, index);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return new SavedResourceStore(path, SavedResourceIndex.Empty);
        }
    }

    /// <summary>Records a saved resource durably.</summary>
    public void Record(SavedResource saved)
    {
        lock (_gate)
        {
            var next = Index.With(saved);
            AtomicFile.Replace(_path, next.ToJson());
            Index = next;
        }
    }
}
