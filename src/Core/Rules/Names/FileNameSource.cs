namespace Lark.Resources.Rules.Names;

/// <summary>Which <c>Content-Disposition</c> parameter a file name was taken from.</summary>
public enum FileNameSource
{
    /// <summary>No usable file name parameter was present.</summary>
    None = 0,

    /// <summary>The plain <c>filename</c> parameter (a token or quoted-string).</summary>
    Filename = 1,

    /// <summary>The RFC 8187 extended <c>filename*</c> parameter, which wins over <c>filename</c>.</summary>
    FilenameStar = 2,
}
