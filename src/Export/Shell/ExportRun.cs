using System.Globalization;
using System.Runtime.ExceptionServices;
using System.Text;
using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Threading.Channels;
using Lark.Resources.Export.Rules;
using Lark.Resources.Rules.Conversations;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Messages;
using Lark.Resources.Rules.Names;
using Lark.Resources.Shell;
using Lark.Resources.Shell.Batch;
using Lark.Resources.Shell.Messages;
using Lark.Resources.Shell.Storage;

namespace Lark.Resources.Export.Shell;

/// <summary>
/// One export run, built on the library's public API only: reads what an earlier run saved (the manifest and
/// messages.jsonl), lists what is new page by page, appends each message to messages.jsonl, names and downloads its
/// resources while later pages are read (one batch for the run, N at a time, one pacer for everything), replaces the
/// manifest atomically after each change, and finally renders the transcript from messages.jsonl.
/// </summary>
internal sealed class ExportRun
{
    private static readonly JsonSerializerOptions Line = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };
    private readonly LarkClient _client;
    private readonly ExportRequest _request;
    private readonly Action<ExportProgress> _report;
    private readonly ExportFiles _files;
    private readonly Lock _gate = new();
    // Ids of saved messages, for sources a cursor cannot order (a thread relisted whole, ids in any order); a chat is
    // listed oldest first from its cursor, so it keeps none and memory does not grow with the conversation.
    private readonly HashSet<string> _savedIds = new(StringComparer.Ordinal);
    private bool RememberIds => _request.Source is not ExportSource.Chat;

    // Threads saved by earlier runs, when they are to be read again: by root id, the thread's id, the reply ids saved
    // and whether the line says its replies were not all read. The replies found since, by root id, join their root's
    // line when messages.jsonl is rewritten (an empty list only clears those marks).
    private readonly Dictionary<string, SavedThread> _savedThreads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, List<JsonObject>> _newReplies = new(StringComparer.Ordinal);
    private bool RefreshThreads => _request.RefreshThreads && _request.Source is ExportSource.Chat;
    private int _threadsSaved;
    private int _threadsUnread;

    private sealed record SavedThread(string ThreadId, HashSet<string> Replies, bool Incomplete);
    private readonly Dictionary<(string, string), long> _inFlight = [];
    private readonly List<ExportFailure> _failures = [];
    private ExportManifest _manifest = null!;
    private HashSet<string> _taken = [];
    private long _newMessages;
    private int _downloaded;
    private int _reused;
    private long _bytes;
    private int _unsaved;
    private ExportStage _stage = ExportStage.Starting;

    public ExportRun(LarkClient client, ExportRequest request, Action<ExportProgress> report)
    {
        _client = client;
        _request = request;
        _report = report;
        _files = new ExportFiles(Path.GetFullPath(request.Directory));
    }

    public async Task<ExportResult> RunAsync(CancellationToken cancellationToken)
    {
        if (_request.Validate().Failure is { } refused)
            throw new LarkException(refused);
        if (File.Exists(_files.Directory))
        {
            throw new LarkException(ExportRefusal.DirectoryIsAFile(_files.Directory));
        }

        Directory.CreateDirectory(_files.Directory);
        // One run at a time per directory: the lock goes with the handle, even when the process dies.
        using var exclusive = Exclusive();
        _manifest = Open();
        Report();
        var reader = new ConversationReader(_client);
        var queue = Channel.CreateUnbounded<BatchItem>(new UnboundedChannelOptions { SingleReader = true });
        // A batch that fails as a whole stops the listing too: there is no point reading on for downloads that won't run.
        using var listingStop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var downloads = _request.Resources ? DownloadAsync(queue.Reader, listingStop, cancellationToken) : Task.CompletedTask;
        ExceptionDispatchInfo? listingFailure = null;
        try
        {
            foreach (var retry in Unfinished())
                queue.Writer.TryWrite(retry);
            _stage = ExportStage.Listing;
            await ListAsync(reader, queue.Writer, listingStop.Token);
            _stage = ExportStage.Downloading;
            Report();
        }
        catch (Exception e)
        {
            listingFailure = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            queue.Writer.TryComplete();
        }

        // Downloads queued before a listing failure finish (a cancel stops them), and the manifest records them all
        // before the export returns: nothing writes to the directory after the call has ended.
        var downloaded = false;
        try
        {
            await downloads;
            downloaded = listingFailure is null;
        }
        catch (Exception e) when (listingFailure is not null)
        {
            // The listing's failure is the one to report (what the downloads saved is recorded below), unless it only
            // stopped because the downloads failed.
            if (listingFailure.SourceException is OperationCanceledException && !cancellationToken.IsCancellationRequested)
                listingFailure = ExceptionDispatchInfo.Capture(e);
        }
        finally
        {
            Flush(quietly: !downloaded);
        }

        listingFailure?.Throw();
        _stage = ExportStage.Rendering;
        Report();
        UpdateMessages();
        Render();
        var result = Result();
        _report(new ExportProgress(ExportStage.Completed, _manifest.Messages, _newMessages, _manifest.Resources.Count, Done(), _failures.Count, _bytes, Result: result));
        return result;
    }

    // The directory holds this export, or nothing of another: an export of another source is never touched.
    private ExportManifest Open()
    {
        var identity = _client.Identity;
        var now = _client.Options.Time.GetUtcNow();
        ExportManifest? existing = File.Exists(_files.Manifest) ? ExportManifest.FromJson(File.ReadAllBytes(_files.Manifest)) : null;
        if (existing is not null && !existing.Source.SameExport(_request.Source))
        {
            throw new LarkException(ExportRefusal.OtherExport(_files.Directory, existing.Source, _request.Source));
        }

        if (existing is null && (File.Exists(_files.Manifest) || File.Exists(_files.Messages) || File.Exists(_files.Transcript)))
        {
            throw new LarkException(ExportRefusal.UnreadableExport(_files.Directory));
        }

        var manifest = existing ?? new ExportManifest { Source = _request.Source, Identity = identity, CreatedAt = now, UpdatedAt = now };
        // messages.jsonl is the truth: a crash may have saved lines the manifest does not count yet.
        _files.RepairMessages();
        var (count, cursor, resources) = Scan(manifest);
        manifest = manifest with { Source = _request.Source, Messages = count, Cursor = cursor };
        foreach (var resource in resources)
            manifest = manifest.With(resource);
        _taken = [.. manifest.TakenNames()];
        Save(manifest);
        return manifest;
    }

    // One pass over messages.jsonl: how many, where the listing stands, resources the manifest may have missed.
    private (long Count, ExportCursor Cursor, List<ExportedResource> Missed) Scan(ExportManifest manifest)
    {
        long count = 0;
        var cursor = ExportCursor.Start;
        var missed = new List<ExportedResource>();
        if (!File.Exists(_files.Messages))
            return (0, cursor, missed);
        foreach (var line in File.ReadLines(_files.Messages))
        {
            if (line.Length == 0 || JsonNode.Parse(line) is not JsonObject message)
                continue;
            count++;
            var id = (string?)message["message_id"] ?? "";
            if (RememberIds)
                _savedIds.Add(id);
            if (message["thread_id"] is JsonValue t && t.TryGetValue<string>(out var thread) && thread.Length > 0)
            {
                _threadsSaved++;
                if (RefreshThreads)
                {
                    var replies = (message["thread_replies"] as JsonArray ?? []).OfType<JsonObject>().Select(r => (string?)r["message_id"] ?? "").ToHashSet(StringComparer.Ordinal);
                    var incomplete = message["thread_replies_error"] is not null || message["thread_has_more"] is not null;
                    _savedThreads[id] = new SavedThread(thread, replies, incomplete);
                }
            }
            cursor = cursor.After(id, message["create_time_ms"] is JsonValue v && v.TryGetValue<long>(out var ms) ? ms : null);
            foreach (var entry in Entries(message))
            {
                if (manifest.Find(entry.MessageId, entry.Key) is null && !missed.Exists(m => m.MessageId == entry.MessageId && m.Key == entry.Key))
                    missed.Add(new ExportedResource(entry.MessageId, entry.Key, entry.Type, entry.Path, ResourceStatus.Pending));
            }
        }

        return (count, cursor, missed);
    }

    // Resources recorded but not saved (pending, failed, or ok whose file went missing or changed size): tried again.
    private IEnumerable<BatchItem> Unfinished()
    {
        if (!_request.Resources)
            yield break;
        foreach (var resource in _manifest.Resources)
        {
            var present = SizeOf(Path.Join(_files.Directory, resource.Path));
            if (resource.Status == ResourceStatus.Ok && present == resource.Size)
                continue;
            if (Item(resource) is { } item)
                yield return item;
        }
    }

    private async Task ListAsync(ConversationReader reader, ChannelWriter<BatchItem> queue, CancellationToken cancellationToken)
    {
        var listing = Listing(threadReplies: _request.Source is not ExportSource.Thread);
        switch (_request.Source)
        {
            case ExportSource.Chat chat:
                Title((await TryChatAsync(reader, chat.ChatId, cancellationToken))?.Name ?? chat.ChatId);
                var start = Max(chat.StartSeconds, _manifest.Cursor.ResumeSeconds);
                var query = new MessageListQuery { Container = Container.Chat, ContainerId = chat.ChatId, Order = SortOrder.Ascending, StartSeconds = start, EndSeconds = chat.EndSeconds, OnlyThreadRoots = true };
                await PagesAsync(reader, listing, query, queue, cancellationToken);
                if (RefreshThreads)
                    await RefreshThreadsAsync(reader, queue, cancellationToken);
                break;
            case ExportSource.Thread thread:
                var (id, byMessage) = ConversationIds.Thread(thread.ThreadId).Value;
                var threadId = byMessage ? await reader.ThreadOfAsync(MessageId.Parse(id).Value, cancellationToken) : id;
                Title($"Thread {threadId}");
                await PagesAsync(reader, listing, new MessageListQuery { Container = Container.Thread, ContainerId = threadId, Order = SortOrder.Ascending }, queue, cancellationToken);
                break;
            case ExportSource.Messages messages:
                Title("Messages");
                var ids = messages.MessageIds.Select(m => MessageId.Parse(m).Value).Where(m => !_savedIds.Contains(m.Value)).ToArray();
                foreach (var chunk in ids.Chunk(ConversationReader.MaxIdsPerCall))
                    await SaveAsync(listing, await reader.GetManyAsync(chunk, cancellationToken), queue, cancellationToken);
                Complete();
                break;
        }
    }

    private async Task PagesAsync(ConversationReader reader, MessageListing listing, MessageListQuery query, ChannelWriter<BatchItem> queue, CancellationToken cancellationToken)
    {
        await foreach (var page in reader.ReadPagesAsync(query, null, int.MaxValue, TimeSpan.Zero, cancellationToken))
        {
            var fresh = page.Page.Items.Where(m => !_manifest.Cursor.Saved(m.MessageId, m.CreateTimeMs) && !_savedIds.Contains(m.MessageId)).ToArray();
            await SaveAsync(listing, fresh, queue, cancellationToken);
        }

        Complete();
    }

    // A page's messages: listed, resources named and queued, appended to messages.jsonl, then the manifest.
    private async Task SaveAsync(MessageListing listing, IReadOnlyList<LarkMessage> messages, ChannelWriter<BatchItem> queue, CancellationToken cancellationToken)
    {
        if (messages.Count == 0)
            return;
        var batch = await listing.ListAsync(messages, cancellationToken);
        var times = messages.ToDictionary(m => m.MessageId, m => m.CreateTimeMs, StringComparer.Ordinal);
        var lines = new StringBuilder();
        lock (_gate)
        {
            var manifest = _manifest;
            foreach (var listed in batch.Messages)
            {
                (manifest, var json) = Saved(manifest, listed);
                if (times.GetValueOrDefault(listed.MessageId) is { } ms)
                    json["create_time_ms"] = ms;
                lines.Append(json.ToJsonString(Line)).Append('\n');
                manifest = manifest with { Messages = manifest.Messages + 1, Cursor = manifest.Cursor.After(listed.MessageId, times.GetValueOrDefault(listed.MessageId)) };
                if (RememberIds)
                    _savedIds.Add(listed.MessageId);
                _newMessages++;
            }

            // The lines first, durably; then the manifest that counts them.
            using (var file = new FileStream(_files.Messages, FileMode.Append, FileAccess.Write, FileShare.Read))
            {
                file.Write(Encoding.UTF8.GetBytes(lines.ToString()));
                file.Flush(flushToDisk: true);
            }

            Save(manifest);
        }

        Queue(batch.Messages, queue);
        Report();
    }

    // The resources of messages just saved that are not saved yet, to the batch.
    private void Queue(IEnumerable<ListedMessage> messages, ChannelWriter<BatchItem> queue)
    {
        foreach (var entry in messages.SelectMany(All).SelectMany(m => m.Resources ?? []))
        {
            if (_request.Resources && _manifest.Find(entry.MessageId, entry.Key) is { Status: not ResourceStatus.Ok } pending && Item(pending) is { } item)
                queue.TryWrite(item);
        }
    }

    // Everything an export keeps: reactions, resources and, unlike a listing's budget, every reply of every thread.
    private MessageListing Listing(bool threadReplies) => new(_client, new ListingOptions
    {
        Zone = _request.Zone,
        Reactions = true,
        ThreadReplies = threadReplies,
        RepliesPerThread = int.MaxValue,
        RepliesInAll = int.MaxValue,
        Resources = true,
        Brand = _client.Options.Brand,
    });

    // Threads saved earlier, read again by their saved id, every page. Only replies not saved yet are listed (their
    // reactions, merge-forwards and resources), so a thread with nothing new costs its pages alone. The replies are
    // written into their roots' lines first, durably; then the manifest names their resources; then they download.
    // A thread that cannot be read is counted, not fatal: the export goes on, and a rerun tries it again.
    private async Task RefreshThreadsAsync(ConversationReader reader, ChannelWriter<BatchItem> queue, CancellationToken cancellationToken)
    {
        var listing = Listing(threadReplies: false);
        var found = new List<(string Root, ListedMessage Reply)>();
        foreach (var (root, thread) in _savedThreads)
        {
            var fresh = new List<LarkMessage>();
            try
            {
                var query = new MessageListQuery { Container = Container.Thread, ContainerId = thread.ThreadId, Order = SortOrder.Ascending, PageSize = MessageListQuery.MaxPageSize };
                await foreach (var page in reader.ReadPagesAsync(query, null, int.MaxValue, TimeSpan.Zero, cancellationToken))
                    fresh.AddRange(page.Page.Items.Where(m => m.MessageId != root && !thread.Replies.Contains(m.MessageId)));
            }
            catch (LarkException)
            {
                _threadsUnread++;
                continue;
            }

            if (thread.Incomplete)
                _newReplies.TryAdd(root, []); // read in full now: the line's "not all read" marks go
            if (fresh.Count == 0)
                continue;
            foreach (var reply in (await listing.ListAsync(fresh, cancellationToken)).Messages)
            {
                if (thread.Replies.Add(reply.MessageId))
                    found.Add((root, reply));
            }
        }

        if (found.Count == 0 && _newReplies.Count == 0)
            return;
        lock (_gate)
        {
            var manifest = _manifest;
            foreach (var (root, reply) in found)
            {
                (manifest, var json) = Saved(manifest, reply);
                if (!_newReplies.TryGetValue(root, out var list))
                    _newReplies[root] = list = [];
                list.Add(json);
                _newMessages++;
            }

            UpdateMessages();
            Save(manifest);
        }

        Queue(found.Select(f => f.Reply), queue);
        Report();
    }

    // A message as messages.jsonl keeps it: its new resources named in the manifest, their paths in its entries, and
    // its raw content (posts render from it).
    private (ExportManifest Manifest, JsonObject Json) Saved(ExportManifest manifest, ListedMessage listed)
    {
        manifest = Name(manifest, listed);
        var json = ListedMessages.ToJson(WithPaths(listed, manifest), PlainVocabulary.Instance);
        json["raw_content"] = listed.RawContent;
        return (manifest, json);
    }

    // Each new resource gets its name once (the message's file name, made safe and unique); a name never changes.
    private ExportManifest Name(ExportManifest manifest, ListedMessage listed)
    {
        foreach (var entry in All(listed).SelectMany(m => m.Resources ?? []))
        {
            if (manifest.Find(entry.MessageId, entry.Key) is not null)
                continue;
            var name = FileKey.Parse(entry.Key).IsOk ? ResourceNaming.Choose(entry.FileName, entry.Key, _taken) : "";
            if (name.Length > 0)
                _taken.Add(ResourceNaming.Comparable(name));
            manifest = manifest.With(new ExportedResource(entry.MessageId, entry.Key, entry.Type, name.Length > 0 ? "resources/" + name : "", name.Length > 0 ? ResourceStatus.Pending : ResourceStatus.Failed)
            {
                Error = name.Length > 0 ? null : new ExportError("validation", "invalid_argument", null, $"the message lists a resource key that cannot be downloaded safely: \"{entry.Key}\"", "Nothing to do; the key is not a Lark key."),
            });
        }

        return manifest;
    }

    // messages.jsonl says where each resource is (relative to the export), as far as the manifest knows now.
    private static ListedMessage WithPaths(ListedMessage listed, ExportManifest manifest) => listed with
    {
        Resources = listed.Resources?.Select(e => manifest.Find(e.MessageId, e.Key) is { Path.Length: > 0 } known ? e with { LocalPath = known.Path } : e).ToArray(),
        ThreadReplies = listed.ThreadReplies?.Select(r => WithPaths(r, manifest)).ToArray(),
    };

    private async Task DownloadAsync(ChannelReader<BatchItem> queue, CancellationTokenSource listingStop, CancellationToken cancellationToken)
    {
        // resources/ is the export's own: a file at a pending resource's name is an earlier try at that resource
        // (saved, but its record lost to a failed write), so it is replaced by a verified download, not refused.
        var options = new BatchOptions { Directory = _files.Resources, Concurrency = _request.ResourceConcurrency, ReplaceUnknownFiles = true };
        try
        {
            await _client.DownloadBatchAsync(queue.ReadAllAsync(cancellationToken), options, new Feed(this), cancellationToken);
        }
        catch
        {
            await listingStop.CancelAsync();
            throw;
        }
    }

    private void Outcome(BatchProgress progress)
    {
        lock (_gate)
        {
            var key = (progress.Item.MessageId.Value, progress.Item.FileKey.Value);
            if (progress.Outcome is null)
            {
                _inFlight[key] = progress.Download?.BytesDone ?? 0;
                Report();
                return;
            }

            _inFlight.Remove(key);
            var known = _manifest.Find(key.Item1, key.Item2);
            if (known is null)
                return;
            switch (progress.Outcome)
            {
                case BatchOutcome.Saved saved:
                    if (saved.Reused)
                        _reused++;
                    else
                    {
                        _downloaded++;
                        _bytes += saved.SizeBytes;
                    }

                    Change(_manifest.With(known with { Path = "resources/" + saved.RelativePath, Status = ResourceStatus.Ok, Size = saved.SizeBytes, Sha256 = saved.Sha256, Error = null }));
                    Report();
                    break;
                case BatchOutcome.Failed failed:
                    _failures.Add(new ExportFailure(known.MessageId, known.Key, known.Type, failed.Failure));
                    var words = PlainVocabulary.Instance;
                    Change(_manifest.With(known with
                    {
                        Status = ResourceStatus.Failed,
                        Error = new ExportError(failed.Failure.Category.ToWire(), failed.Failure.Subtype.ToWire(), failed.Failure.LarkCode, failed.Failure.Message.Render(words), failed.Failure.Hint.Render(words)),
                    }));
                    Report($"{known.Type} {known.Key} of {known.MessageId} failed: {failed.Failure.Message.Render(words)}");
                    break;
            }
        }
    }

    // messages.jsonl names each resource as the manifest has it now: where it was saved (the download may have added an
    // extension to the name it was given), its size and hash, or why it failed. Lines already so are kept byte for byte.
    private void UpdateMessages()
    {
        if (!File.Exists(_files.Messages))
            return;
        var temp = _files.Messages + ".tmp";
        var changed = false;
        File.Delete(temp);
        using (var file = new FileStream(temp, FileMode.CreateNew, FileAccess.Write, FileShare.None))
        using (var writer = new StreamWriter(file, new UTF8Encoding(false)) { NewLine = "\n" })
        {
            foreach (var line in File.ReadLines(_files.Messages))
            {
                var updated = line.Length > 0 && JsonNode.Parse(line) is JsonObject message && Update(message) ? message.ToJsonString(Line) : line;
                changed |= !ReferenceEquals(updated, line);
                writer.WriteLine(updated);
            }

            writer.Flush();
            file.Flush(flushToDisk: true);
        }

        if (changed)
            File.Move(temp, _files.Messages, overwrite: true);
        else
            File.Delete(temp);
    }

    private bool Update(JsonObject message)
    {
        var changed = false;
        // Replies found by reading the thread again join their root's line, after the ones it had.
        if ((string?)message["message_id"] is { } id && _newReplies.Remove(id, out var replies))
        {
            if (replies.Count > 0)
            {
                if (message["thread_replies"] is not JsonArray thread)
                    message["thread_replies"] = thread = [];
                foreach (var reply in replies)
                    thread.Add((JsonNode)reply);
            }

            // The thread was read in full this time.
            message.Remove("thread_replies_error");
            message.Remove("thread_has_more");
            changed = true;
        }

        foreach (var entry in (message["resources"] as JsonArray ?? []).OfType<JsonObject>())
            changed |= Update(entry, _manifest);
        foreach (var reply in (message["thread_replies"] as JsonArray ?? []).OfType<JsonObject>())
            changed |= Update(reply);
        return changed;
    }

    // An entry in +chat-messages-list's shape: {key, local_path, message_id, size_bytes, sha256, type} or {error, error_detail, key, message_id, type}.
    private static bool Update(JsonObject entry, ExportManifest manifest)
    {
        if (entry["message_id"] is not JsonValue id || !id.TryGetValue<string>(out var messageId) || entry["key"] is not JsonValue k || !k.TryGetValue<string>(out var key)
            || manifest.Find(messageId, key) is not { } known)
            return false;
        var fields = new SortedDictionary<string, JsonNode?>(StringComparer.Ordinal) { ["key"] = key, ["message_id"] = messageId, ["type"] = known.Type };
        switch (known)
        {
            case { Status: ResourceStatus.Failed, Error: { } e }:
                fields["error"] = true;
                var detail = new JsonObject { ["type"] = e.Type, ["subtype"] = e.Subtype };
                if (e.Code is { } code)
                    detail["code"] = code;
                detail["message"] = e.Message;
                if (e.Hint.Length > 0)
                    detail["hint"] = e.Hint;
                fields["error_detail"] = detail;
                break;
            case { Status: ResourceStatus.Ok }:
                fields["local_path"] = known.Path;
                fields["size_bytes"] = known.Size;
                fields["sha256"] = known.Sha256;
                break;
            case { Path.Length: > 0 }:
                fields["local_path"] = known.Path;
                break;
        }

        var wanted = new JsonObject(fields);
        if (JsonNode.DeepEquals(entry, wanted))
            return false;
        entry.Clear();
        foreach (var name in fields.Keys)
        {
            var value = wanted[name];
            wanted.Remove(name);
            entry[name] = value;
        }

        return true;
    }

    private void Render()
    {
        var manifest = _manifest;
        var zone = _request.Zone;
        var range = manifest.Source is ExportSource.Chat chat ? chat.Range(zone) : manifest.Source.Kind == "thread" ? "the whole thread" : $"{manifest.Messages} messages by id";
        var header = new TranscriptHeader(manifest.Title, $"{manifest.Source.Kind} {manifest.Source.Id}", range,
            TimeZoneInfo.ConvertTime(manifest.UpdatedAt, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture), manifest.Messages);
        TranscriptResource? Lookup(string messageId, string key) => manifest.Find(messageId, key) switch
        {
            { Status: ResourceStatus.Ok } ok => new TranscriptResource(ok.Path, ok.Size, null),
            { Status: ResourceStatus.Failed, Error: { } e } => new TranscriptResource(null, null, e.Message),
            _ => null,
        };
        AtomicFile.ReplaceLines(_files.Transcript, TranscriptRenderer.Render(header, Messages(manifest.Source), Lookup));
    }

    // The saved messages in time order: a chat or thread was listed oldest first; messages by id are sorted here.
    private IEnumerable<JsonObject> Messages(ExportSource source)
    {
        var lines = File.Exists(_files.Messages) ? File.ReadLines(_files.Messages) : [];
        var messages = lines.Where(l => l.Length > 0).Select(l => JsonNode.Parse(l) as JsonObject).OfType<JsonObject>();
        return source is ExportSource.Messages
            ? messages.OrderBy(m => m["create_time_ms"] is JsonValue v && v.TryGetValue<long>(out var ms) ? ms : long.MaxValue)
            : messages;
    }

    private ExportResult Result()
    {
        var failures = _manifest.Resources.Where(r => r.Status == ResourceStatus.Failed)
            .Select(r => _failures.FirstOrDefault(f => f.MessageId == r.MessageId && f.Key == r.Key) ?? new ExportFailure(r.MessageId, r.Key, r.Type, Failure(r.Error)))
            .ToArray();
        // Reused: saved by an earlier run and still there (no request was sent for it in this one).
        var reused = Math.Max(_reused, Done() - _downloaded);
        return new ExportResult(_files.Directory, _files.Transcript, _files.Manifest, _files.Messages, _manifest.Messages, _newMessages,
            _manifest.Resources.Count, _downloaded, reused, failures.Length, _bytes, failures)
        {
            ThreadsNotRefreshed = _request.Source is ExportSource.Chat ? (RefreshThreads ? _threadsUnread : _threadsSaved) : 0,
        };
    }

    private static LarkFailure Failure(ExportError? error) => new()
    {
        Category = Enum.GetValues<ErrorCategory>().FirstOrDefault(c => c.ToWire() == error?.Type, ErrorCategory.Internal),
        Subtype = Enum.GetValues<ErrorSubtype>().FirstOrDefault(s => s.ToWire() == error?.Subtype, ErrorSubtype.Unknown),
        Message = Wording.Text(error?.Message ?? "not downloaded"),
        Hint = Wording.Text(error?.Hint ?? ""),
        Fix = FixKind.Retry,
        LarkCode = error?.Code,
    };

    private void Title(string title)
    {
        lock (_gate)
            Save(_manifest with { Title = title, Identity = _client.Identity });
    }

    private void Complete()
    {
        lock (_gate)
            Save(_manifest with { Complete = true });
    }

    private void Save(ExportManifest manifest)
    {
        _manifest = manifest with { UpdatedAt = _client.Options.Time.GetUtcNow() };
        AtomicFile.Replace(_files.Manifest, _manifest.ToJson());
        _unsaved = 0;
    }

    // A resource's outcome: written at once in a small export, with the next ones in a large one (ManifestSaving).
    private void Change(ExportManifest manifest)
    {
        _manifest = manifest;
        if (ManifestSaving.Due(++_unsaved, _manifest.Resources.Count))
            Save(_manifest);
    }

    // Writes outcomes still waiting; when the export is failing already, a failure to write is not the one to report.
    private void Flush(bool quietly)
    {
        lock (_gate)
        {
            if (_unsaved == 0)
                return;
            try
            {
                Save(_manifest);
            }
            catch (Exception e) when (quietly && e is IOException or UnauthorizedAccessException)
            {
                // The batch's index still has every saved resource; the rerun finds them.
            }
        }
    }

    private void Report(string? line = null)
    {
        lock (_gate)
            _report(new ExportProgress(_stage, _manifest.Messages, _newMessages, _manifest.Resources.Count, Done(), _failures.Count, _bytes + _inFlight.Values.Sum(), line));
    }

    private int Done() => _manifest.Resources.Count(r => r.Status == ResourceStatus.Ok);

    private static async Task<ChatInfo?> TryChatAsync(ConversationReader reader, string chatId, CancellationToken cancellationToken)
    {
        try
        {
            return await reader.ChatAsync(chatId, cancellationToken);
        }
        catch (LarkException)
        {
            return null; // a title is a nicety: the listing says whether the chat can be read
        }
    }

    private static BatchItem? Item(ExportedResource resource) =>
        resource.Path.StartsWith("resources/", StringComparison.Ordinal)
        && MessageId.Parse(resource.MessageId).TryGetValue(out var id) && FileKey.Parse(resource.Key).TryGetValue(out var key)
        && ResourceTypes.Parse(resource.Type).TryGetValue(out var type) && OutputPath.Parse(resource.Path["resources/".Length..]).TryGetValue(out var name)
            ? new BatchItem(id, key, type, name)
            : null;

    private static IEnumerable<(string MessageId, string Key, string Type, string Path)> Entries(JsonObject message)
    {
        foreach (var resource in (message["resources"] as JsonArray ?? []).OfType<JsonObject>())
        {
            if ((string?)resource["message_id"] is { } id && (string?)resource["key"] is { } key && (string?)resource["type"] is { } type)
                yield return (id, key, type, (string?)resource["local_path"] ?? "");
        }

        foreach (var reply in (message["thread_replies"] as JsonArray ?? []).OfType<JsonObject>())
        {
            foreach (var entry in Entries(reply))
                yield return entry;
        }
    }

    private static IEnumerable<ListedMessage> All(ListedMessage message) => [message, .. (message.ThreadReplies ?? []).SelectMany(All)];

    private static long? Max(long? a, long? b) => a is null ? b : b is null ? a : Math.Max(a.Value, b.Value);

    private static long? SizeOf(string path)
    {
        try
        {
            var info = new FileInfo(path);
            return info.Exists ? info.Length : null;
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
            return null;
        }
    }

    private FileStream Exclusive()
    {
        try
        {
            return new FileStream(_files.Lock, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose);
        }
        catch (IOException e)
        {
            throw new LarkException(ExportRefusal.Busy(_files.Directory), e);
        }
    }

    private sealed class Feed(ExportRun run) : IProgress<BatchProgress>
    {
        public void Report(BatchProgress value) => run.Outcome(value);
    }
}
