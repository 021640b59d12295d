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
///     await client.DownloadAsync(DownloadRequest.Parse(r.MessageId, r.FileKey, r.Type.ToWire()).Value);
/// </code>
/// </example>
public sealed class MessageResources
{
    private readonly LarkClient _client;

    /// <summary>Uses <paramref name="client"/>'s hosts, identity and connection (not owned).</summary>
    public MessageResources(LarkClient client) => _client = client ?? throw new ArgumentNullException(nameof(client));

    /// <summary>Lists the resources of a message and of its sub-messages when it is a merge-forward.</summary>
    /// <exception cref="LarkException">Bad id (validation), or Lark refused (classified through <see cref="ErrorCatalog"/>).</exception>
    public async Task<ResourceListing> ListAsync(string messageId, CancellationToken cancellationToken = default)
    {
        var id = Valid(messageId);
        var items = await GetItemsAsync(id, cancellationToken);
        return ResourceListing.Build(id.Value, items);
    }

    /// <summary>The message and, for a merge-forward, its sub-messages (<c>data.items[]</c>).</summary>
    /// <exception cref="LarkException">Bad id (validation), or Lark refused (classified through <see cref="ErrorCatalog"/>).</exception>
    public Task<IReadOnlyList<MessageItem>> GetMessageAsync(string messageId, CancellationToken cancellationToken = default) =>
        GetItemsAsync(Valid(messageId), cancellationToken);

    private Task<IReadOnlyList<MessageItem>> GetItemsAsync(MessageId id, CancellationToken cancellationToken) =>
        Http.AuthorizedJson.GetAsync(_client, $"open-apis/im/v1/messages/{Uri.EscapeDataString(id.Value)}", $"reading message {id.Value}", MessageItem.ParseAnswer, cancellationToken);

    private static MessageId Valid(string messageId) =>
        MessageId.Parse(messageId).TryGetValue(out var id, out var failure) ? id : throw new LarkException(failure);
}
