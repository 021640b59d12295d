using Lark.Resources.Rules.Conversations;
using Lark.Resources.Rules.Messages;

namespace Lark.Resources.Shell.Messages;

/// <summary>One page of a listing and where the listing stands after it.</summary>
/// <param name="Page">The page's messages, <c>has_more</c> and <c>page_token</c>.</param>
/// <param name="Pagination">Pages and messages read so far, complete or where to continue.</param>
public sealed record ListedPage(MessagePage Page, Pagination Pagination);
