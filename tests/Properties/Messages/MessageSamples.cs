using System.Text.Json;
using System.Text.Json.Nodes;
using Lark.Resources.Rules.Messages;

namespace Lark.Resources.Properties.Messages;

/// <summary>Messages and zones for the rendering tests.</summary>
internal static class MessageSamples
{
    /// <summary>UTC+8 without daylight saving (the official examples' zone).</summary>
    public static readonly TimeZoneInfo Beijing = TimeZoneInfo.CreateCustomTimeZone("UTC+08", TimeSpan.FromHours(8), "UTC+08", "UTC+08");

    /// <summary>A message of <paramref name="type"/> with <paramref name="content"/>.</summary>
    public static LarkMessage Message(string type, string? content, IReadOnlyList<MessageMention>? mentions = null, string id = "om_1",
        string? upper = null, long? createdMs = null, MessageSender? sender = null) =>
        new(id, null, null, null, type, createdMs, null, false, false, "oc_1", sender, content, mentions ?? [], upper);

    /// <summary>The text <see cref="MessageRenderer"/> gives content of a type, in UTC+8.</summary>
    public static string Render(string type, string? content, IReadOnlyList<MessageMention>? mentions = null) =>
        MessageRenderer.RenderContent(Message(type, content, mentions), [], Beijing);

    /// <summary>A mention of a user.</summary>
    public static MessageMention Mention(string key, string name, string id = "ou_x") => new(key, id, "open_id", name);

    /// <summary>JSON text of an anonymous object, as Lark would put it in body.content.</summary>
    public static string Json(JsonNode node) => node.ToJsonString();

    /// <summary>Parses <paramref name="json"/> and hands its root to <paramref name="read"/>.</summary>
    public static T WithRoot<T>(string json, Func<JsonElement, T> read)
    {
        using var document = JsonDocument.Parse(json, new JsonDocumentOptions { MaxDepth = 100_000 });
        return read(document.RootElement);
    }
}
