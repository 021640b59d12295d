namespace Lark.Emulator.Fixtures;

/// <summary>The <c>type</c> query value a resource must be downloaded with.</summary>
public enum ResourceType
{
    /// <summary><c>type=image</c>: images and post <c>img</c> elements.</summary>
    Image,

    /// <summary><c>type=file</c>: files, audio, video and post <c>media</c> elements.</summary>
    File,
}
