using Lark.Resources.Rules.Identifiers;
using Lark.Resources.Rules.Retry;

namespace Lark.Resources.Shell;

/// <summary>How a <see cref="LarkClient"/> reaches Lark and how patient it is.</summary>
public sealed record LarkClientOptions
{
    /// <summary>The deployment; decides the default hosts.</summary>
    public LarkBrand Brand { get; init; } = LarkBrand.Feishu;

    /// <summary>An explicit Open API base (private deployments, the emulator); default from <see cref="Brand"/>.</summary>
    public Uri? OpenBaseUrl { get; init; }

    /// <summary>An explicit accounts (OAuth) base; default from <see cref="Brand"/>.</summary>
    public Uri? AccountsBaseUrl { get; init; }

    /// <summary>The clock for backoff, token expiry, idle timeouts and progress; fake it in tests.</summary>
    public TimeProvider Time { get; init; } = TimeProvider.System;

    /// <summary>Retry bounds.</summary>
    public RetryPolicy Retry { get; init; } = RetryPolicy.Default;

    /// <summary>A download fails over when no byte arrives for this long (not a deadline on the whole body).</summary>
    public TimeSpan IdleTimeout { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The least time between two progress snapshots.</summary>
    public TimeSpan ProgressInterval { get; init; } = TimeSpan.FromMilliseconds(100);

    /// <summary>Requests per second the client allows itself, retries included (Lark allows 50 per app).</summary>
    public int MaxRequestsPerSecond { get; init; } = 40;

    /// <summary>Requests per minute the client allows itself, retries included (Lark allows 1000 per app).</summary>
    public int MaxRequestsPerMinute { get; init; } = 950;

    /// <summary>A product token the embedding program adds to the <c>User-Agent</c> (e.g. <c>my-app/1.2</c>), after the library's own.</summary>
    public string? UserAgent { get; init; }

    /// <summary>Jitter source: returns a number in [0, 1). Replace for deterministic tests.</summary>
    public Func<double> RandomDraw { get; init; } = static () => System.Security.Cryptography.RandomNumberGenerator.GetInt32(1 << 30) / (double)(1 << 30);

    /// <summary>The resolved Open API base.</summary>
    public Uri OpenBase => OpenBaseUrl ?? Brand.OpenBase();

    /// <summary>The resolved accounts base.</summary>
    public Uri AccountsBase => AccountsBaseUrl ?? Brand.AccountsBase();
}
