using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Identifiers;

namespace Lark.Resources.Rules.Messages;

/// <summary>A downloaded (or failed, or not yet tried) resource of a message, as the official CLI lists it, plus our sha256 and error detail.</summary>
/// <param name="MessageId">The id it was (or is to be) downloaded with: a merge-forward's own id for its sub-messages' resources.</param>
/// <param name="Key">The resource key.</param>
/// <param name="Type">The resource endpoint's type: <c>image</c> or <c>file</c>.</param>
/// <param name="LocalPath">Where it was saved (absolute), on success.</param>
/// <param name="SizeBytes">Its size, on success.</param>
/// <param name="Sha256">The SHA-256 of its bytes (lower-case hex), on success.</param>
/// <param name="Error">Why it failed, on failure.</param>
public sealed record ResourceEntry(string MessageId, string Key, string Type, string? LocalPath, long? SizeBytes, string? Sha256, LarkFailure? Error)
{
    /// <summary>The name the message gives the resource (a file's <c>file_name</c>), when any; not printed.</summary>
    public string? FileName { get; init; }

    /// <summary>What the resource is (image, file, audio, video, video_cover…); not printed.</summary>
    public string? Kind { get; init; }

    /// <summary>The entry of a resource before its download: message id, key and type only.</summary>
    public static ResourceEntry Pending(ListedResource resource)
    {
        ArgumentNullException.ThrowIfNull(resource);
        return new ResourceEntry(resource.MessageId, resource.FileKey, resource.Type.ToWire(), null, null, null, null) { FileName = resource.FileName, Kind = resource.Kind };
    }
}
