namespace Lark.Resources.Rules.Messages;

/// <summary>Shared chats and users, locations and red packets: one bracketed line each.</summary>
internal static class ShareText
{
    /// <summary><c>[Chat card: oc_…]</c>.</summary>
    public static string Chat(string raw) => ContentText.WithObject(raw, "chat card", content =>
        GoJson.S(content, "chat_id") is { Length: > 0 } id ? $"[Chat card: {id}]" : "[Chat card]");

    /// <summary><c>[User card: ou_…]</c>.</summary>
    public static string User(string raw) => ContentText.WithObject(raw, "user card", content =>
        GoJson.S(content, "user_id") is { Length: > 0 } id ? $"[User card: {id}]" : "[User card]");

    /// <summary><c>[Location: name]</c>.</summary>
    public static string Location(string raw) => ContentText.WithObject(raw, "location", content =>
        GoJson.S(content, "name") is { Length: > 0 } name ? $"[Location: {name}]" : "[Location]");

    /// <summary><c>&lt;hongbao text="…"/&gt;</c>, the text quoted as Go's <c>%q</c> quotes it.</summary>
    public static string Hongbao(string raw) => ContentText.WithObject(raw, "hongbao", content =>
        GoJson.S(content, "text") is { Length: > 0 } text ? $"<hongbao text={GoText.Quote(text)}/>" : "<hongbao/>");
}
