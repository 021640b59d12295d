namespace Lark.Resources.Rules.Errors;

/// <summary>A help link the server attached to an error.</summary>
/// <param name="Url">Where to read.</param>
/// <param name="Description">What it explains.</param>
public sealed record HelpLink(string Url, string Description);
