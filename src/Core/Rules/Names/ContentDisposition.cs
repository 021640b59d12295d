namespace Lark.Resources.Rules.Names;

/// <summary>Temporary stand-in until the strict parser lands (branch "disposition").</summary>
public sealed record ContentDisposition(string Type, string? FileName)
{
    /// <summary>Stand-in parse.</summary>
    public static Result<ContentDisposition> Parse(string? header) =>
        header is null ? Result<ContentDisposition>.Fail("none") : Result<ContentDisposition>.Ok(new ContentDisposition("attachment", null));
}
