namespace Lark.Resources.Rules.Download;

/// <summary>Why a download failed, in the words a person and a program need.</summary>
/// <param name="Kind">The classification.</param>
/// <param name="Message">What happened.</param>
/// <param name="Hint">What to do about it.</param>
/// <param name="LarkCode">The Lark code, when the server sent one.</param>
/// <param name="LogId">The server's log id (<c>X-Tt-Logid</c>), to quote to support.</param>
/// <param name="HttpStatus">The HTTP status of the last answer, when there was one.</param>
public sealed record DownloadFailure(FailureKind Kind, string Message, string Hint, int? LarkCode = null, string? LogId = null, int? HttpStatus = null);
