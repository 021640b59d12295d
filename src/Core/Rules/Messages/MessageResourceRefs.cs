using System.Text.Json;
using Lark.Resources.Rules.Identifiers;

namespace Lark.Resources.Rules.Messages;

/// <summary>
/// The resources a listed message carries for download, as the official CLI extracts them: an image's
/// <c>image_key</c>; the <c>file_key</c> of a file, audio, video or media message; the <c>img</c> and <c>media</c>
/// elements of a post's paragraphs; a merge-forward's sub-messages' resources, each downloaded with the merge-forward's
/// own id. Stickers, cards, folders and every other type carry none; entries without a key are skipped.
/// </summary>
public static class MessageResourceRefs
{
    /// <summary>The resources of <paramref name="message"/>, each distinct (message id, key) once, in the order the content names them.</summary>
    /// <param name="message">The listed message.</param>
    /// <param name="subMessages">For a merge_forward, the flat list of its sub-messages (as for rendering), else empty.</param>
    public static IReadOnlyList<ListedResource> Of(LarkMessage message, IReadOnlyList<LarkMessage> subMessages)
    {
        ArgumentNullException.ThrowIfNull(message);
        var refs = new List<ListedResource>();
        if (message.MsgType == "merge_forward")
        {
            // Every leaf of the flat list; nested merge-forwards hold nothing of their own (their children are in the list too).
            foreach (var sub in subMessages ?? [])
            {
                if (sub is not null && sub.MsgType != "merge_forward")
                    Extract(sub.MsgType, sub.Content, message.MessageId, sub.MessageId, refs);
            }
        }
        else
        {
            Extract(message.MsgType, message.Content, message.MessageId, null, refs);
        }

        var seen = new HashSet<(string, string)>();
        return refs.Where(r => seen.Add((r.MessageId, r.FileKey))).ToArray();
    }

    private static void Extract(string type, string? content, string owner, string? sub, List<ListedResource> refs)
    {
        if (type is not ("image" or "file" or "audio" or "video" or "media" or "post"))
            return;
        if (GoJson.ParseObject(content, out var document) != GoJson.ObjectKind.Object)
        {
            document?.Dispose();
            return;
        }

        using (document)
        {
            var root = document!.RootElement;
            switch (type)
            {
                case "image":
                    Add(refs, owner, GoJson.S(root, "image_key"), ResourceType.Image, "image", null, sub);
                    break;
                case "post":
                    Post(root, owner, sub, refs);
                    break;
                default:
                    Add(refs, owner, GoJson.S(root, "file_key"), ResourceType.File, type is "media" ? "video" : type,
                        type is "audio" ? null : GoJson.Str(root, "file_name"), sub);
                    break;
            }
        }
    }

    // The paragraphs of "content" (not content_v2), and only their top-level img and media elements.
    private static void Post(JsonElement root, string owner, string? sub, List<ListedResource> refs)
    {
        if (PostText.UnwrapLocale(root) is not { } body)
            return;
        foreach (var paragraph in GoJson.Items(body, "content"))
        {
            if (paragraph.ValueKind != JsonValueKind.Array)
                continue;
            foreach (var element in paragraph.EnumerateArray())
            {
                switch (GoJson.S(element, "tag"))
                {
                    case "img":
                        Add(refs, owner, GoJson.S(element, "image_key"), ResourceType.Image, "post_image", null, sub);
                        break;
                    case "media":
                        Add(refs, owner, GoJson.S(element, "file_key"), ResourceType.File, "post_media", GoJson.Str(element, "file_name"), sub);
                        break;
                }
            }
        }
    }

    // A key is listed as the resource endpoint will be asked for it (trimmed, as the identifier parsers read it), so
    // " img_x" and "img_x" are one resource and what a download reports matches what was listed.
    private static void Add(List<ListedResource> refs, string owner, string key, ResourceType type, string kind, string? fileName, string? sub)
    {
        var trimmed = key.Trim();
        if (trimmed.Length > 0)
            refs.Add(new ListedResource(owner, trimmed, type, kind, string.IsNullOrEmpty(fileName) ? null : fileName, sub));
    }
}
