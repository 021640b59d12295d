using Lark.Resources.Rules.Messages;

namespace Lark.Resources.Shell.Messages;

/// <summary>Messages turned into the official listed objects, and what went wrong without failing them.</summary>
/// <param name="Messages">The listed messages, in the order given.</param>
/// <param name="Warnings">Enrichments that failed (the messages say so too).</param>
public sealed record ListingBatch(IReadOnlyList<ListedMessage> Messages, IReadOnlyList<ListingWarning> Warnings);
