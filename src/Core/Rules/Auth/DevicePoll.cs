namespace Lark.Resources.Rules.Auth;

/// <summary>One classified poll answer.</summary>
/// <param name="Status">What it means.</param>
/// <param name="Error">The OAuth <c>error</c>, when there was one.</param>
/// <param name="Description">The server's <c>error_description</c> or <c>msg</c>.</param>
/// <param name="Code">The Lark <c>code</c>, when non-zero.</param>
public sealed record DevicePoll(DevicePollStatus Status, string? Error, string? Description, int? Code)
{
    /// <summary>Whether polling goes on.</summary>
    public bool KeepPolling => Status is DevicePollStatus.Pending or DevicePollStatus.SlowDown;
}
