using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Rules.Names;

/// <summary>
/// A caller's output path, validated, not rewritten: relative, inside the working directory after
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

    /// <summary>Validates a user's output path; <paramref name="input"/> names where it came from in a refusal.</summary>
    public static Validated<OutputPath> Parse(string? text, InputField input = InputField.Output)
    {
        if (string.IsNullOrWhiteSpace(text))
            return Validated<OutputPath>.Invalid(input, Wording.Of($"{input} is empty; give a relative file path such as ./photo.png, or leave it out to use the server's file name"));
        var bad = FileNameText.FirstInvisibleOrControl(text);
        if (bad >= 0)
            return Validated<OutputPath>.Invalid(input, Wording.Of($"{input} contains an invisible or control character (U+{((int)text[bad]).ToString("X4", System.Globalization.CultureInfo.InvariantCulture)} at position {bad + 1}); such characters can disguise a file's name or type. Type the path again without it"));
        if (IsAbsolute(text))
            return Validated<OutputPath>.Invalid(input, Wording.Of($"{input} \"{text}\" is an absolute path; only paths relative to {Term.WorkingDirectory} are allowed (use a relative path)"));
        if (text[^1] is '/' or '\\')
            return Validated<OutputPath>.Invalid(input, Wording.Of($"{input} \"{text}\" names a directory; add a file name (e.g. {text}photo.png)"));

        var segments = new List<string>();
        foreach (var part in text.Split('/', '\\'))
        {
            switch (part)
            {
                case "" or ".":
                    continue;
                case "..":
                    if (segments.Count == 0)
                        return Validated<OutputPath>.Invalid(input, Wording.Of($"{input} \"{text}\" leaves {Term.WorkingDirectory} through \"..\"; paths must stay inside it"));
                    segments.RemoveAt(segments.Count - 1);
                    continue;
                default:
                    if (FileNameText.Utf8Length(part) > SafeFileName.MaxUtf8Bytes)
                        return Validated<OutputPath>.Invalid(input, Wording.Of($"{input} has a path segment longer than {SafeFileName.MaxUtf8Bytes} bytes; file systems refuse such names"));
                    segments.Add(part);
                    continue;
            }
        }

        if (segments.Count == 0)
            return Validated<OutputPath>.Invalid(input, Wording.Of($"{input} \"{text}\" names {Term.WorkingDirectory} itself; add a file name"));
        return Validated<OutputPath>.Ok(new OutputPath(text, segments));
    }

    /// <summary>The resolved relative path with <c>/</c> separators.</summary>
    public string Relative => string.Join('/', Segments);

    /// <summary>Two paths are equal when they were given as the same text.</summary>
    public bool Equals(OutputPath? other) => other is not null && Text == other.Text;

    /// <inheritdoc />
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Text);

    // Rooted on any platform: "/x", "\x", "C:x", "C:\x", "\\server\share", "~" is a plain name.
    private static bool IsAbsolute(string text) =>
        text[0] is '/' or '\\' || (text.Length >= 2 && char.IsAsciiLetter(text[0]) && text[1] == ':');
}
