namespace Lark.Resources.Rules.Names;

/// <summary>Where the saved file's name came from.</summary>
public enum NameSource
{
    /// <summary>The caller's the output path.</summary>
    Output,

    /// <summary>The server's <c>Content-Disposition</c> file name, made safe.</summary>
    ContentDisposition,

    /// <summary>The file key, when the server gave no usable name.</summary>
    FileKey,
}
