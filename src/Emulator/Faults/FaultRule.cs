namespace Lark.Emulator.Faults;

/// <summary>
/// One fault injected into resource downloads that pass every check. Rules are tried in the order
/// they were added; the first that matches is applied and, when <see cref="Count"/> is set, consumed once.
/// </summary>
public sealed class FaultRule
{
    private readonly Lock gate = new();
    private int? remaining;

    /// <summary>The file key the rule applies to; <see langword="null"/> for any resource.</summary>
    public string? FileKey { get; init; }

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
        Count = Remaining,
        Kind = Kind,
        Bytes = Bytes,
        StatusCode = StatusCode,
        LarkCode = LarkCode,
        Body = Body,
    };

    internal bool NeedsRange => Kind is FaultKind.IgnoreRange or FaultKind.ShiftRange or FaultKind.ShortRange
        or FaultKind.LongBody or FaultKind.WrongTotal;

    internal bool TryConsume(string fileKey, bool hasRange)
    {
        if ((FileKey is not null && FileKey != fileKey) || (NeedsRange && !hasRange))
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
}
