using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Rules.Retry;

/// <summary>
/// decides give up or wait-how-long after a failure: exponential backoff with jitter (the random draw is passed
/// in), capped, honouring the server's reset time; business errors never retry; token errors refresh once.
/// </summary>
internal static class RetryRule
{
    /// <summary>The longest wait a timer can take (2^32 − 2 ms, about 49.7 days); no decision waits longer.</summary>
    public static readonly TimeSpan LongestWait = TimeSpan.FromMilliseconds(uint.MaxValue - 1);

    /// <summary>Decides what to do after a failure.</summary>
    /// <param name="outcome">What went wrong.</param>
    /// <param name="attempt">The retry this would be: 1 for the first retry.</param>
    /// <param name="policy">The bounds.</param>
    /// <param name="randomDraw">A number in [0, 1) for jitter; values outside are clamped.</param>
    /// <param name="now">The current time, for <c>Retry-After</c> dates.</param>
    /// <param name="tokenRefreshed">Whether a token was already refreshed for this failure streak.</param>
    public static RetryDecision Decide(Outcome outcome, int attempt, RetryPolicy policy, double randomDraw, DateTimeOffset now, bool tokenRefreshed)
    {
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(policy);
        if (attempt > policy.MaxAttempts)
            return new RetryDecision.GiveUp($"gave up after {policy.MaxAttempts} retries");

        switch (outcome)
        {
            case Outcome.TransportFailure or Outcome.InvalidResponse:
                return new RetryDecision.Wait(Backoff(attempt, policy, randomDraw));
            case Outcome.HttpFailure failure:
                var errorClass = failure.LarkCode is { } code ? ErrorCatalog.Classify(code, failure.Status) : ErrorCatalog.ClassifyStatus(failure.Status);
                return errorClass.Retry switch
                {
                    RetryAdvice.Never => new RetryDecision.GiveUp($"{errorClass.Meaning}: not retryable"),
                    RetryAdvice.RefreshToken => tokenRefreshed
                        ? new RetryDecision.GiveUp($"{errorClass.Meaning}, even after getting a new token")
                        : new RetryDecision.RefreshToken(),
                    RetryAdvice.Few when attempt > policy.MaxFewAttempts => new RetryDecision.GiveUp($"{errorClass.Meaning}: still failing after {policy.MaxFewAttempts} retries"),
                    _ => ServerPaced(failure, attempt, policy, randomDraw, now),
                };
            default:
                return new RetryDecision.GiveUp("unknown failure");
        }
    }

    /// <summary>Exponential backoff with "equal jitter": half the step fixed, half drawn, capped.</summary>
    public static TimeSpan Backoff(int attempt, RetryPolicy policy, double randomDraw)
    {
        ArgumentNullException.ThrowIfNull(policy);
        var draw = double.IsNaN(randomDraw) ? 0 : Math.Clamp(randomDraw, 0, 1);
        var exponent = Math.Clamp(attempt - 1, 0, 30);
        var step = Math.Max(0, Math.Min(policy.BaseDelay.TotalMilliseconds * Math.Pow(2, exponent), policy.MaxDelay.TotalMilliseconds));
        var wait = (step / 2) + (draw * step / 2);
        // Any policy gets an answer a timer can wait for: past ~49.7 days (the longest timer) is that longest wait.
        return wait >= LongestWait.TotalMilliseconds ? LongestWait : TimeSpan.FromMilliseconds(wait);
    }

    // A server that says when to come back is obeyed (plus a little jitter, so clients do not return together).
    private static RetryDecision ServerPaced(Outcome.HttpFailure failure, int attempt, RetryPolicy policy, double randomDraw, DateTimeOffset now)
    {
        var asked = Max(RetryAfter.ParseReset(failure.RateLimitReset), RetryAfter.Parse(failure.RetryAfter, now));
        if (asked is not { } wait)
            return new RetryDecision.Wait(Backoff(attempt, policy, randomDraw));
        if (wait > policy.MaxServerWait)
            return new RetryDecision.GiveUp($"the server asked to wait {wait.TotalSeconds:0} s, longer than the {policy.MaxServerWait.TotalSeconds:0} s allowed");
        var jitter = TimeSpan.FromMilliseconds(Math.Clamp(double.IsNaN(randomDraw) ? 0 : randomDraw, 0, 1) * 250);
        return new RetryDecision.Wait(wait >= LongestWait - jitter ? LongestWait : wait + jitter);
    }

    private static TimeSpan? Max(TimeSpan? a, TimeSpan? b) => (a, b) switch
    {
        (null, _) => b,
        (_, null) => a,
        _ => a > b ? a : b,
    };
}
