using System.Text.Json.Nodes;
using Lark.Cli.Output;
using Lark.Resources.Rules;
using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Shell;
using Lark.Resources.Shell.Messages;
using ModelContextProtocol;
using ModelContextProtocol.Protocol;
using ModelContextProtocol.Server;

namespace Lark.Cli.Mcp;

/// <summary>The tools' behaviour over one <see cref="LarkClient"/>: list a chat or a thread, list a message's resources, download one.</summary>
public sealed class LarkMcpTools
{
    private readonly LarkClient _client;
    private readonly McpServerSettings _settings;
    private readonly MessageResources _messages;
    private readonly ConversationTools _conversations;

    /// <summary>Creates the tools over a client (not owned).</summary>
    public LarkMcpTools(LarkClient client, McpServerSettings settings)
    {
        _client = client ?? throw new ArgumentNullException(nameof(client));
        _settings = settings ?? throw new ArgumentNullException(nameof(settings));
        _messages = new MessageResources(client);
        _conversations = new ConversationTools(client);
    }

    /// <summary>The <c>tools/list</c> answer.</summary>
    public static ValueTask<ListToolsResult> ListToolsAsync(RequestContext<ListToolsRequestParams> context, CancellationToken cancellationToken) =>
        ValueTask.FromResult(new ListToolsResult { Tools = [.. McpToolDefinitions.All] });

    /// <summary>The <c>tools/call</c> answer: tool failures are <c>isError</c> results; an unknown tool is a protocol error.</summary>
    public async ValueTask<CallToolResult> CallToolAsync(RequestContext<CallToolRequestParams> context, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(context);
        var call = context.Params ?? throw new McpProtocolException("tools/call needs params", McpErrorCode.InvalidParams);
        var arguments = new ToolArguments(call.Arguments);
        try
        {
            return call.Name switch
            {
                McpToolNames.ListChatMessages => ToolResults.Success(await _conversations.ListChatAsync(arguments, cancellationToken)),
                McpToolNames.ListThreadMessages => ToolResults.Success(await _conversations.ListThreadAsync(arguments, cancellationToken)),
                McpToolNames.ListMessageResources => await ListAsync(arguments, cancellationToken),
                McpToolNames.DownloadMessageResource => await DownloadAsync(context.Server, call.ProgressToken, arguments, cancellationToken),
                McpToolNames.ExportMessages => await ExportAsync(context.Server, call.ProgressToken, arguments, cancellationToken),
                _ => throw new McpProtocolException($"unknown tool \"{call.Name}\"; the tools are {string.Join(", ", McpToolNames.All)}", McpErrorCode.InvalidParams),
            };
        }
        catch (ToolInputException e)
        {
            return e.Failure is { } refusal ? ToolResults.Failure(refusal) : ToolResults.Invalid(e.Message, e.Param);
        }
        catch (LarkException e)
        {
            return ToolResults.Failure(e);
        }
        catch (CliFailureException e)
        {
            // From the CLI's token source: a refresh lock that timed out, a store entry that cannot be decrypted…
            return ToolResults.Failure(e.Failure);
        }
        catch (Exception e) when (e is not (OperationCanceledException or McpException))
        {
            // Reading the image back, or anything unforeseen: still a classified tool error, not a protocol failure.
            return ToolResults.Failure(UnexpectedFailure.From(e));
        }
    }

    private async Task<CallToolResult> ListAsync(ToolArguments arguments, CancellationToken cancellationToken)
    {
        arguments.OnlyKnown(McpToolNames.ListMessageResources, "message_id");
        var id = Valid(MessageId.Parse(arguments.Required("message_id")));
        var listing = await _messages.ListAsync(id.Value, cancellationToken);
        return ToolResults.Success(ResourceListingJson.Of(listing));
    }

    private async Task<CallToolResult> DownloadAsync(McpServer server, ProgressToken? progressToken, ToolArguments arguments, CancellationToken cancellationToken)
    {
        // Everything that can be refused is refused before any request.
        arguments.OnlyKnown(McpToolNames.DownloadMessageResource, "message_id", "file_key", "type", "output", "overwrite");
        var parsed = Valid(DownloadRequest.Parse(arguments.Required("message_id"), arguments.Required("file_key"), arguments.Required("type"), arguments.String("output")));
        var request = parsed with { Overwrite = arguments.Flag("overwrite"), Directory = _settings.DownloadDirectory };
        var notifier = progressToken is { } token ? new ProgressNotifier(server, token, _client.Options.Time, _settings.ProgressInterval) : null;
        DownloadResult result;
        try
        {
            result = await _client.DownloadAsync(request, notifier, cancellationToken);
        }
        finally
        {
            if (notifier is not null)
                await notifier.CompleteAsync();
        }

        var data = ResultJson(result, request.MessageId, request.FileKey, request.Type);
        return request.Type == ResourceType.Image && result.SizeBytes <= _settings.InlineImageMaxBytes && await InlineImageAsync(result, cancellationToken) is { } image
            ? ToolResults.Success(data, image)
            : ToolResults.Success(data);
    }

    private static async Task<ImageContentBlock?> InlineImageAsync(DownloadResult result, CancellationToken cancellationToken)
    {
        var bytes = await File.ReadAllBytesAsync(result.SavedPath, cancellationToken);
        return ImageMime.Of(result.ContentType, bytes) is { } mime && bytes.Length > 0 ? ImageContentBlock.FromBytes(bytes, mime) : null;
    }

    private JsonObject ResultJson(DownloadResult result, MessageId message, FileKey key, ResourceType type)
    {
        var json = DownloadResultJson.From(result, message, key, type);
        json["identity"] = _settings.Identity;
        return json;
    }

    private async Task<CallToolResult> ExportAsync(McpServer server, ProgressToken? progressToken, ToolArguments arguments, CancellationToken cancellationToken)
    {
        var notifier = progressToken is { } token ? new ProgressNotifier(server, token, _client.Options.Time, _settings.ProgressInterval) : null;
        (JsonObject Data, bool Partial) exported;
        try
        {
            exported = await new ExportTool(_client, _settings).ExportAsync(arguments, notifier, cancellationToken);
        }
        finally
        {
            if (notifier is not null)
                await notifier.CompleteAsync();
        }

        exported.Data["identity"] = _settings.Identity;
        return exported.Partial ? ToolResults.PartialFailure(exported.Data) : ToolResults.Success(exported.Data);
    }

    private static T Valid<T>(Validated<T> result) =>
        result.TryGetValue(out var value, out var failure) ? value : throw new ToolInputException(failure);
}
