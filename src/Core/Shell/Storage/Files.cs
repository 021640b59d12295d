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
}
