using Lark.Resources.Rules.Identifiers;

namespace Lark.Resources.Rules.Messages;

/// <summary>A resource ready to download: pass <see cref="MessageId"/>, <see cref="FileKey"/> and <see cref="Type"/> as they are.</summary>
/// <param name="MessageId">The id to download with: for a merge-forward's sub-message, the container's id (Lark refuses the sub-message's own id with 234003).</param>
/// <param name="FileKey">The resource key.</param>
/// <param name="Type">image or file.</param>
/// <param name="Kind">What it is (see <see cref="ContentResource.Kind"/>).</param>
/// <param name="FileName">The name the message gives it, when any.</param>
/// <param name="SubMessageId">The sub-message that holds it, inside a merge-forward.</param>
public sealed record ListedResource(string MessageId, string FileKey, ResourceType Type, string Kind, string? FileName, string? SubMessageId);
