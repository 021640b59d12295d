using Lark.Resources.Rules.Errors;
using Lark.Resources.Rules.Retry;
using Outcome = Lark.Resources.Rules.Retry.Outcome;

namespace Lark.Resources.Properties.Retry;

public class RetryRuleProperties
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);
    private static readonly RetryPolicy Policy = RetryPolicy.Default;

    private static readonly Gen<double> Draws = Gen.Choose(0, 999_999).Select(i => i / 1_000_000.0);

    private static readonly Gen<int> BusinessCodes =
        Gen.Elements(ErrorCatalog.All.Where(c => c.Retry == RetryAdvice.Never).Select(c => c.Code).ToArray());

    [Property(MaxTest = 500)]
    public Property Business_errors_never_retry() =>
        Prop.ForAll(BusinessCodes.ToArbitrary(), Gen.Choose(1, 5).ToArbitrary(), Draws.ToArbitrary(), (code, attempt, draw) =>
            RetryRule.Decide(new Outcome.HttpFailure(400, code, "1", "1"), attempt, Policy, draw, Now, false) is RetryDecision.GiveUp);

    [Property(MaxTest = 500)]
    public Property Backoff_stays_between_half_and_whole_capped_step() =>
        Prop.ForAll(Gen.Choose(1, 40).ToArbitrary(), Draws.ToArbitrary(), (attempt, draw) =>
        {
            var step = Math.Min(Policy.BaseDelay.TotalMilliseconds * Math.Pow(2, attempt - 1), Policy.MaxDelay.TotalMilliseconds);
            var delay = RetryRule.Backoff(attempt, Policy, draw).TotalMilliseconds;
            return delay >= (step / 2) - 0.001 && delay <= step + 0.001;
        });

    private static readonly Gen<TimeSpan> ExtremeSpans = Gen.Elements(
        TimeSpan.Zero, TimeSpan.FromTicks(1), TimeSpan.FromMilliseconds(-5), TimeSpan.FromDays(10_000), TimeSpan.MaxValue, TimeSpan.MinValue);

    // Any policy, however odd, gets a wait that is not negative and not past its cap.
    [Property(MaxTest = 500)]
    public Property Backoff_answers_any_policy() =>
        Prop.ForAll(Gen.Zip(ExtremeSpans, ExtremeSpans).ToArbitrary(), Gen.Choose(-5, 100).ToArbitrary(), Draws.ToArbitrary(), (spans, attempt, draw) =>
        {
            var (baseDelay, maxDelay) = spans;
            var delay = RetryRule.Backoff(attempt, new RetryPolicy { BaseDelay = baseDelay, MaxDelay = maxDelay }, draw);
            return delay >= TimeSpan.Zero && delay <= (maxDelay < TimeSpan.Zero ? TimeSpan.Zero : maxDelay) && delay <= RetryRule.LongestWait;
        });

    [Property(MaxTest = 300)]
    public Property Backoff_grows_with_the_attempt_for_a_fixed_draw() =>
        Prop.ForAll(Gen.Choose(1, 10).ToArbitrary(), Draws.ToArbitrary(), (attempt, draw) =>
            RetryRule.Backoff(attempt + 1, Policy, draw) >= RetryRule.Backoff(attempt, Policy, draw));

    [Property(MaxTest = 300)]
    public Property Transport_failures_retry_until_the_budget_is_spent() =>
        Prop.ForAll(Gen.Choose(1, 20).ToArbitrary(), Draws.ToArbitrary(), (attempt, draw) =>
        {
            var decision = RetryRule.Decide(new Outcome.TransportFailure("reset"), attempt, Policy, draw, Now, false);
            return attempt <= Policy.MaxAttempts ? decision is RetryDecision.Wait : decision is RetryDecision.GiveUp;
        });

    [Property(MaxTest = 300)]
    public Property Rate_limit_waits_at_least_the_servers_reset() =>
        Prop.ForAll(Gen.Choose(0, 120).ToArbitrary(), Draws.ToArbitrary(), (reset, draw) =>
            RetryRule.Decide(new Outcome.HttpFailure(429, 99991400, reset.ToString(System.Globalization.CultureInfo.InvariantCulture), null), 1, Policy, draw, Now, false)
                is RetryDecision.Wait w && w.Delay >= TimeSpan.FromSeconds(reset) && w.Delay < TimeSpan.FromSeconds(reset) + TimeSpan.FromMilliseconds(251));

    [Fact]
    public void Token_errors_refresh_once_then_give_up()
    {
        var outcome = new Outcome.HttpFailure(400, 99991663, null, null);
        Assert.IsType<RetryDecision.RefreshToken>(RetryRule.Decide(outcome, 1, Policy, 0.5, Now, tokenRefreshed: false));
        Assert.IsType<RetryDecision.GiveUp>(RetryRule.Decide(outcome, 2, Policy, 0.5, Now, tokenRefreshed: true));
    }

    [Fact]
    public void A_server_wait_past_the_limit_gives_up() =>
        Assert.IsType<RetryDecision.GiveUp>(RetryRule.Decide(new Outcome.HttpFailure(429, null, "3600", null), 1, Policy, 0, Now, false));

    [Fact]
    public void Few_means_at_most_two_retries()
    {
        var outcome = new Outcome.HttpFailure(400, 234019, null, null);
        Assert.IsType<RetryDecision.Wait>(RetryRule.Decide(outcome, 2, Policy, 0, Now, false));
        Assert.IsType<RetryDecision.GiveUp>(RetryRule.Decide(outcome, 3, Policy, 0, Now, false));
    }

    [Fact]
    public void Server_errors_without_code_back_off() =>
        Assert.IsType<RetryDecision.Wait>(RetryRule.Decide(new Outcome.HttpFailure(503, null, null, null), 1, Policy, 0, Now, false));

    [Theory]
    [InlineData("120", 120.0)]
    [InlineData(" 0 ", 0.0)]
    [InlineData("Wed, 25 Nov 2026 12:00:30 GMT", 30.0)]
    [InlineData("Wednesday, 25-Nov-26 12:01:00 GMT", 60.0)]
    [InlineData("Wed Nov 25 12:00:10 2026", 10.0)]
    [InlineData("Wed, 25 Nov 2026 11:00:00 GMT", 0.0)]
    public void Retry_after_in_both_forms(string value, double seconds) =>
        Assert.Equal(TimeSpan.FromSeconds(seconds), RetryAfter.Parse(value, Now));

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("-5")]
    [InlineData("soon")]
    public void Unreadable_retry_after_is_ignored(string? value) => Assert.Null(RetryAfter.Parse(value, Now));

    [Theory]
    [InlineData("5", 5.0)]
    [InlineData("0.5", 0.5)]
    public void Rate_limit_reset_seconds(string value, double seconds) => Assert.Equal(TimeSpan.FromSeconds(seconds), RetryAfter.ParseReset(value));

    [Property(MaxTest = 500)]
    public Property Hint_parsers_never_throw(string? anything) =>
        (RetryAfter.Parse(anything, Now) is null || true).ToProperty().And(RetryAfter.ParseReset(anything) is null || true);
}
