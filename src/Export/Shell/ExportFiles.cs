namespace Lark.Resources.Export.Shell;

/// <summary>The files of an export directory.</summary>
internal sealed class ExportFiles(string directory)
{
    public string Directory { get; } = directory;

    public string Manifest => Path.Join(Directory, "manifest.json");

    public string Messages => Path.Join(Directory, "messages.jsonl");

    public string Transcript => Path.Join(Directory, "transcript.md");

    public string Resources => Path.Join(Directory, "resources");

    public string Lock => Path.Join(Directory, ".lark-export.lock");

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
