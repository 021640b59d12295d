namespace Lark.Emulator.Auth;

/// <summary>One device-flow login in progress. Mutable; guarded by <see cref="TokenStore"/>'s lock.</summary>
internal sealed class DeviceAuthorization
{
    public required string DeviceCode { get; init; }
    public required string UserCode { get; init; }
    public required string AppId { get; init; }
    public required IReadOnlyList<string> Scopes { get; init; }
    public required DateTimeOffset ExpiresAt { get; init; }
    public required int IntervalSeconds { get; set; }
    public DateTimeOffset? LastPoll { get; set; }
    public int PendingPolls { get; set; }
    public DeviceState State { get; set; }
    public string? UserOpenId { get; set; }
}
