using Lark.Resources.Rules.Names;

namespace Lark.Resources.Properties.Names;

public class MediaTypesProperties
{
    [Theory]
    [InlineData("image/jpeg", ".jpg")]
    [InlineData("text/css; charset=utf-8", ".css")]
    [InlineData("image/png", ".png")]
    [InlineData("image/gif", ".gif")]
    [InlineData("image/webp", ".webp")]
    [InlineData("image/bmp", ".bmp")]
    [InlineData("image/heic", ".heic")]
    [InlineData("image/heif", ".heif")]
    [InlineData("image/tiff", ".tiff")]
    [InlineData("audio/mp4", ".m4a")]
    [InlineData("audio/aac", ".aac")]
    [InlineData("audio/opus", ".opus")]
    [InlineData("audio/flac", ".flac")]
    [InlineData("audio/mpeg", ".mp3")]
    [InlineData("video/mp4", ".mp4")]
    [InlineData("video/quicktime", ".mov")]
    [InlineData("video/x-matroska", ".mkv")]
    [InlineData("video/webm", ".webm")]
    [InlineData("application/x-7z-compressed", ".7z")]
    [InlineData("application/gzip", ".gz")]
    [InlineData("application/x-tar", ".tar")]
    [InlineData("text/markdown", ".md")]
    [InlineData("application/rtf", ".rtf")]
    [InlineData("application/vnd.oasis.opendocument.text", ".odt")]
    [InlineData("application/vnd.oasis.opendocument.spreadsheet", ".ods")]
    [InlineData("application/vnd.oasis.opendocument.presentation", ".odp")]
    [InlineData("application/epub+zip", ".epub")]
    [InlineData("application/vnd.android.package-archive", ".apk")]
    [InlineData("application/x-apple-diskimage", ".dmg")]
    [InlineData("application/x-msdownload", ".exe")]
    [InlineData("application/x-msi", ".msi")]
    [InlineData("application/pdf", ".pdf")]
    [InlineData("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ".xlsx")]
    [InlineData("IMAGE/PNG", ".png")]
    [InlineData(" image/png ; charset=binary", ".png")]
    [InlineData("text/plain; charset=utf-8", ".txt")]
    [InlineData("application/octet-stream", "")]
    [InlineData("application/x-unknown", "")]
    [InlineData("", "")]
    [InlineData(null, "")]
    public void Maps_content_types_to_extensions(string? contentType, string extension) =>
        Assert.Equal(extension, MediaTypes.ExtensionFor(contentType));

    [Property(MaxTest = 300)]
    public Property Every_known_type_maps_whatever_its_case_and_parameters() =>
        Prop.ForAll(Gen.Elements(MediaTypes.Known.ToArray()).ToArbitrary(), Gen.Elements("", "; q=1", ";charset=utf-8").ToArbitrary(), (type, parameters) =>
        {
            var extension = MediaTypes.ExtensionFor(type);
            return extension.StartsWith('.')
                && MediaTypes.ExtensionFor(type.ToUpperInvariant() + parameters) == extension;
        });
}
