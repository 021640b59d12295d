namespace Lark.Resources.Export.Shell;

/// <summary>A snapshot of an export.</summary>
/// <param name="Stage">What it is doing.</param>
/// <param name="Messages">Messages in the export so far (earlier runs included).</param>
/// <param name="NewMessages">Messages this run added.</param>
/// <param name="ResourcesKnown">Resources known so far.</param>
/// <param name="ResourcesDone">Resources saved (downloaded or already there).</param>
/// <param name="ResourcesFailed">Resources that failed in this run.</param>
/// <param name="Bytes">Bytes downloaded in this run.</param>
/// <param name="Line">Something to say once (a resource that failed), when there is.</param>
/// <param name="Result">The result, on the last snapshot.</param>
public sealed record ExportProgress(ExportStage Stage, long Messages, long NewMessages, int ResourcesKnown, int ResourcesDone, int ResourcesFailed, long Bytes, string? Line = null, ExportResult? Result = null);
