using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Names;

namespace Lark.Resources.Shell.Batch;

/// <summary>One resource of a batch, and the name it is saved under inside the batch directory.</summary>
/// <param name="MessageId">The message id to download with (a merge-forward's container id for its sub-messages).</param>
/// <param name="FileKey">The resource key.</param>
/// <param name="Type">Image or file.</param>
/// <param name="Name">The relative name to save under; without an extension, one from the answer's content type is added.</param>
public sealed record BatchItem(MessageId MessageId, FileKey FileKey, ResourceType Type, OutputPath Name);
