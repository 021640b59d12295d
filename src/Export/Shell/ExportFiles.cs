using System.Text;

namespace Lark.Resources.Export.Shell;

/// <summary>The files of an export directory, and writing them so a crash leaves the old file or the new, never half.</summary>
internal sealed class ExportFiles(string directory)
{
    public string Directory { get; } = directory;

    public string Manifest => Path.Join(Directory, "manifest.json");

    public string Messages => Path.Join(Directory, "messages.jsonl");

    public string Transcript => Path.Join(Directory, "transcript.md");

    public string Resources => Path.Join(Directory, "resources");

    public string Lock => Path.Join(Directory, ".lark-export.lock");

    /// <summary>Replaces <paramref name="path"/>: a temporary file beside it, flushed, then renamed over it.</summary>
    public static void Replace(string path, ReadOnlySpan<byte> bytes)
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

    /// <summary>Writes lines to <paramref name="path"/> through a temporary file, then renames it over.</summary>
    public static void ReplaceLines(string path, IEnumerable<string> lines)
    {
        var temp = path + ".tmp";
        File.Delete(temp);
        using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        using (var writer = new StreamWriter(file, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            foreach (var line in lines)
                writer.WriteLine(line);
            writer.Flush();
            file.Flush(flushToDisk: true);
        }

        File.Move(temp, path, overwrite: true);
    }

    /// <summary>
    /// Cuts a half-written last line off <c>messages.jsonl</c> (a crash while appending): every line it keeps is whole.
    /// </summary>
    public void RepairMessages()
    {
        if (!File.Exists(Messages))
            return;
        using var file = new FileStream(Messages, FileMode.Open, FileAccess.ReadWrite, FileShare.None);
        var length = file.Length;
        var position = length;
        var one = new byte[1];
        while (position > 0)
        {
            file.Position = position - 1;
            file.ReadExactly(one);
            if (one[0] == (byte)'\n')
                break;
            position--;
        }

        if (position != length)
            file.SetLength(position);
    }
}
