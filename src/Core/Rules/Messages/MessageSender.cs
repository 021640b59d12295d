namespace Lark.Resources.Rules.Messages;

/// <summary>Who sent a message, as the message endpoints describe the sender.</summary>
/// <param name="Id">The sender's id: an open id (<c>ou_…</c>) for a user, an app id (<c>cli_…</c>) for a bot.</param>
/// <param name="IdType">What kind of id <paramref name="Id"/> is (<c>open_id</c>, <c>app_id</c>).</param>
/// <param name="SenderType">The kind of sender (<c>user</c>, <c>app</c>, <c>anonymous</c>, <c>unknown</c>).</param>
/// <param name="TenantKey">The sender's tenant.</param>
/// <param name="Name">
/// The display name: on a parsed message the server's <c>sender_name</c> (asked with <c>with_sender_name=true</c>); on a
/// listed message the name resolved for display (the server's, else one seen for the same id elsewhere in the listing).
/// </param>
public sealed record MessageSender(string? Id, string? IdType, string? SenderType, string? TenantKey, string? Name)
{
    /// <summary>
    /// The sender object exactly as the server sent it (JSON text), so that a listing can pass on every field the
    /// official CLI passes on (<c>sender_i18n_names</c>, <c>open_bot_id</c>, …); <see langword="null"/> for a sender
    /// built by hand.
    /// </summary>
    public string? Json { get; init; }
}
