using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Rules.Identifiers;

/// <summary>The <c>type</c> query parameter of the resource endpoint.</summary>
public enum ResourceType
{
    /// <summary>Images of image messages and <c>img</c> elements of posts: one plain request.</summary>
    Image,

    /// <summary>Files, audio, video and <c>media</c> elements of posts: probe and chunks.</summary>
    File,
}

/// <summary>Parsing and naming of <see cref="ResourceType"/>.</summary>
public static class ResourceTypes
{
    /// <summary>Parses <c>image</c> or <c>file</c> (trimmed, any case).</summary>
    public static Validated<ResourceType> Parse(string? text)
    {
        const InputField input = InputField.ResourceType;
        var value = text?.Trim() ?? "";
        return value.ToUpperInvariant() switch
        {
            "IMAGE" => Validated<ResourceType>.Ok(ResourceType.Image),
            "FILE" => Validated<ResourceType>.Ok(ResourceType.File),
            "" => Validated<ResourceType>.Invalid(input, Wording.Of($"{input} is empty; use image (for img_… keys) or file (for file_… keys: files, audio, video)")),
            _ => Validated<ResourceType>.Invalid(input, Wording.Of($"{input} \"{IdentifierText.Quote(value)}\" is not supported; use image (for img_… keys) or file (for file_… keys: files, audio, video)")),
        };
    }

    /// <summary>
    /// Refuses a key whose prefix names the other type (an <c>img_…</c> key as a file, a <c>file_…</c> key as an image):
    /// Lark would refuse it after a round trip, so it is refused before any request.
    /// </summary>
    public static Validated<ResourceType> Matching(this ResourceType type, FileKey key)
    {
        if (key.ImpliedType is not { } implied || implied == type)
            return Validated<ResourceType>.Ok(type);
        var prefix = implied == ResourceType.Image ? "img_" : "file_";
        return Validated<ResourceType>.Invalid(InputField.ResourceType, Wording.Of(
            $"{InputField.ResourceType} is {type.ToWire()}, but {InputField.FileKey} \"{IdentifierText.Quote(key.Value)}\" starts with \"{prefix}\", which is the key of {(implied == ResourceType.Image ? "an image" : "a file")}; use {implied.ToWire()}"));
    }

    /// <summary>The wire name: <c>image</c> or <c>file</c>.</summary>
    public static string ToWire(this ResourceType type) => type == ResourceType.Image ? "image" : "file";
}
