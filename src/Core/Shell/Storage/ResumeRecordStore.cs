using Lark.Resources.Rules.Download;

namespace Lark.Resources.Shell.Storage;

/// <summary>
/// Where a partial file's <see cref="ResumeRecord"/> lives (<c>&lt;partial&gt;.json</c>): read only when it is a small
/// regular file, written through a temporary file, flushed and renamed, so that a crash never leaves a half record.
/// </summary>
internal sealed class ResumeRecordStore(string path)
{
    /// <summary>The record file's path.</summary>
    public string Path { get; } = path;

    /// <summary>The record, when there is one that can be read (a link, a large or damaged file is none).</summary>
    public ResumeRecord? Load()
    {
        try
        {
            var info = new FileInfo(Path);
            if (!info.Exists || info.LinkTarget is not null || info.Length > ResumeRecord.MaxBytes)
                return null;
            return ResumeRecord.FromJson(File.ReadAllBytes(Path));
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    /// <summary>Replaces the record durably (the caller flushed the bytes it vouches for first).</summary>
    public void Save(ResumeRecord record) => AtomicFile.Replace(Path, record.ToJson());

    /// <summary>Removes the record, best effort.</summary>
    public void Delete() => Files.TryDelete(Path);
}
