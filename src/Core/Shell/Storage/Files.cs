namespace Lark.Resources.Shell.Storage;

/// <summary>Small file operations the storage classes share.</summary>
internal static class Files
{
    /// <summary>Deletes a file, best effort: a leftover hidden file does no harm and is reused or replaced next time.</summary>
    public static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            // Best effort.
        }
    }

    /// <summary>
    /// Replaces <paramref name="path"/> with <paramref name="bytes"/> so that a crash at any instant leaves the old
    /// file or the new one, never half of either: a temporary file beside it, flushed to disk, then renamed over it.
    /// </summary>
    public static void ReplaceAtomically(string path, ReadOnlySpan<byte> bytes)
    {
        var temp = path + ".tmp";
        File.Delete(temp); // a link planted there is removed, not followed
        using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        {
            file.Write(bytes);
            file.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }
}
