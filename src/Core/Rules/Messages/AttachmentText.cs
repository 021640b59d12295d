using System.Text.Json;

namespace Lark.Resources.Rules.Messages;

/// <summary>Images, files, audio, video and folders: a tag with the key, name and duration, as the official CLI writes them.</summary>
internal static class AttachmentText
{
    /// <summary><c>[Image: img_…]</c>.</summary>
    public static string Image(string raw) => ContentText.WithObject(raw, "image", content =>
        GoJson.S(content, "image_key") is { Length: > 0 } key ? $"[Image: {key}]" : "[Image]");

    /// <summary><c>&lt;file key="…" name="…"/&gt;</c>, the name defaulting to the key.</summary>
    public static string File(string raw) => ContentText.WithObject(raw, "file", content =>
    {
        var key = GoJson.S(content, "file_key");
        if (key.Length == 0)
            return "[File]";
        var name = GoJson.S(content, "file_name") is { Length: > 0 } given ? given : key;
        return $"<file key=\"{ContentText.Attr(key)}\" name=\"{ContentText.Attr(name)}\"/>";
    });

    /// <summary><c>&lt;audio key="…" duration="4s"/&gt;</c>, or <c>[Voice: 4s]</c> without a key.</summary>
    public static string Audio(string raw) => ContentText.WithObject(raw, "audio", content =>
    {
        var duration = Duration(content);
        if (GoJson.S(content, "file_key") is { Length: > 0 } key)
            return $"<audio key=\"{ContentText.Attr(key)}\"{(duration is null ? "" : $" duration=\"{duration}s\"")}/>";
        return duration is null ? "[Voice]" : $"[Voice: {duration}s]";
    });

    /// <summary><c>&lt;video key="…" name="…" duration="12s" cover_image_key="…"/&gt;</c> (media and video messages).</summary>
    public static string Video(string raw) => ContentText.WithObject(raw, "video", content =>
    {
        var key = GoJson.S(content, "file_key");
        if (key.Length == 0)
            return "[Video]";
        var name = GoJson.S(content, "file_name") is { Length: > 0 } given ? given : key;
        var text = $"<video key=\"{ContentText.Attr(key)}\" name=\"{ContentText.Attr(name)}\"";
        if (Duration(content) is { } duration)
            text += $" duration=\"{duration}s\"";
        if (GoJson.S(content, "image_key") is { Length: > 0 } cover)
            text += $" cover_image_key=\"{ContentText.Attr(cover)}\"";
        return text + "/>";
    });

    /// <summary><c>&lt;folder key="…" name="…"/&gt;</c>.</summary>
    public static string Folder(string raw) => ContentText.WithObject(raw, "folder", content =>
    {
        var key = GoJson.S(content, "file_key");
        if (key.Length == 0)
            return "[Folder]";
        return GoJson.S(content, "file_name") is { Length: > 0 } name
            ? $"<folder key=\"{ContentText.Attr(key)}\" name=\"{ContentText.Attr(name)}\"/>"
            : $"<folder key=\"{ContentText.Attr(key)}\"/>";
    });

    // Milliseconds to whole seconds, rounded half to even (Go's %.0f); none when absent or not positive.
    private static string? Duration(JsonElement content) =>
        GoJson.Num(content, "duration") is { } ms && ms > 0 ? GoText.Rounded(ms / 1000) : null;
}
