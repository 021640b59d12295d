using System.Collections.Frozen;

namespace Lark.Resources.Rules.Names;

/// <summary>The extension a <c>Content-Type</c> implies, for names that have none.</summary>
public static class MediaTypes
{
    private static readonly FrozenDictionary<string, string> ExtensionByType = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase)
    {
        // Images
        ["image/jpeg"] = ".jpg", ["image/jpg"] = ".jpg", ["image/pjpeg"] = ".jpg", ["image/png"] = ".png",
        ["image/gif"] = ".gif", ["image/webp"] = ".webp", ["image/bmp"] = ".bmp", ["image/x-ms-bmp"] = ".bmp",
        ["image/heic"] = ".heic", ["image/heif"] = ".heif", ["image/tiff"] = ".tiff", ["image/svg+xml"] = ".svg",
        ["image/x-icon"] = ".ico", ["image/vnd.microsoft.icon"] = ".ico", ["image/avif"] = ".avif",
        // Audio
        ["audio/mpeg"] = ".mp3", ["audio/mp3"] = ".mp3", ["audio/mp4"] = ".m4a", ["audio/x-m4a"] = ".m4a",
        ["audio/m4a"] = ".m4a", ["audio/aac"] = ".aac", ["audio/x-aac"] = ".aac", ["audio/opus"] = ".opus",
        ["audio/ogg"] = ".ogg", ["audio/wav"] = ".wav", ["audio/x-wav"] = ".wav", ["audio/wave"] = ".wav",
        ["audio/flac"] = ".flac", ["audio/x-flac"] = ".flac", ["audio/amr"] = ".amr", ["audio/webm"] = ".weba",
        // Video
        ["video/mp4"] = ".mp4", ["video/quicktime"] = ".mov", ["video/x-matroska"] = ".mkv", ["video/webm"] = ".webm",
        ["video/x-msvideo"] = ".avi", ["video/mpeg"] = ".mpeg", ["video/3gpp"] = ".3gp", ["video/x-flv"] = ".flv",
        // Documents
        ["application/pdf"] = ".pdf", ["text/plain"] = ".txt", ["text/csv"] = ".csv", ["text/html"] = ".html",
        ["text/markdown"] = ".md", ["text/x-markdown"] = ".md", ["text/css"] = ".css", ["text/javascript"] = ".js", ["application/rtf"] = ".rtf", ["text/rtf"] = ".rtf",
        ["application/json"] = ".json", ["application/xml"] = ".xml", ["text/xml"] = ".xml",
        ["application/msword"] = ".doc",
        ["application/vnd.openxmlformats-officedocument.wordprocessingml.document"] = ".docx",
        ["application/vnd.ms-excel"] = ".xls",
        ["application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"] = ".xlsx",
        ["application/vnd.ms-powerpoint"] = ".ppt",
        ["application/vnd.openxmlformats-officedocument.presentationml.presentation"] = ".pptx",
        ["application/vnd.oasis.opendocument.text"] = ".odt",
        ["application/vnd.oasis.opendocument.spreadsheet"] = ".ods",
        ["application/vnd.oasis.opendocument.presentation"] = ".odp",
        ["application/epub+zip"] = ".epub",
        // Archives and installers
        ["application/zip"] = ".zip", ["application/x-zip-compressed"] = ".zip", ["application/x-7z-compressed"] = ".7z",
        ["application/gzip"] = ".gz", ["application/x-gzip"] = ".gz", ["application/x-tar"] = ".tar",
        ["application/vnd.rar"] = ".rar", ["application/x-rar-compressed"] = ".rar", ["application/x-bzip2"] = ".bz2",
        ["application/x-xz"] = ".xz",
        ["application/vnd.android.package-archive"] = ".apk", ["application/x-apple-diskimage"] = ".dmg",
        ["application/x-msdownload"] = ".exe", ["application/vnd.microsoft.portable-executable"] = ".exe",
        ["application/x-msi"] = ".msi", ["application/x-ms-installer"] = ".msi",
    }.ToFrozenDictionary(StringComparer.OrdinalIgnoreCase);

    /// <summary>
    /// The extension (with its dot) for a <c>Content-Type</c> value, matched case-insensitively with
    /// parameters ignored; empty for unknown types and for <c>application/octet-stream</c>.
    /// </summary>
    public static string ExtensionFor(string? contentType)
    {
        if (string.IsNullOrWhiteSpace(contentType))
            return "";
        var semicolon = contentType.IndexOf(';', StringComparison.Ordinal);
        var essence = (semicolon < 0 ? contentType : contentType[..semicolon]).Trim();
        return ExtensionByType.GetValueOrDefault(essence, "");
    }

    /// <summary>Every media type the map knows, for documentation and tests.</summary>
    public static IReadOnlyCollection<string> Known => ExtensionByType.Keys;
}
