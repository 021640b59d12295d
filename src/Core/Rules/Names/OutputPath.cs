namespace Lark.Resources.Rules.Names;

/// <summary>
/// A user's <c>--output</c>, validated, not rewritten: relative, inside the working directory after
/// <c>..</c>, with no control, format or bidi characters. Symlinks are the shell's check.
/// </summary>
public sealed record OutputPath
{
    private OutputPath(string text, IReadOnlyList<string> segments)
    {
        Text = text;
        Segments = segments;
    }

    /// <summary>The path as the user gave it.</summary>
    public string Text { get; }

    /// <summary>The path's segments after resolving <c>.</c> and <c>..</c>; the last is the file name.</summary>
    public IReadOnlyList<string> Segments { get; }

    /// <summary>The file name: the last segment.</summary>
    public string FileName => Segments[^1];

    /// <summary>Validates a user's output path.</summary>
    public static Result<OutputPath> Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
            return Result<OutputPath>.Fail("--output is empty; give a relative file path such as ./photo.png, or leave it out to use the server's file name");
        var bad = FileNameText.FirstInvisibleOrControl(text);
        if (bad >= 0)
            return Result<OutputPath>.Fail($"--output contains an invisible or control character (U+{(int)text[bad]:X4} at position {bad + 1}); such characters can disguise a file's name or type. Type the path again without it");
        if (IsAbsolute(text))
            return Result<OutputPath>.Fail($"--output \"{text}\" is an absolute path; only paths relative to the working directory are allowed (cd to the target directory first, or use a relative path)");
        if (text[^1] is '/' or '\\')
            return Result<OutputPath>.Fail($"--output \"{text}\" names a directory; add a file name (e.g. {text}photo.png)");

        var segments = new List<string>();
        foreach (var part in text.Split('/', '\\'))
        {
            switch (part)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (segments.Count == 0)
                        return Result<OutputPath>.Fail($"--output \"{text}\" leaves the working directory through \"..\"; paths must stay inside it");
                    segments.RemoveAt(segments.Count - 1);
                    continue;
                default:
                    if (FileNameText.Utf8Length(part) > SafeFileName.MaxUtf8Bytes)
                        return Result<OutputPath>.Fail($"--output has a path segment longer than {SafeFileName.MaxUtf8Bytes} bytes; file systems refuse such names");
                    segments.Add(part);
                    continue;
            }
        }

        if (segments.Count == 0)
            return Result<OutputPath>.Fail($"--output \"{text}\" names the working directory itself; add a file name");
        return Result<OutputPath>.Ok(new OutputPath(text, segments));
    }

    /// <summary>The resolved relative path with <c>/</c> separators.</summary>
    public string Relative => string.Join('/', Segments);

    // Rooted on any platform: "/x", "\x", "C:x", "C:\x", "\\server\share", "~" is a plain name.
    private static bool IsAbsolute(string text) =>
        text[0] is '/' or '\\' || (text.Length >= 2 && char.IsAsciiLetter(text[0]) && text[1] == ':');
}
