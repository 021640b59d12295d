namespace Lark.Resources.Export.Rules;

/// <summary>A failure as the manifest keeps it: the error contract's fields, in plain words.</summary>
/// <param name="Type">The category (<c>authorization</c>, <c>network</c>, …).</param>
/// <param name="Subtype">The subtype (<c>permission_denied</c>, …).</param>
/// <param name="Code">The Lark code, when there was one.</param>
/// <param name="Message">What went wrong.</param>
/// <param name="Hint">What to do.</param>
public sealed record ExportError(string Type, string Subtype, int? Code, string Message, string Hint);
