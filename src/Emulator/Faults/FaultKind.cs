namespace Lark.Emulator.Faults;

/// <summary>
/// What a <see cref="FaultRule"/> does to a resource download or, for <see cref="Status"/>, <see cref="DropConnection"/>,
/// <see cref="Stall"/> and <see cref="EncodedBody"/>, to an Open API answer (a listing page, mget, …).
/// </summary>
public enum FaultKind
{
    /// <summary>Declare the full <c>Content-Length</c>, send <see cref="FaultRule.Bytes"/> body bytes, flush, then abort the connection.</summary>
    DropConnection,

    /// <summary>Answer <see cref="FaultRule.StatusCode"/> with a Lark error body for <see cref="FaultRule.LarkCode"/>, or <see cref="FaultRule.Body"/>, or nothing.</summary>
    Status,

    /// <summary>Ignore <c>Range</c>: 200 with the whole body. Matches only requests that carry <c>Range</c>.</summary>
    IgnoreRange,

    /// <summary>Answer the asked length starting <see cref="FaultRule.Bytes"/> later (negative: earlier); <c>Content-Range</c> tells the truth. Range requests only.</summary>
    ShiftRange,

    /// <summary>A 206 <see cref="FaultRule.Bytes"/> shorter than asked (at least 1 byte is sent); <c>Content-Range</c> names the shorter range. Range requests only.</summary>
    ShortRange,

    /// <summary>A 206 whose body carries <see cref="FaultRule.Bytes"/> more bytes than its <c>Content-Range</c> says; no <c>Content-Length</c>. Range requests only.</summary>
    LongBody,

    /// <summary>A 206 whose <c>Content-Range</c> total is the real total plus <see cref="FaultRule.Bytes"/>. Range requests only.</summary>
    WrongTotal,

    /// <summary>Send the headers, flush, then send nothing until the client gives up.</summary>
    Stall,

    /// <summary>Label the body <c>Content-Encoding: gzip</c> (the bytes are unchanged), as a proxy that ignores
    /// <c>Accept-Encoding: identity</c> would: its ranges and bytes are not the file's.</summary>
    EncodedBody,
}
