namespace Lark.Resources.Export.Rules;

/// <summary>What the transcript says of one resource: where it is, how big, or why it is missing.</summary>
/// <param name="Path">Its path relative to the export directory, when saved.</param>
/// <param name="Size">Its size, when saved.</param>
/// <param name="Failure">Why it is missing, when it failed.</param>
public sealed record TranscriptResource(string? Path, long? Size, string? Failure);
