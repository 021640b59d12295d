namespace Lark.Emulator.Auth;

/// <summary>The result of one device-code poll: an OAuth error, or the approved authorization.</summary>
internal sealed record DevicePoll(string? Error, DeviceAuthorization? Approved);
