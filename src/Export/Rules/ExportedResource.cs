namespace Lark.Resources.Export.Rules;

/// <summary>One resource in an export's manifest.</summary>
/// <param name="MessageId">The message id it downloads with (a merge-forward's container id for its sub-messages).</param>
/// <param name="Key">Its key.</param>
/// <param name="Type"><c>image</c> or <c>file</c>.</param>
/// <param name="Path">Its path relative to the export directory (<c>resources/…</c>), once named.</param>
/// <param name="Status">Pending, ok or failed.</param>
public sealed record ExportedResource(string MessageId, string Key, string Type, string Path, ResourceStatus Status)
{
    /// <summary>Its size, once downloaded.</summary>
    public long? Size { get; init; }

    /// <summary>Its SHA-256, once downloaded.</summary>
    public string? Sha256 { get; init; }

    /// <summary>Why it failed, in the error contract (type, subtype, code, message, hint).</summary>
    public ExportError? Error { get; init; }
}
