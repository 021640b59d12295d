namespace Lark.Resources.Rules.Batch;

/// <summary>A resource a batch saved and verified: where it is, how big, and its SHA-256.</summary>
/// <param name="MessageId">The message id it was downloaded with.</param>
/// <param name="FileKey">Its key.</param>
/// <param name="Type"><c>image</c> or <c>file</c>.</param>
/// <param name="Path">Its path relative to the batch directory, with <c>/</c> separators.</param>
/// <param name="Size">Its size in bytes.</param>
/// <param name="Sha256">Its SHA-256, lower-case hex.</param>
public sealed record SavedResource(string MessageId, string FileKey, string Type, string Path, long Size, string Sha256);
