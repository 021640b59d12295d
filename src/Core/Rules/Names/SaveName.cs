namespace Lark.Resources.Rules.Names;

/// <summary>
/// The relative path to save under: the output path if given; else the server's file name made safe; else the
/// file key; then, when the name has no extension, the server's file name's (for an output path) or one inferred
/// from <c>Content-Type</c>.
/// </summary>
/// <param name="Relative">The path relative to the working directory, with <c>/</c> separators.</param>
/// <param name="Source">Where the name came from.</param>
/// <param name="ExtensionAdded">Whether an extension from <c>Content-Type</c> was added.</param>
public sealed record SaveName(string Relative, NameSource Source, bool ExtensionAdded)
{
    /// <summary>Chooses the name. Never fails: the file key is always there as the last resort.</summary>
    /// <param name="output">The validated the output path, if any.</param>
    /// <param name="dispositionFileName">The decoded <c>Content-Disposition</c> file name, if any.</param>
    /// <param name="fileKey">The resource's key (already validated: no separators).</param>
    /// <param name="contentType">The response's <c>Content-Type</c>, if any.</param>
    public static SaveName Choose(OutputPath? output, string? dispositionFileName, string fileKey, string? contentType)
    {
        ArgumentNullException.ThrowIfNull(fileKey);
        string relative;
        NameSource source;
        if (output is not null)
        {
            (relative, source) = (output.Relative, NameSource.Output);
        }
        else if (SafeFileName.From(dispositionFileName).TryGetValue(out var safe))
        {
            (relative, source) = (safe, NameSource.ContentDisposition);
        }
        else
        {
            (relative, source) = (SafeFileName.From(fileKey).ValueOr("download"), NameSource.FileKey);
        }

        var leaf = relative[(relative.LastIndexOf('/') + 1)..];
        // An output without an extension takes the server's file name's, else the content type's (the official CLI's
        // order for lark-im-resources/<key>); a file name that is not safe lends nothing.
        var fromName = source == NameSource.Output && SafeFileName.From(dispositionFileName).TryGetValue(out var named) ? Extension.Of(named) : "";
        var extension = fromName.Length > 0 ? fromName : MediaTypes.ExtensionFor(contentType);
        if (Extension.Of(leaf).Length > 0 || extension.Length == 0)
            return new SaveName(relative, source, false);
        // Keep the name within the byte limit when the extension is added.
        var withExtension = source == NameSource.Output ? relative + extension : SafeFileName.From(leaf + extension).ValueOr(leaf);
        return new SaveName(withExtension, source, withExtension != relative);
    }
}
