using System.Text.Json;
using Lark.Resources.Rules.Download;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Messages;

namespace Lark.Resources.Shell.Messages;

/// <summary>
/// Finds the resources of a message: reads it with <c>GET /open-apis/im/v1/messages/{id}</c> as the client's
/// identity and lists what can be downloaded, each with the message id the resource endpoint accepts
/// (a merge-forward's container id for its sub-messages).
/// </summary>
/// <example>
/// <code>
/// var listing = await new MessageResources(client).ListAsync("om_…", cancellationToken);
/// foreach (var r in listing.Resources)
///     await client.DownloadAsync(new DownloadRequest { MessageId = r.MessageId, FileKey = r.FileKey, Type = r.Type.ToWire() });
/// </code>
/// </example>
public sealed class MessageResources
{
    private readonly LarkClient _client;

    /// <summary>Uses <paramref name="client"/>'s hosts, identity and connection (not owned).</summary>
    public MessageResources(LarkClient client) => _client = client ?? throw new ArgumentNullException(nameof(client));

    /// <summary>Lists the resources of a message and of its sub-messages when it is a merge-forward.</summary>
    /// <exception cref="LarkDownloadException">Bad id (validation), or Lark refused (classified through <see cref="ErrorCatalog"/>).</exception>
    public async Task<ResourceListing> ListAsync(string messageId, CancellationToken cancellationToken = default)
    {
        var id = Valid(messageId);
        var items = await GetItemsAsync(id, cancellationToken);
        return ResourceListing.Build(id.Value, items);
    }

    /// <summary>The message and, for a merge-forward, its sub-messages (<c>data.items[]</c>).</summary>
    /// <exception cref="LarkDownloadException">Bad id (validation), or Lark refused (classified through <see cref="ErrorCatalog"/>).</exception>
    public Task<IReadOnlyList<MessageItem>> GetMessageAsync(string messageId, CancellationToken cancellationToken = default) =>
        GetItemsAsync(Valid(messageId), cancellationToken);

    private async Task<IReadOnlyList<MessageItem>> GetItemsAsync(MessageId id, CancellationToken cancellationToken)
    {
        var path = $"open-apis/im/v1/messages/{Uri.EscapeDataString(id.Value)}";
        var token = await _client.Tokens.GetTokenAsync(cancellationToken);
        var refreshed = false;
        while (true)
        {
            await _client.Pacer.WaitAsync(cancellationToken);
            using var document = await _client.Api.GetJsonAsync(path, token, cancellationToken);
            var root = document.RootElement;
            var code = Http.LarkApi.CodeOf(root);
            if (code == 0)
            {
                return MessageItem.ParseAnswer(root).TryGetValue(out var items)
                    ? items
                    : throw new LarkDownloadException(FailureKind.Api, $"reading message {id.Value}: {MessageItem.ParseAnswer(root).Error}", "Check the API base URL; quote the request to Lark support if it persists.");
            }

            var errorClass = ErrorCatalog.Classify(code, 400);
            if (errorClass.Retry == RetryAdvice.RefreshToken && !refreshed)
            {
                // A rejected token is refreshed once; a second rejection is the answer.
                refreshed = true;
                token = await _client.Tokens.RefreshAsync(token, cancellationToken);
                continue;
            }

            throw Failure(id, code, errorClass, root);
        }
    }

    private static LarkDownloadException Failure(MessageId id, int code, ErrorClass errorClass, JsonElement root)
    {
        var error = LarkError.Parse(root.GetRawText()).TryGetValue(out var parsed) ? parsed : null;
        var kind = errorClass.Kind switch
        {
            ErrorKind.Auth => FailureKind.Auth,
            ErrorKind.Permission => FailureKind.Permission,
            ErrorKind.NotFound => FailureKind.NotFound,
            ErrorKind.RateLimit => FailureKind.RateLimit,
            _ => FailureKind.Api,
        };
        var said = string.IsNullOrWhiteSpace(error?.Message) ? "" : $" ({error.Message})";
        return new LarkDownloadException(new DownloadFailure(kind, $"reading message {id.Value} failed: {errorClass.Meaning}{said}",
            ErrorCatalog.HintFor(errorClass, error), code, error?.LogId));
    }

    private static MessageId Valid(string messageId) =>
        MessageId.Parse(messageId).TryGetValue(out var id)
            ? id
            : throw new LarkDownloadException(FailureKind.Validation, MessageId.Parse(messageId).Error!.Replace("--message-id", "message_id", StringComparison.Ordinal), "Pass the message's id (om_…) as it appears in the message list; nothing was sent.");
}
