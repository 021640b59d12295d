namespace Lark.Emulator.Faults;

/// <summary>What a fault rule is matched against: one request that passed every check and would succeed.</summary>
/// <param name="Path">The request path, e.g. <c>/open-apis/im/v1/messages</c>.</param>
/// <param name="FileKey">The resource's key for a download; <see langword="null"/> for an API call.</param>
/// <param name="HasRange">Whether a download asked for a range.</param>
/// <param name="Page">For a listing: the page's number, 1 for the first (no <c>page_token</c>).</param>
/// <param name="PageToken">For a listing: the <c>page_token</c> sent, or <see langword="null"/>.</param>
internal sealed record FaultRequest(string Path, string? FileKey = null, bool HasRange = false, int? Page = null, string? PageToken = null)
{
    public bool IsDownload => FileKey is not null;
}
