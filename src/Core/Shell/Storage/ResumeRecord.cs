using System.Text.Json;

namespace Lark.Resources.Shell.Storage;

/// <summary>The small state record kept next to a hidden partial file, so a later run can resume.</summary>
/// <param name="MessageId">The message the resource belongs to.</param>
/// <param name="FileKey">The resource key.</param>
/// <param name="Type">image or file.</param>
/// <param name="Total">The proven size.</param>
/// <param name="Verified">Bytes from 0 proven and written.</param>
/// <param name="ContentType">The server's content type.</param>
/// <param name="ContentDisposition">The server's raw Content-Disposition.</param>
internal sealed record ResumeRecord(string MessageId, string FileKey, string Type, long Total, long Verified, string? ContentType, string? ContentDisposition)
{
    public byte[] ToJson()
    {
        using var buffer = new MemoryStream();
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

        return buffer.ToArray();
    }

    /// <summary>Reads a record; none when it is missing, damaged or of another version.</summary>
    public static ResumeRecord? FromJson(byte[] json)
    {
        try
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object || !root.TryGetProperty("version", out var v) || v.GetInt32() != 1)
                return null;
            var record = new ResumeRecord(
                root.GetProperty("message_id").GetString() ?? "",
                root.GetProperty("file_key").GetString() ?? "",
                root.GetProperty("type").GetString() ?? "",
                root.GetProperty("total").GetInt64(),
                root.GetProperty("verified").GetInt64(),
                root.TryGetProperty("content_type", out var ct) ? ct.GetString() : null,
                root.TryGetProperty("content_disposition", out var cd) ? cd.GetString() : null);
            return record.Verified >= 0 && record.Total >= record.Verified ? record : null;
        }
        catch (Exception e) when (e is JsonException or InvalidOperationException or KeyNotFoundException or FormatException)
        {
            return null;
        }
    }
}
