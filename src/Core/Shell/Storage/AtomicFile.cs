using System.Text;

namespace Lark.Resources.Shell.Storage;

/// <summary>
/// Replaces a file so that a crash at any instant leaves the old file or the new one, never half of either: a
/// temporary file beside it, flushed to disk, then renamed over it. For the small state files a program keeps beside
/// its downloads (indexes, manifests, reports).
/// </summary>
public static class AtomicFile
{
    /// <summary>Replaces <paramref name="path"/> with <paramref name="bytes"/>.</summary>
    public static void Replace(string path, ReadOnlySpan<byte> bytes)
    {
        ArgumentNullException.ThrowIfNull(path);
        using (var file = CreateTemporary(path, out var temp))
        {
            file.Write(bytes);
            file.Flush(flushToDisk: true);
            file.Dispose();
            File.Move(temp, path, overwrite: true);
        }
    }

    /// <summary>Replaces <paramref name="path"/> with <paramref name="lines"/> (UTF-8, <c>\n</c> line ends), written as they come.</summary>
    public static void ReplaceLines(string path, IEnumerable<string> lines)
    {
        ArgumentNullException.ThrowIfNull(path);
        ArgumentNullException.ThrowIfNull(lines);
        string temp;
        using (var file = CreateTemporary(path, out temp))
        using (var writer = new StreamWriter(file, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            foreach (var line in lines)
                writer.WriteLine(line);
            writer.Flush();
            file.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }

    private static FileStream CreateTemporary(string path, out string temp)
    {
        temp = path + ".tmp";
        File.Delete(temp); // a link planted there is removed, not followed
        return new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None);
    }
}
