namespace Lark.Resources.Export.Rules;

/// <summary>What the transcript's head says.</summary>
/// <param name="Title">The chat's name (or a name for the thread or messages).</param>
/// <param name="Source">What was exported, e.g. <c>chat oc_…</c>.</param>
/// <param name="Range">The window, e.g. <c>all messages</c>.</param>
/// <param name="ExportedAt">When, as text.</param>
/// <param name="Messages">How many messages.</param>
public sealed record TranscriptHeader(string Title, string Source, string Range, string ExportedAt, long Messages);
