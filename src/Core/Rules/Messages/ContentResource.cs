using Lark.Resources.Rules.Identifiers;

namespace Lark.Resources.Rules.Messages;

/// <summary>A downloadable resource named in one message's content.</summary>
/// <param name="FileKey">The key to pass to the resource endpoint (<c>img_…</c> or <c>file_…</c>).</param>
/// <param name="Type">The endpoint's <c>type</c>: image or file.</param>
/// <param name="Kind">What it is: <c>image</c>, <c>file</c>, <c>audio</c>, <c>video</c>, <c>video_cover</c>, <c>post_image</c>, <c>post_media</c> or <c>post_media_cover</c>.</param>
/// <param name="FileName">The name the message gives it (files and videos), when it gives one.</param>
public sealed record ContentResource(string FileKey, ResourceType Type, string Kind, string? FileName = null);
