namespace Lark.Resources.Rules.Messages;

/// <summary>One entry of a message's <c>mentions</c>: the placeholder key in its content and who it stands for.</summary>
/// <param name="Key">The placeholder in the content (<c>@_user_1</c>); empty when the server sent none.</param>
/// <param name="Id">The mentioned user's open id (from <c>id</c>, or <c>id.open_id</c> when it is an object).</param>
/// <param name="IdType">What kind of id <paramref name="Id"/> is (<c>open_id</c>).</param>
/// <param name="Name">The mentioned user's name.</param>
public sealed record MessageMention(string Key, string? Id, string? IdType, string? Name);
