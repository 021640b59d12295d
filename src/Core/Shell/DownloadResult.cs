using Lark.Resources.Rules.Names;

namespace Lark.Resources.Shell;

/// <summary>A finished download.</summary>
/// <param name="SavedPath">The absolute path of the saved file.</param>
/// <param name="SizeBytes">Its size.</param>
/// <param name="Sha256">The SHA-256 of its bytes, lower-case hex.</param>
/// <param name="ContentType">The server's content type.</param>
/// <param name="NameSource">Where the file name came from.</param>
/// <param name="ResumedFrom">Bytes reused from an earlier interrupted run (0 if none).</param>
/// <param name="Requests">HTTP requests made for the body.</param>
public sealed record DownloadResult(string SavedPath, long SizeBytes, string Sha256, string? ContentType, NameSource NameSource, long ResumedFrom, int Requests);
