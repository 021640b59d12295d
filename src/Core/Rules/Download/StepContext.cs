namespace Lark.Resources.Rules.Download;

/// <summary>The outside values a step may need, passed in so the machine stays pure.</summary>
/// <param name="Now">The current time (for <c>Retry-After</c> dates).</param>
/// <param name="RandomDraw">A number in [0, 1) for backoff jitter.</param>
internal readonly record struct StepContext(DateTimeOffset Now, double RandomDraw);
