using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Export.Shell;

/// <summary>A resource an export could not save.</summary>
/// <param name="MessageId">The message it belongs to.</param>
/// <param name="Key">Its key.</param>
/// <param name="Type"><c>image</c> or <c>file</c>.</param>
/// <param name="Failure">Why, in the error contract.</param>
public sealed record ExportFailure(string MessageId, string Key, string Type, LarkFailure Failure);
