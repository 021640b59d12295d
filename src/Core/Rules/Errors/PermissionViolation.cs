namespace Lark.Resources.Rules.Errors;

/// <summary>A scope the server says is missing.</summary>
/// <param name="Type">E.g. <c>action_scope_required</c>.</param>
/// <param name="Subject">The scope, e.g. <c>im:message:readonly</c>.</param>
public sealed record PermissionViolation(string Type, string Subject);
