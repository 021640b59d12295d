using System.Text.Json;
using Lark.Resources.Rules.Identifiers;

namespace Lark.Resources.Rules.Messages;

/// <summary>
/// Reads a message's <c>body.content</c> (a JSON string) for its <c>msg_type</c> and names what can be downloaded
/// from it. Total: any text in, an answer out; malformed content is explained, never thrown.
/// </summary>
public static class MessageContentParser
{
    /// <summary>Deeper content is not a real message; the limit also bounds the walk of posts.</summary>
    public const int MaxDepth = 64;

    /// <summary>Larger content is not a real message (Lark caps a message at 150 KB).</summary>
    public const int MaxContentChars = 1 << 20;

    private const string NotViaApi = "Lark does not serve it through the message resource API (it answers 234043); open it in the Lark client";

    /// <summary>Parses <paramref name="content"/> of a message of type <paramref name="msgType"/>.</summary>
    public static MessageContent Parse(string? msgType, string? content)
    {
        var kind = string.IsNullOrWhiteSpace(msgType) ? "unknown" : msgType.Trim();
        if (kind is "merge_forward")
            return MessageContent.Empty; // Its resources are in the sub-messages.
        if (content is null || content.Length > MaxContentChars)
            return Unreadable(kind, content is null ? "the message has no content" : "the message content is too large to be a Lark message");
        try
        {
            using var document = JsonDocument.Parse(content, new JsonDocumentOptions { MaxDepth = MaxDepth });
            var root = document.RootElement;
            if (root.ValueKind != JsonValueKind.Object)
                return Unreadable(kind, "the message content is not a JSON object");
            var builder = new Builder();
            Read(kind, root, builder);
            return builder.Build();
        }
        catch (JsonException)
        {
            return Unreadable(kind, "the message content is not valid JSON");
        }
    }

    private static void Read(string kind, JsonElement root, Builder builder)
    {
        switch (kind)
        {
            case "image":
                builder.Add(kind, String(root, "image_key"), ResourceType.Image, "image", null);
                break;
            case "file":
                builder.Add(kind, String(root, "file_key"), ResourceType.File, "file", String(root, "file_name"));
                break;
            case "audio":
                builder.Add(kind, String(root, "file_key"), ResourceType.File, "audio", null);
                break;
            case "media":
                builder.Add(kind, String(root, "file_key"), ResourceType.File, "video", String(root, "file_name"));
                builder.AddOptional(kind, String(root, "image_key"), ResourceType.Image, "video_cover");
                break;
            case "post":
                WalkPost(root, builder, 0);
                break;
            case "sticker":
                builder.Unavailable(kind, String(root, "file_key"), $"stickers cannot be downloaded: {NotViaApi}");
                break;
            case "folder":
                builder.Unavailable(kind, String(root, "file_key"), $"folders cannot be downloaded: {NotViaApi}");
                break;
            case "interactive":
                var before = builder.UnavailableCount;
                WalkCard(root, builder, 0);
                if (builder.UnavailableCount == before)
                    builder.Unavailable(kind, null, "cards have no downloadable resources");
                break;
            case "text":
                builder.Unavailable(kind, null, "text messages have no resources to download");
                break;
            default:
                builder.Unavailable(kind, null, $"{kind} messages have no resources to download");
                break;
        }
    }

    // Posts: img and media elements anywhere under any locale wrapper (zh_cn, en_us, …) or none, in any paragraph.
    private static void WalkPost(JsonElement element, Builder builder, int depth)
    {
        if (depth > MaxDepth)
            return;
        switch (element.ValueKind)
        {
            case JsonValueKind.Object:
                switch (String(element, "tag"))
                {
                    case "img":
                        builder.Add("post", String(element, "image_key"), ResourceType.Image, "post_image", null);
                        break;
                    case "media":
                        builder.Add("post", String(element, "file_key"), ResourceType.File, "post_media", String(element, "file_name"));
                        builder.AddOptional("post", String(element, "image_key"), ResourceType.Image, "post_media_cover");
                        break;
                }

                foreach (var property in element.EnumerateObject())
                    WalkPost(property.Value, builder, depth + 1);
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                    WalkPost(item, builder, depth + 1);
                break;
        }
    }

    // Cards: every image key named anywhere, each reported as not downloadable.
    private static void WalkCard(JsonElement element, Builder builder, int depth)
    {
        if (depth > MaxDepth)
            return;
        if (element.ValueKind == JsonValueKind.Object)
        {
            foreach (var property in element.EnumerateObject())
            {
                if (GoJson.Name(property) is "img_key" or "image_key" && property.Value.ValueKind == JsonValueKind.String)
                    builder.Unavailable("interactive", JsonText.Of(property.Value), $"images in cards cannot be downloaded: {NotViaApi}");
                else
                    WalkCard(property.Value, builder, depth + 1);
            }
        }
        else if (element.ValueKind == JsonValueKind.Array)
        {
            foreach (var item in element.EnumerateArray())
                WalkCard(item, builder, depth + 1);
        }
    }

    private static MessageContent Unreadable(string kind, string reason) => new([], [new UnavailableResource(kind, null, reason)]);

    // GoJson's lookup, unlike TryGetProperty, does not throw on a key that escapes a lone surrogate.
    private static string? String(JsonElement element, string name) => GoJson.Str(element, name);

    private sealed class Builder
    {
        private readonly List<ContentResource> _resources = [];
        private readonly List<UnavailableResource> _unavailable = [];
        private readonly HashSet<(string, ResourceType)> _seen = [];
        private readonly HashSet<(string?, string)> _seenUnavailable = [];

        public int UnavailableCount => _unavailable.Count;

        public void Add(string kind, string? key, ResourceType type, string resourceKind, string? fileName)
        {
            if (key is null)
            {
                Unavailable(kind, null, $"the {resourceKind.Replace('_', ' ')} has no {(type == ResourceType.Image ? "image_key" : "file_key")} in the message content");
                return;
            }

            AddOptional(kind, key, type, resourceKind, fileName);
        }

        public void AddOptional(string kind, string? key, ResourceType type, string resourceKind, string? fileName = null)
        {
            if (key is null)
                return;
            if (!FileKey.Parse(key).TryGetValue(out var valid, out var failure))
            {
                Unavailable(kind, null, $"the {resourceKind.Replace('_', ' ')}'s key is not a valid resource key: {failure.Message.Render(Errors.PlainVocabulary.Instance)}");
                return;
            }

            if (_seen.Add((valid.Value, type)))
                _resources.Add(new ContentResource(valid.Value, type, resourceKind, string.IsNullOrEmpty(fileName) ? null : fileName));
        }

        public void Unavailable(string kind, string? key, string reason)
        {
            if (_seenUnavailable.Add((key, reason)))
                _unavailable.Add(new UnavailableResource(kind, key, reason));
        }

        public MessageContent Build() => new(_resources.ToArray(), _unavailable.ToArray());
    }
}
