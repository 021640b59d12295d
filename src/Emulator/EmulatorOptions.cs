using Lark.Emulator.Fixtures;
using Lark.Emulator.RateLimiting;

namespace Lark.Emulator;

/// <summary>Settings for one <see cref="LarkEmulator"/> instance.</summary>
public sealed class EmulatorOptions
{
    /// <summary>TCP port on 127.0.0.1; 0 picks a free port.</summary>
    public int Port { get; init; }

    /// <summary>The data served: apps, users, chats, messages and resources.</summary>
    public EmulatorFixture Fixture { get; init; } = DemoData.Fixture;

    /// <summary>Clock for token expiry, rate-limit windows, device codes, latency and bandwidth.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>The per-app rate limit; it can be changed later with <see cref="LarkEmulator.SetRateLimit"/>.</summary>
    public RateLimitOptions RateLimit { get; init; } = new();

    /// <summary>Lifetime of tenant (bot) tokens in seconds; Lark's maximum is 7200.</summary>
    public int TenantTokenLifetimeSeconds { get; init; } = 7200;

    /// <summary>Lifetime of user access tokens in seconds.</summary>
    public int UserTokenLifetimeSeconds { get; init; } = 7200;

    /// <summary>Lifetime of refresh tokens in seconds.</summary>
    public int RefreshTokenLifetimeSeconds { get; init; } = 604800;

    /// <summary>
    /// A device code is approved for the fixture's first user after this many polls were answered
    /// <c>authorization_pending</c>; <see langword="null"/> means only <see cref="LarkEmulator.ApproveDevice"/> approves.
    /// </summary>
    public int? AutoApproveDeviceAfterPolls { get; init; } = 2;

    /// <summary>The polling interval the device authorization answer asks for, in seconds.</summary>
    public int DeviceIntervalSeconds { get; init; } = 5;

    /// <summary>How long a device code stays usable, in seconds.</summary>
    public int DeviceCodeLifetimeSeconds { get; init; } = 300;
}
