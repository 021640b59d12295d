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
    public static Result<ResourceType> Parse(string? text)
    {
        var value = text?.Trim() ?? "";
        return value.ToUpperInvariant() switch
        {
            "IMAGE" => Result<ResourceType>.Ok(ResourceType.Image),
            "FILE" => Result<ResourceType>.Ok(ResourceType.File),
            "" => Result<ResourceType>.Fail("--type is empty; use image (for img_… keys) or file (for file_… keys: files, audio, video)"),
            _ => Result<ResourceType>.Fail($"--type \"{IdentifierText.Quote(value)}\" is not supported; use image (for img_… keys) or file (for file_… keys: files, audio, video)"),
        };
    }

    /// <summary>The wire name: <c>image</c> or <c>file</c>.</summary>
    public static string ToWire(this ResourceType type) => type == ResourceType.Image ? "image" : "file";
}
