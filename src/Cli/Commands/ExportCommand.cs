using System.CommandLine;
using System.Text.Json.Nodes;
using Lark.Cli.Commands.Listing;
using Lark.Cli.Hosting;
using Lark.Cli.Output;
using Lark.Resources.Export.Rules;
using Lark.Resources.Export.Shell;
using Lark.Resources.Rules.Conversations;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Names;
using Lark.Resources.Shell;

namespace Lark.Cli.Commands;

/// <summary>
/// <c>lark-cli im +messages-export</c>: a chat, a thread or messages by id as a readable transcript, every message in
/// messages.jsonl, every resource once, and a manifest; run it again to continue or to add what is new.
/// </summary>
public static class ExportCommand
{
    /// <summary>The command's name.</summary>
    public const string Name = "+messages-export";

    /// <summary>Builds the command.</summary>
    public static Command Create(CliHost host, GlobalOptions globals)
    {
        ArgumentNullException.ThrowIfNull(globals);
        var chatId = new Option<string?>("--chat-id") { Description = "Export a chat (oc_…).", HelpName = "oc_…" };
        var thread = new Option<string?>("--thread", "--thread-id") { Description = "Export a thread (omt_…, or a message in it: om_…).", HelpName = "omt_…|om_…" };
        var messageIds = new Option<string?>("--message-ids", "--message-id") { Description = "Export messages by id, comma-separated (any number; read 50 at a time).", HelpName = "om_…,om_…" };
        var start = new Option<string?>("--start", "--start-time") { Description = "With --chat-id: from this time (ISO 8601 or Unix seconds).", HelpName = "time" };
        var end = new Option<string?>("--end", "--end-time") { Description = "With --chat-id: until this time (a date alone means the end of that day).", HelpName = "time" };
        var outputDir = new Option<string?>("--output-dir") { Description = "The export directory, relative to the working directory. Default: ./lark-export/<chat id, thread id or \"messages\">.", HelpName = "dir" };
        var noResources = new Option<bool>("--no-resources") { Description = "Transcript and messages only: resources are named, not downloaded." };
        var refreshThreads = new Option<bool>("--refresh-threads") { Description = "With --chat-id, on a rerun: read every thread saved earlier again and add the replies sent since (one read per thread)." };
        var concurrency = new Option<int>("--resource-concurrency") { Description = "Resources downloaded at once (1–16).", DefaultValueFactory = _ => 4, HelpName = "n" };
        var dryRun = new Option<bool>("--dry-run") { Description = "Print what would be read and written, and send nothing. Needs no credentials." };
        var command = new Command(Name, """
            Export a chat, a thread or messages by id: transcript.md (Markdown to read and share: day headings, senders,
            posts, images inline, files linked, replies and threads), messages.jsonl (one message a line, as
            +chat-messages-list prints them), resources/ (each image and file once, by its real name) and manifest.json
            (every resource with its size, SHA-256 and status). Run the same command again to finish an interrupted
            export, retry what failed, and add messages that arrived since; nothing done is done again. A rerun reads
            a chat from its last saved message, so replies added later to threads saved before need --refresh-threads.

            Examples:
              lark-cli im +messages-export --chat-id oc_xxx
              lark-cli im +messages-export --chat-id oc_xxx --start 2026-11-01 --output-dir exports/team
              lark-cli im +messages-export --thread omt_xxx --no-resources
              lark-cli im +messages-export --chat-id oc_xxx --refresh-threads
            """)
        {
            chatId, thread, messageIds, start, end, outputDir, noResources, refreshThreads, concurrency, dryRun,
        };
        GlobalOptions.AddTo(command, globals.As, globals.Profile, globals.Jq);
        command.SetAction(async (parsed, cancellationToken) =>
        {
            var jq = Envelope.ParseJq(parsed.GetValue(globals.Jq));
            var source = Source(parsed.GetValue(chatId), parsed.GetValue(thread), parsed.GetValue(messageIds), parsed.GetValue(start), parsed.GetValue(end), host.Time.LocalTimeZone);
            if (parsed.GetValue(refreshThreads) && source is not ExportSource.Chat)
                throw ListingParse.Invalid("--refresh-threads goes with --chat-id only", "Leave it out: a thread export reads its whole thread every time, and messages by id have no threads to refresh.", "--refresh-threads");
            var directory = Directory(host, parsed.GetValue(outputDir), source);
            var request = new ExportRequest
            {
                Source = source,
                Directory = directory,
                Resources = !parsed.GetValue(noResources),
                ResourceConcurrency = parsed.GetValue(concurrency),
                RefreshThreads = parsed.GetValue(refreshThreads),
                Zone = host.Time.LocalTimeZone,
            };
            if (request.Validate().Failure is { } refused)
                throw new CliFailureException(CliFailure.From(refused, CliVocabulary.Instance));
            var settings = await CommandClient.SettingsAsync(host, globals, parsed);
            if (parsed.GetValue(dryRun))
            {
                Envelope.Write(host.Out, DryRun(source, directory, request, settings.Identity), jq);
                return 0;
            }

            using var client = CommandClient.Create(settings, host);
            ExportResult result;
            await using (var display = ProgressDisplay.Start(host))
            {
                try
                {
                    result = await client.ExportAsync(request, new Feed(display), cancellationToken);
                }
                catch (LarkException e)
                {
                    await display.StopAsync();
                    throw new CliFailureException(CliFailure.From(e), settings.Identity);
                }
            }

            NoteThreads(host, result, request.RefreshThreads);
            var data = Data(result);
            if (result.Failures.Count == 0)
            {
                Envelope.Write(host.Out, Envelope.Success(settings.Identity, data), jq);
                return 0;
            }

            // Some resources failed: the official partial-failure shape, on stdout, exit 1; everything else was saved.
            data["failures"] = new JsonArray([.. result.Failures.Select(f => (JsonNode)new JsonObject
            {
                ["message_id"] = f.MessageId,
                ["key"] = f.Key,
                ["type"] = f.Type,
                ["error"] = Envelope.Error(CliFailure.From(f.Failure, CliVocabulary.Instance)),
            })]);
            var envelope = Envelope.Success(settings.Identity, data);
            envelope["ok"] = false;
            Envelope.Write(host.Out, envelope, jq);
            return ExitCodes.PartialFailure;
        });
        return command;
    }

    // Exactly one source; a window only for a chat.
    private static ExportSource Source(string? chatId, string? thread, string? messageIds, string? start, string? end, TimeZoneInfo zone)
    {
        var given = new[] { chatId, thread, messageIds }.Count(s => !string.IsNullOrWhiteSpace(s));
        if (given != 1)
        {
            throw ListingParse.Invalid(given == 0 ? "specify one of --chat-id, --thread or --message-ids" : "--chat-id, --thread and --message-ids are mutually exclusive",
                "Pass exactly one source to export.", given == 0 ? "--chat-id" : null);
        }

        if (string.IsNullOrWhiteSpace(chatId) && (!string.IsNullOrWhiteSpace(start) || !string.IsNullOrWhiteSpace(end)))
            throw ListingParse.Invalid("--start and --end go with --chat-id only", "Leave them out, or export a chat.", "--start");
        if (!string.IsNullOrWhiteSpace(chatId))
        {
            return new ExportSource.Chat(ListingParse.Valid(ConversationIds.Chat(chatId)),
                ListingParse.Time(start, InputField.Start, isEnd: false, zone), ListingParse.Time(end, InputField.End, isEnd: true, zone));
        }

        if (!string.IsNullOrWhiteSpace(thread))
            return new ExportSource.Thread(ListingParse.Valid(ConversationIds.Thread(thread)).Id);
        return new ExportSource.Messages([.. messageIds!.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries)]);
    }

    // Relative, inside the working directory, no control or bidi characters — as --output is checked.
    private static string Directory(CliHost host, string? outputDir, ExportSource source)
    {
        var relative = string.IsNullOrWhiteSpace(outputDir) ? $"lark-export/{source.DefaultDirectoryName}" : outputDir.TrimEnd('/', '\\');
        var path = ListingParse.Valid(OutputPath.Parse(relative.Length == 0 ? outputDir : relative, InputField.OutputDirectory));
        return Path.GetFullPath(Path.Join(host.WorkingDirectory, path.Relative));
    }

    private static JsonObject Data(ExportResult result) => new()
    {
        ["directory"] = result.Directory,
        ["transcript"] = result.Transcript,
        ["manifest"] = result.Manifest,
        ["messages"] = result.Messages,
        ["new_messages"] = result.NewMessages,
        ["resources"] = new JsonObject { ["total"] = result.ResourcesTotal, ["downloaded"] = result.Downloaded, ["reused"] = result.Reused, ["failed"] = result.Failed },
        ["bytes"] = result.Bytes,
    };

    // A chat rerun that left saved threads unread says so, and how to read them.
    private static void NoteThreads(CliHost host, ExportResult result, bool refreshed)
    {
        if (result.ThreadsNotRefreshed == 0)
            return;
        host.Error.WriteLine(refreshed
            ? $"note: {result.ThreadsNotRefreshed} thread(s) saved by earlier runs could not be read again; a rerun with --refresh-threads tries them again"
            : $"note: {result.ThreadsNotRefreshed} thread(s) saved by earlier runs were not read again for new replies; add --refresh-threads to read them");
    }

    private static JsonObject DryRun(ExportSource source, string directory, ExportRequest request, string identity)
    {
        var api = new JsonArray();
        void Add(string method, string url, string? desc = null)
        {
            var call = new JsonObject();
            if (desc is not null)
                call["desc"] = desc;
            call["method"] = method;
            call["url"] = url;
            api.Add((JsonNode)call);
        }

        switch (source)
        {
            case ExportSource.Chat chat:
                Add("GET", $"/open-apis/im/v1/chats/{chat.ChatId}", "the chat's name, for the transcript's title");
                Add("GET", "/open-apis/im/v1/messages?container_id_type=chat&container_id=" + chat.ChatId + "&sort_type=ByCreateTimeAsc&only_thread_root_messages=true", "every page, oldest first, from the last export's newest message");
                if (request.RefreshThreads)
                    Add("GET", "/open-apis/im/v1/messages?container_id_type=thread&container_id=:thread_id&sort_type=ByCreateTimeAsc", "every page of each thread saved by an earlier run, for replies sent since");

                break;
            case ExportSource.Thread thread:
                Add("GET", "/open-apis/im/v1/messages?container_id_type=thread&container_id=" + thread.ThreadId + "&sort_type=ByCreateTimeAsc", "every page of the thread");
                break;
            case ExportSource.Messages messages:
                Add("GET", "/open-apis/im/v1/messages/mget", $"{messages.MessageIds.Count} messages, 50 per request");
                break;
        }

        Add("POST", "/open-apis/im/v1/messages/reactions/batch_query", "reactions, 20 messages per request");
        if (request.Resources)
            Add("GET", "/open-apis/im/v1/messages/:message_id/resources/:file_key", $"each resource once, {request.ResourceConcurrency} at a time, into resources/");
        var envelope = Envelope.Success(identity, new JsonObject
        {
            ["api"] = api,
            ["directory"] = directory,
            ["writes"] = new JsonArray("transcript.md", "messages.jsonl", "manifest.json", "resources/"),
        });
        envelope["dry_run"] = true;
        return envelope;
    }

    // Messages read, resources done of known, bytes; a failed resource is said once.
    private sealed class Feed(ProgressDisplay display) : IProgress<ExportProgress>
    {
        public void Report(ExportProgress value)
        {
            display.Counters.Set("messages", value.Messages);
            display.Counters.Set("resources", value.ResourcesDone, value.ResourcesKnown);
            display.Counters.Set("MiB", value.Bytes / (1024 * 1024));
            if (value.Line is { } line)
                display.Line($"warning: {line}");
        }
    }
}
