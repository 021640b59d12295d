namespace Lark.Emulator.Auth;

/// <summary>Where a device authorization stands.</summary>
internal enum DeviceState
{
    Pending,
    Approved,
    Denied,
    Consumed,
}
