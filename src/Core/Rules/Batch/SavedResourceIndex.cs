using System.Buffers;
using System.Collections.Immutable;
using System.Text.Json;

namespace Lark.Resources.Rules.Batch;

/// <summary>
/// What a batch directory holds: every resource saved and verified there, by (message id, key). Kept beside the files
/// so that a rerun sends no request for a resource that is still present with its recorded size. Immutable; the
/// codec is total (a damaged index is an empty one, so the worst case is downloading again).
/// </summary>
public sealed class SavedResourceIndex
{
    /// <summary>An index larger than this is not ours.</summary>
    public const int MaxBytes = 64 * 1024 * 1024;

    private readonly ImmutableDictionary<(string MessageId, string FileKey), SavedResource> _entries;

    private SavedResourceIndex(ImmutableDictionary<(string, string), SavedResource> entries) => _entries = entries;

    /// <summary>An index with nothing in it.</summary>
    public static SavedResourceIndex Empty { get; } = new(ImmutableDictionary<(string, string), SavedResource>.Empty);

    /// <summary>Every saved resource, in no particular order.</summary>
    public IEnumerable<SavedResource> Entries => _entries.Values;

    /// <summary>How many resources are recorded.</summary>
    public int Count => _entries.Count;

    /// <summary>The saved resource for (<paramref name="messageId"/>, <paramref name="fileKey"/>), when there is one.</summary>
    public SavedResource? Find(string messageId, string fileKey) =>
        _entries.TryGetValue((messageId, fileKey), out var saved) ? saved : null;

    /// <summary>This index with <paramref name="saved"/> recorded (replacing an earlier entry for the same resource).</summary>
    public SavedResourceIndex With(SavedResource saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        return new(_entries.SetItem((saved.MessageId, saved.FileKey), saved));
    }

    /// <summary>
    /// Whether a saved resource can be reused as it is: the file at its path is present with the recorded size
    /// (<paramref name="presentSize"/> is what the file system says, none when the file is missing).
    /// </summary>
    public static bool Reusable(SavedResource saved, long? presentSize)
    {
        ArgumentNullException.ThrowIfNull(saved);
        return presentSize is { } size && size == saved.Size;
    }

    /// <summary>The index as JSON (version 1), entries sorted so that equal indexes give equal bytes.</summary>
    public byte[] ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            writer.WriteStartObject();
            writer.WriteNumber("version", 1);
            writer.WriteStartArray("resources");
            foreach (var saved in _entries.Values.OrderBy(e => e.MessageId, StringComparer.Ordinal).ThenBy(e => e.FileKey, StringComparer.Ordinal))
                WriteEntry(writer, saved);

            writer.WriteEndArray();
            writer.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// One line of the index's journal: <paramref name="saved"/> as compact JSON and a newline. Appending a line per
    /// saved resource costs the same however large the index, where replacing the whole index each time grows with it.
    /// </summary>
    public static byte[] JournalLine(SavedResource saved)
    {
        ArgumentNullException.ThrowIfNull(saved);
        var buffer = new ArrayBufferWriter<byte>();
        using (var writer = new Utf8JsonWriter(buffer))
            WriteEntry(writer, saved);
        buffer.Write("\n"u8);
        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>
    /// This index with a journal's entries applied in order. Only complete lines count: a line cut short by a crash
    /// (no newline) or damaged is skipped, so a journal read at any instant gives an index that is true.
    /// </summary>
    public SavedResourceIndex Replay(ReadOnlySpan<byte> journal)
    {
        if (journal.Length > MaxBytes)
            return this;
        var entries = _entries.ToBuilder();
        while (journal.IndexOf((byte)'\n') is var end and >= 0)
        {
            if (ReadLine(journal[..end]) is { } saved)
                entries[(saved.MessageId, saved.FileKey)] = saved;
            journal = journal[(end + 1)..];
        }

        return new(entries.ToImmutable());
    }

    private static SavedResource? ReadLine(ReadOnlySpan<byte> line)
    {
        try
        {
            var reader = new Utf8JsonReader(line, new JsonReaderOptions { MaxDepth = 4 });
            using var document = JsonDocument.ParseValue(ref reader);
            return Read(document.RootElement);
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void WriteEntry(Utf8JsonWriter writer, SavedResource saved)
    {
        writer.WriteStartObject();
        writer.WriteString("message_id", saved.MessageId);
        writer.WriteString("file_key", saved.FileKey);
        writer.WriteString("type", saved.Type);
        writer.WriteString("path", saved.Path);
        writer.WriteNumber("size", saved.Size);
        writer.WriteString("sha256", saved.Sha256);
        writer.WriteEndObject();
    }

    /// <summary>Reads an index: an empty one when the bytes are missing, damaged, too large or of another version.</summary>
    public static SavedResourceIndex FromJson(ReadOnlySpan<byte> json)
    {
        if (json.IsEmpty || json.Length > MaxBytes)
            return Empty;
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 8 });
            using var document = JsonDocument.ParseValue(ref reader);
            var root = document.RootElement;
            if (JsonText.Field(root, "version") is not { ValueKind: JsonValueKind.Number } v
                || !v.TryGetInt32(out var version) || version != 1 || JsonText.Field(root, "resources") is not { ValueKind: JsonValueKind.Array } list)
                return Empty;
            var entries = ImmutableDictionary.CreateBuilder<(string, string), SavedResource>();
            foreach (var item in list.EnumerateArray())
            {
                if (Read(item) is { } saved)
                    entries[(saved.MessageId, saved.FileKey)] = saved;
            }

            return new(entries.ToImmutable());
        }
        catch (JsonException)
        {
            return Empty;
        }
    }

    // An entry is used only when every field is there and sane: a path that could leave the directory is no entry.
    private static SavedResource? Read(JsonElement item)
    {
        if (item.ValueKind != JsonValueKind.Object)
            return null;
        var messageId = JsonText.Property(item, "message_id");
        var fileKey = JsonText.Property(item, "file_key");
        var type = JsonText.Property(item, "type");
        var path = JsonText.Property(item, "path");
        var sha = JsonText.Property(item, "sha256");
        var size = JsonText.Field(item, "size") is { ValueKind: JsonValueKind.Number } s && s.TryGetInt64(out var n) && n >= 0 ? n : (long?)null;
        if (messageId is not { Length: > 0 } || fileKey is not { Length: > 0 } || type is not ("image" or "file") || sha is not { Length: 64 } || size is null)
            return null;
        return Names.OutputPath.Parse(path).TryGetValue(out var valid) && valid.Relative == path
            ? new SavedResource(messageId, fileKey, type, path, size.Value, sha)
            : null;
    }
}
