using Lark.Resources.Rules.Conversations;
using Lark.Resources.Rules.Identifiers;

namespace Lark.Cli.Commands.Listing;

/// <summary>What a listing command reads.</summary>
internal abstract record ListingSource
{
    private ListingSource()
    {
    }

    /// <summary>A chat, by id or by the user of a p2p chat (resolved at run time).</summary>
    public sealed record Chat(MessageListQuery Query, string? UserId) : ListingSource;

    /// <summary>A thread, by id or by a message in it (resolved at run time).</summary>
    public sealed record Thread(MessageListQuery Query, bool ByMessage) : ListingSource;

    /// <summary>Messages by id.</summary>
    public sealed record Messages(IReadOnlyList<MessageId> Ids) : ListingSource;
}
