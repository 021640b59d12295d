using System.Text.Json;

namespace Lark.Resources.Rules.Download;

/// <summary>
/// The small state record kept next to a hidden partial file so that a later run can resume: its format (version 1
/// JSON) and the rule for when a record may be trusted. Pure: reading and writing the file is the shell's.
/// </summary>
/// <param name="MessageId">The message the resource belongs to.</param>
/// <param name="FileKey">The resource key.</param>
/// <param name="Type">image or file.</param>
/// <param name="Total">The proven size.</param>
/// <param name="Verified">Bytes from 0 proven and written.</param>
/// <param name="ContentType">The server's content type.</param>
/// <param name="ContentDisposition">The server's raw Content-Disposition.</param>
internal sealed record ResumeRecord(string MessageId, string FileKey, string Type, long Total, long Verified, string? ContentType, string? ContentDisposition)
{
    /// <summary>A record file larger than this is no record (a link to /dev/zero, something else entirely).</summary>
    public const int MaxBytes = 64 * 1024;

    /// <summary>The record as JSON.</summary>
    public byte[] ToJson()
    {
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", 1);
            writer.WriteString("message_id", MessageId);
            writer.WriteString("file_key", FileKey);
            writer.WriteString("type", Type);
            writer.WriteNumber("total", Total);
            writer.WriteNumber("verified", Verified);
            writer.WriteString("content_type", ContentType);
            writer.WriteString("content_disposition", ContentDisposition);
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads a record; none when it is missing, damaged or of another version. Total on any bytes.</summary>
    public static ResumeRecord? FromJson(ReadOnlySpan<byte> json)
    {
        if (json.Length > MaxBytes)
            return null;
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 4 });
            using var document = JsonDocument.ParseValue(ref reader);
            if (reader.Read()) // bytes after the record other than white space: damaged (Read throws, or finds another value)
                return null;
            var root = document.RootElement;
            if (JsonText.Field(root, "version") is not { ValueKind: JsonValueKind.Number } v || !v.TryGetInt32(out var version) || version != 1)
                return null;
            var record = new ResumeRecord(
                Text(root, "message_id") ?? "",
                Text(root, "file_key") ?? "",
                Text(root, "type") ?? "",
                root.GetProperty("total").GetInt64(),
                root.GetProperty("verified").GetInt64(),
                Text(root, "content_type"),
                Text(root, "content_disposition"));
            return record.Verified >= 0 && record.Total >= record.Verified ? record : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            return null;
        }
    }

    /// <summary>
    /// Whether this record may be resumed for the resource (<paramref name="messageId"/>, <paramref name="fileKey"/>,
    /// <paramref name="type"/>) whose partial file holds <paramref name="partialLength"/> bytes: it must name the same
    /// resource and vouch for at least one byte the file really holds.
    /// </summary>
    public bool Accepts(string messageId, string fileKey, string type, long partialLength) =>
        MessageId == messageId && FileKey == fileKey && Type == type && Verified > 0 && Verified <= partialLength;

    private static string? Text(JsonElement root, string name) => JsonText.Property(root, name);
}
