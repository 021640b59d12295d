namespace Lark.Emulator.Faults;

/// <summary>
/// One fault injected into requests that pass every check. Rules are tried in the order they were added; the first
/// that matches is applied and, when <see cref="Count"/> is set, consumed once.
/// </summary>
/// <remarks>
/// Without <see cref="Path"/> a rule applies to resource downloads only (any, or the one <see cref="FileKey"/> names).
/// With it, to requests on that path: a download, or an Open API call such as a message listing, where
/// <see cref="Page"/> or <see cref="PageToken"/> pick one page. An API answer is JSON, so only
/// <see cref="FaultKind.Status"/>, <see cref="FaultKind.DropConnection"/>, <see cref="FaultKind.Stall"/> and
/// <see cref="FaultKind.EncodedBody"/> apply to it; the range kinds never match it. In a fixture:
/// <c>{ "path": "/open-apis/im/v1/messages", "page": 2, "kind": "status", "statusCode": 503, "count": 1 }</c> fails the
/// second page of every listing once.
/// </remarks>
public sealed class FaultRule
{
    private readonly Lock gate = new();
    private int? remaining;

    /// <summary>The file key the rule applies to; <see langword="null"/> for any resource.</summary>
    public string? FileKey { get; init; }

    /// <summary>
    /// The request path the rule applies to, e.g. <c>/open-apis/im/v1/messages</c> (exact, or a prefix when it ends
    /// with <c>*</c>); <see langword="null"/> for resource downloads only.
    /// </summary>
    public string? Path { get; init; }

    /// <summary>Only this page of a listing (1 is the first page, asked without <c>page_token</c>); needs <see cref="Path"/>.</summary>
    public int? Page { get; init; }

    /// <summary>Only the listing page asked with exactly this <c>page_token</c>; needs <see cref="Path"/>.</summary>
    public string? PageToken { get; init; }

    /// <summary>How many matching requests the rule affects; <see langword="null"/> for all of them.</summary>
    public int? Count
    {
        get => remaining;
        init => remaining = value;
    }

    /// <summary>What happens.</summary>
    public FaultKind Kind { get; init; }

    /// <summary>
    /// The kind's byte amount: bytes sent before dropping, range shift, how much shorter, extra bytes,
    /// or the change of the total.
    /// </summary>
    public long Bytes { get; init; }

    /// <summary>For <see cref="FaultKind.Status"/>: the HTTP status (default 500).</summary>
    public int StatusCode { get; init; } = 500;

    /// <summary>For <see cref="FaultKind.Status"/>: a Lark code to put in a standard error body.</summary>
    public int? LarkCode { get; init; }

    /// <summary>For <see cref="FaultKind.Status"/>: a literal body (used when <see cref="LarkCode"/> is not set).</summary>
    public string? Body { get; init; }

    /// <summary>How many more requests this rule will affect (<see langword="null"/>: unlimited).</summary>
    public int? Remaining
    {
        get
        {
            lock (gate)
            {
                return remaining;
            }
        }
    }

    /// <summary>A fresh rule with the same settings and the count still remaining.</summary>
    internal FaultRule Copy() => new()
    {
        FileKey = FileKey,
        Path = Path,
        Page = Page,
        PageToken = PageToken,
        Count = Remaining,
        Kind = Kind,
        Bytes = Bytes,
        StatusCode = StatusCode,
        LarkCode = LarkCode,
        Body = Body,
    };

    internal bool NeedsRange => Kind is FaultKind.IgnoreRange or FaultKind.ShiftRange or FaultKind.ShortRange
        or FaultKind.LongBody or FaultKind.WrongTotal;

    /// <summary>Kinds that make sense for a JSON answer as well as for a download.</summary>
    internal bool AppliesToApi => Kind is FaultKind.Status or FaultKind.DropConnection or FaultKind.Stall or FaultKind.EncodedBody;

    internal bool Matches(FaultRequest request) =>
        (Path is null ? request.IsDownload : PathMatches(request.Path))
        && (FileKey is null || FileKey == request.FileKey)
        && (Page is null || Page == request.Page)
        && (PageToken is null || PageToken == request.PageToken)
        && (!NeedsRange || request.HasRange)
        && (request.IsDownload || AppliesToApi);

    internal bool TryConsume(FaultRequest request)
    {
        if (!Matches(request))
        {
            return false;
        }

        lock (gate)
        {
            if (remaining is null)
            {
                return true;
            }

            if (remaining <= 0)
            {
                return false;
            }

            remaining--;
            return true;
        }
    }

    private bool PathMatches(string path) => Path!.EndsWith('*')
        ? path.StartsWith(Path[..^1], StringComparison.Ordinal)
        : string.Equals(Path, path, StringComparison.Ordinal);
}
