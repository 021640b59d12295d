namespace Lark.Resources.Rules.Retry;

/// <summary>Bounds for retries: how many, how long between them, how long a server may ask us to wait.</summary>
public sealed record RetryPolicy
{
    /// <summary>The defaults: 6 retries without progress, 0.5 s doubling to 30 s, a server wait of up to 2 min.</summary>
    public static RetryPolicy Default { get; } = new();

    /// <summary>Retries allowed in a row without any new verified byte.</summary>
    public int MaxAttempts { get; init; } = 6;

    /// <summary>Retries allowed over the whole download.</summary>
    public int MaxTotalRetries { get; init; } = 40;

    /// <summary>Retries allowed for errors the catalogue calls "few".</summary>
    public int MaxFewAttempts { get; init; } = 2;

    /// <summary>The first backoff.</summary>
    public TimeSpan BaseDelay { get; init; } = TimeSpan.FromMilliseconds(500);

    /// <summary>The largest backoff.</summary>
    public TimeSpan MaxDelay { get; init; } = TimeSpan.FromSeconds(30);

    /// <summary>The longest wait a server's reset or <c>Retry-After</c> may impose; longer means stop.</summary>
    public TimeSpan MaxServerWait { get; init; } = TimeSpan.FromMinutes(2);
}
