namespace Lark.Resources.Export.Rules;

/// <summary>
/// Where a chat export's listing stands: the newest message saved, so a rerun lists from there; the ids saved at that
/// millisecond, so the first page of the rerun does not save them twice.
/// </summary>
/// <param name="LastCreateTimeMs">The creation time of the newest saved message.</param>
/// <param name="BoundaryIds">The ids of the saved messages created at that time.</param>
public sealed record ExportCursor(long? LastCreateTimeMs, IReadOnlyList<string> BoundaryIds)
{
    /// <summary>Nothing saved yet.</summary>
    public static ExportCursor Start { get; } = new(null, []);

    /// <summary>The cursor after saving a message created at <paramref name="createTimeMs"/>.</summary>
    public ExportCursor After(string messageId, long? createTimeMs)
    {
        ArgumentNullException.ThrowIfNull(messageId);
        if (createTimeMs is not { } time)
            return this;
        if (LastCreateTimeMs is not { } last || time > last)
            return new ExportCursor(time, [messageId]);
        return time == last && !BoundaryIds.Contains(messageId, StringComparer.Ordinal)
            ? this with { BoundaryIds = [.. BoundaryIds, messageId] }
            : this;
    }

    /// <summary>Whether a listed message was saved already (it is at or before the cursor).</summary>
    public bool Saved(string messageId, long? createTimeMs) =>
        LastCreateTimeMs is { } last && createTimeMs is { } time && (time < last || (time == last && BoundaryIds.Contains(messageId, StringComparer.Ordinal)));

    /// <summary>The start of the rerun's window, in Unix seconds: the second of the newest saved message.</summary>
    public long? ResumeSeconds => LastCreateTimeMs is { } last ? last / 1000 : null;
}
