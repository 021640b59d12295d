using System.Text.Json.Nodes;

namespace Lark.Emulator.Fixtures;

/// <summary>A message. Its <see cref="Content"/> object is served as the JSON string <c>body.content</c>.</summary>
public sealed class FixtureMessage
{
    /// <summary>Message id, <c>om_…</c>.</summary>
    public required string MessageId { get; init; }

    /// <summary>The chat it was sent in.</summary>
    public required string ChatId { get; init; }

    /// <summary><c>image</c>, <c>file</c>, <c>audio</c>, <c>media</c>, <c>post</c>, <c>sticker</c>, <c>folder</c>, <c>interactive</c>, <c>merge_forward</c>, <c>text</c>, …</summary>
    public required string MsgType { get; init; }

    /// <summary>The content object, e.g. <c>{"image_key":"img_…"}</c>.</summary>
    public JsonObject? Content { get; init; }

    /// <summary>For a child of a merge-forward: the container's message id.</summary>
    public string? UpperMessageId { get; init; }

    /// <summary>A deleted message: everything about it answers 230110.</summary>
    public bool Deleted { get; init; }

    /// <summary>When false the message is invisible to the caller: resources answer 234040.</summary>
    public bool Visible { get; init; } = true;

    /// <summary>Sender's open id (informational); defaults to the fixture's first user.</summary>
    public string? SenderId { get; init; }

    /// <summary>Creation time in Unix milliseconds; defaults to a fixed base plus one second per message.</summary>
    public long? CreateTime { get; init; }
}
