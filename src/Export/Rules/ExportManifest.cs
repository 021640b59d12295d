using System.Buffers;
using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using Lark.Resources.Rules;

namespace Lark.Resources.Export.Rules;

/// <summary>
/// An export's <c>manifest.json</c>: the source and range, identity, title, times, the listing cursor, how many messages
/// were saved, and every resource with its path, size, SHA-256 and status. Immutable; its codec is total (a damaged
/// manifest reads as none, and the export starts over rather than trusting it).
/// </summary>
public sealed record ExportManifest
{
    /// <summary>The format's version.</summary>
    public const int Version = 1;

    private ImmutableList<ExportedResource> _resources = [];
    private ImmutableDictionary<(string, string), int> _index = ImmutableDictionary<(string, string), int>.Empty;

    /// <summary>What is exported.</summary>
    public required ExportSource Source { get; init; }

    /// <summary>The identity the export reads as (<c>bot</c> or <c>user</c>).</summary>
    public required string Identity { get; init; }

    /// <summary>The chat's name (or the thread's, the messages'), for the transcript.</summary>
    public string Title { get; init; } = "";

    /// <summary>When the export was first made.</summary>
    public DateTimeOffset CreatedAt { get; init; }

    /// <summary>When it last changed.</summary>
    public DateTimeOffset UpdatedAt { get; init; }

    /// <summary>Where the listing stands.</summary>
    public ExportCursor Cursor { get; init; } = ExportCursor.Start;

    /// <summary>Messages saved in <c>messages.jsonl</c>.</summary>
    public long Messages { get; init; }

    /// <summary>Whether the last run listed to the end.</summary>
    public bool Complete { get; init; }

    /// <summary>Every resource, in the order first met.</summary>
    public IReadOnlyList<ExportedResource> Resources
    {
        get => _resources;
        init
        {
            _resources = [.. value];
            _index = _resources.Select((r, i) => (r, i)).GroupBy(p => (p.r.MessageId, p.r.Key)).ToImmutableDictionary(g => g.Key, g => g.Last().i);
        }
    }

    /// <summary>The resource (<paramref name="messageId"/>, <paramref name="key"/>), when recorded.</summary>
    public ExportedResource? Find(string messageId, string key) => _index.TryGetValue((messageId, key), out var i) ? _resources[i] : null;

    /// <summary>This manifest with <paramref name="resource"/> recorded (replacing the entry of the same resource).</summary>
    public ExportManifest With(ExportedResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        var key = (resource.MessageId, resource.Key);
        if (_index.TryGetValue(key, out var i))
            return this with { _resources = _resources.SetItem(i, resource) };
        return this with { _resources = _resources.Add(resource), _index = _index.Add(key, _resources.Count) };
    }

    /// <summary>How many resources are in each status.</summary>
    public (int Total, int Ok, int Failed, int Pending) Counts() =>
        (_resources.Count, _resources.Count(r => r.Status == ResourceStatus.Ok), _resources.Count(r => r.Status == ResourceStatus.Failed), _resources.Count(r => r.Status == ResourceStatus.Pending));

    /// <summary>The names taken in <c>resources/</c>, as <see cref="ResourceNaming"/> compares them.</summary>
    public IReadOnlySet<string> TakenNames() =>
        _resources.Select(r => ResourceNaming.Comparable(r.Path.StartsWith("resources/", StringComparison.Ordinal) ? r.Path["resources/".Length..] : r.Path)).ToHashSet(StringComparer.Ordinal);

    /// <summary>The manifest as JSON.</summary>
    public byte[] ToJson()
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteNumber("version", Version);
            w.WriteStartObject("source");
            w.WriteString("kind", Source.Kind);
            switch (Source)
            {
                case ExportSource.Chat chat:
                    w.WriteString("chat_id", chat.ChatId);
                    if (chat.StartSeconds is { } start)
                        w.WriteNumber("start", start);
                    if (chat.EndSeconds is { } end)
                        w.WriteNumber("end", end);
                    break;
                case ExportSource.Thread thread:
                    w.WriteString("thread_id", thread.ThreadId);
                    break;
                case ExportSource.Messages messages:
                    w.WriteStartArray("message_ids");
                    foreach (var id in messages.MessageIds)
                        w.WriteStringValue(id);
                    w.WriteEndArray();
                    break;
            }

            w.WriteEndObject();
            w.WriteString("identity", Identity);
            w.WriteString("title", Title);
            w.WriteString("created_at", CreatedAt.ToString("O", CultureInfo.InvariantCulture));
            w.WriteString("updated_at", UpdatedAt.ToString("O", CultureInfo.InvariantCulture));
            w.WriteStartObject("cursor");
            if (Cursor.LastCreateTimeMs is { } last)
                w.WriteNumber("last_create_time_ms", last);
            w.WriteStartArray("boundary_ids");
            foreach (var id in Cursor.BoundaryIds)
                w.WriteStringValue(id);
            w.WriteEndArray();
            w.WriteBoolean("complete", Complete);
            w.WriteEndObject();
            var (total, ok, failed, pending) = Counts();
            w.WriteStartObject("counts");
            w.WriteNumber("messages", Messages);
            w.WriteNumber("resources", total);
            w.WriteNumber("ok", ok);
            w.WriteNumber("failed", failed);
            w.WriteNumber("pending", pending);
            w.WriteEndObject();
            w.WriteStartArray("resources");
            foreach (var r in _resources)
                WriteResource(w, r);
            w.WriteEndArray();
            w.WriteEndObject();
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>Reads a manifest; none when the bytes are not one (damaged, another version, an unknown source).</summary>
    public static ExportManifest? FromJson(ReadOnlySpan<byte> json)
    {
        // We write UTF-8: anything else is not our manifest (and its strings could not be read).
        if (!System.Text.Unicode.Utf8.IsValid(json))
            return null;
        try
        {
            var reader = new Utf8JsonReader(json, new JsonReaderOptions { MaxDepth = 16 });
            using var document = JsonDocument.ParseValue(ref reader);
            if (reader.Read())
                return null; // something after the manifest: not written by us
            var root = document.RootElement;
            if (JsonText.Field(root, "version") is not { ValueKind: JsonValueKind.Number } v || !v.TryGetInt32(out var version) || version != Version)
                return null;
            if (JsonText.Field(root, "source") is not { ValueKind: JsonValueKind.Object } sourceElement || ReadSource(sourceElement) is not { } source)
                return null;
            var cursor = JsonText.Field(root, "cursor") is { ValueKind: JsonValueKind.Object } c ? c : default;
            return new ExportManifest
            {
                Source = source,
                Identity = JsonText.Property(root, "identity") ?? "",
                Title = JsonText.Property(root, "title") ?? "",
                CreatedAt = Time(JsonText.Property(root, "created_at")),
                UpdatedAt = Time(JsonText.Property(root, "updated_at")),
                Cursor = new ExportCursor(Long(cursor, "last_create_time_ms"), Strings(cursor, "boundary_ids")),
                Complete = cursor.ValueKind == JsonValueKind.Object && JsonText.Field(cursor, "complete")?.ValueKind == JsonValueKind.True,
                Messages = JsonText.Field(root, "counts") is { ValueKind: JsonValueKind.Object } counts ? Math.Max(0, Long(counts, "messages") ?? 0) : 0,
                Resources = JsonText.Field(root, "resources") is { ValueKind: JsonValueKind.Array } list
                    ? [.. list.EnumerateArray().Select(Resource).OfType<ExportedResource>()]
                    : [],
            };
        }
        catch (JsonException)
        {
            return null;
        }
    }

    private static void WriteResource(Utf8JsonWriter w, ExportedResource r)
    {
        w.WriteStartObject();
        w.WriteString("message_id", r.MessageId);
        w.WriteString("key", r.Key);
        w.WriteString("type", r.Type);
        w.WriteString("path", r.Path);
        w.WriteString("status", r.Status switch { ResourceStatus.Ok => "ok", ResourceStatus.Failed => "failed", _ => "pending" });
        if (r.Size is { } size)
            w.WriteNumber("size", size);
        if (r.Sha256 is { } sha)
            w.WriteString("sha256", sha);
        if (r.Error is { } e)
        {
            w.WriteStartObject("error");
            w.WriteString("type", e.Type);
            w.WriteString("subtype", e.Subtype);
            if (e.Code is { } code)
                w.WriteNumber("code", code);
            w.WriteString("message", e.Message);
            w.WriteString("hint", e.Hint);
            w.WriteEndObject();
        }

        w.WriteEndObject();
    }

    private static ExportSource? ReadSource(JsonElement source) => JsonText.Property(source, "kind") switch
    {
        "chat" when JsonText.Property(source, "chat_id") is { Length: > 0 } chat => new ExportSource.Chat(chat, Long(source, "start"), Long(source, "end")),
        "thread" when JsonText.Property(source, "thread_id") is { Length: > 0 } thread => new ExportSource.Thread(thread),
        "messages" when Strings(source, "message_ids") is { Count: > 0 } ids => new ExportSource.Messages(ids),
        _ => null,
    };

    // An entry is used only when it names its resource and a path inside resources/; anything else is no entry.
    private static ExportedResource? Resource(JsonElement item)
    {
        var messageId = JsonText.Property(item, "message_id");
        var key = JsonText.Property(item, "key");
        var type = JsonText.Property(item, "type");
        var path = JsonText.Property(item, "path");
        if (messageId is not { Length: > 0 } || key is not { Length: > 0 } || type is not ("image" or "file") || path is null || !SafePath(path))
            return null;
        var status = JsonText.Property(item, "status") switch { "ok" => ResourceStatus.Ok, "failed" => ResourceStatus.Failed, _ => ResourceStatus.Pending };
        var error = JsonText.Field(item, "error") is { ValueKind: JsonValueKind.Object } e
            ? new ExportError(JsonText.Property(e, "type") ?? "", JsonText.Property(e, "subtype") ?? "", (int?)Long(e, "code"), JsonText.Property(e, "message") ?? "", JsonText.Property(e, "hint") ?? "")
            : null;
        var size = Long(item, "size");
        var sha = JsonText.Property(item, "sha256");
        // An "ok" without its size and hash cannot be trusted: it is downloaded again.
        if (status == ResourceStatus.Ok && (size is null or < 0 || sha is not { Length: 64 }))
            status = ResourceStatus.Pending;
        return new ExportedResource(messageId, key, type, path, status) { Size = size, Sha256 = sha, Error = error };
    }

    // resources/<one safe name>, or empty (not named yet).
    private static bool SafePath(string path) =>
        path.Length == 0 || (path.StartsWith("resources/", StringComparison.Ordinal) && Lark.Resources.Rules.Names.SafeFileName.From(path["resources/".Length..]).TryGetValue(out var safe) && safe == path["resources/".Length..]);

    private static long? Long(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && JsonText.Field(element, name) is { ValueKind: JsonValueKind.Number } n && n.TryGetInt64(out var value) ? value : null;

    private static IReadOnlyList<string> Strings(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && JsonText.Field(element, name) is { ValueKind: JsonValueKind.Array } list
            ? [.. list.EnumerateArray().Select(JsonText.Of).OfType<string>()]
            : [];

    private static DateTimeOffset Time(string? text) =>
        DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var time) ? time : default;
}
