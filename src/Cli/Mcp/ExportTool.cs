using System.Text.Json.Nodes;
using Lark.Cli.Output;
using Lark.Resources.Export.Rules;
using Lark.Resources.Export.Shell;
using Lark.Resources.Rules;
using Lark.Resources.Rules.Conversations;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Messages;
using Lark.Resources.Rules.Names;
using Lark.Resources.Shell;

namespace Lark.Cli.Mcp;

/// <summary>
/// <c>export_messages(chat_id | thread_id | message_ids, start?, end?, directory?, refresh_threads?)</c>: the library's export into a
/// directory under the server's download directory, with progress notifications; the same result as the CLI's
/// <c>im +messages-export</c>, and its partial failure (<c>ok: false</c> with <c>failures</c>) when resources failed.
/// </summary>
internal sealed class ExportTool(LarkClient client, McpServerSettings settings)
{
    public async Task<(JsonObject Data, bool Partial)> ExportAsync(ToolArguments arguments, IProgress<ExportProgress>? progress, CancellationToken cancellationToken)
    {
        arguments.OnlyKnown(McpToolNames.ExportMessages, "chat_id", "thread_id", "message_ids", "start", "end", "directory", "refresh_threads");
        var source = Source(arguments);
        var refresh = arguments.Flag("refresh_threads");
        if (refresh && source is not ExportSource.Chat)
            throw new ToolInputException("refresh_threads goes with chat_id only: a thread export reads its whole thread every time, and messages by id have no threads to refresh") { Param = "refresh_threads" };
        var relative = arguments.String("directory") is { Length: > 0 } given ? given.TrimEnd('/', '\\') : $"lark-export/{source.DefaultDirectoryName}";
        var directory = Valid(OutputPath.Parse(relative, InputField.OutputDirectory));
        var request = new ExportRequest { Source = source, Directory = Path.Join(settings.DownloadDirectory, directory.Relative), RefreshThreads = refresh };
        if (request.Validate().Failure is { } refused)
            throw new ToolInputException(refused);
        var result = await client.ExportAsync(request, progress, cancellationToken);
        var data = new JsonObject
        {
            ["directory"] = result.Directory,
            ["transcript"] = result.Transcript,
            ["manifest"] = result.Manifest,
            ["messages"] = result.Messages,
            ["new_messages"] = result.NewMessages,
            ["resources"] = new JsonObject { ["total"] = result.ResourcesTotal, ["downloaded"] = result.Downloaded, ["reused"] = result.Reused, ["failed"] = result.Failed },
            ["bytes"] = result.Bytes,
        };
        if (result.ThreadsNotRefreshed > 0)
        {
            data["threads_not_refreshed"] = result.ThreadsNotRefreshed;
            data["hint"] = request.RefreshThreads
                ? "Some threads saved by earlier calls could not be read again; call again with refresh_threads: true to try them."
                : "Threads saved by earlier calls were not read again for new replies; call again with refresh_threads: true to read them.";
        }

        if (result.Failures.Count == 0)
            return (data, false);
        data["failures"] = new JsonArray([.. result.Failures.Select(f => (JsonNode)new JsonObject
        {
            ["message_id"] = f.MessageId,
            ["key"] = f.Key,
            ["type"] = f.Type,
            ["error"] = Envelope.Error(CliFailure.From(f.Failure, ToolVocabulary.Instance)),
        })]);
        return (data, true);
    }

    private static ExportSource Source(ToolArguments arguments)
    {
        var chat = arguments.String("chat_id");
        var thread = arguments.String("thread_id");
        var ids = arguments.Strings("message_ids");
        var given = (chat is not null ? 1 : 0) + (thread is not null ? 1 : 0) + (ids is not null ? 1 : 0);
        if (given != 1)
            throw new ToolInputException(given == 0 ? "pass one of chat_id, thread_id or message_ids" : "chat_id, thread_id and message_ids go alone: pass exactly one") { Param = "chat_id" };
        var start = arguments.StringOrInteger("start");
        var end = arguments.StringOrInteger("end");
        if (chat is null && (start is not null || end is not null))
            throw new ToolInputException("start and end go with chat_id only") { Param = start is not null ? "start" : "end" };
        if (chat is not null)
        {
            return new ExportSource.Chat(Valid(ConversationIds.Chat(chat)),
                start is null ? null : Valid(TimeArgument.Parse(start, InputField.Start, TimeZoneInfo.Local, isEnd: false)),
                end is null ? null : Valid(TimeArgument.Parse(end, InputField.End, TimeZoneInfo.Local, isEnd: true)));
        }

        return thread is not null ? new ExportSource.Thread(Valid(ConversationIds.Thread(thread)).Id) : new ExportSource.Messages(ids!);
    }

    private static T Valid<T>(Validated<T> result) =>
        result.TryGetValue(out var value, out var failure) ? value : throw new ToolInputException(failure);
}
