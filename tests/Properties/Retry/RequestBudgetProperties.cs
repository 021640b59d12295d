using Lark.Resources.Rules.Retry;

namespace Lark.Resources.Properties.Retry;

public class RequestBudgetProperties
{
    private static readonly TimeSpan Second = RequestBudget.Second;
    private static readonly TimeSpan Minute = RequestBudget.Minute;

    private static readonly Gen<int> PerSecond = Gen.Frequency((5, Gen.Choose(1, 8)), (1, Gen.Choose(-2, 0)));

    private static readonly Gen<int> PerMinute = Gen.Frequency((4, Gen.Choose(1, 40)), (1, Gen.Choose(50, 200)), (1, Gen.Choose(-2, 0)));

    // Gaps between arrivals: bursts at the same tick, ticks apart, milliseconds, seconds, most of a minute.
    private static readonly Gen<TimeSpan> Gaps = Gen.Frequency(
        (3, Gen.Constant(TimeSpan.Zero)),
        (2, Gen.Choose(1, 5000).Select(t => TimeSpan.FromTicks(t))),
        (4, Gen.Choose(1, 400).Select(ms => TimeSpan.FromMilliseconds(ms))),
        (1, Gen.Choose(1, 3000).Select(ms => TimeSpan.FromMilliseconds(ms) + Second)),
        (1, Gen.Choose(30, 70).Select(s => TimeSpan.FromSeconds(s))));

    private static readonly Gen<(int PerSecond, int PerMinute, TimeSpan[] Gaps)> Scenarios =
        from perSecond in PerSecond
        from perMinute in PerMinute
        from gaps in Gaps.ArrayOf().Resize(150)
        select (perSecond, perMinute, gaps);

    // Whether one more send at `at` would put more than `limit` sends in a window (at - window, at].
    private static bool Overfills(List<TimeSpan> sent, TimeSpan at, int limit, TimeSpan window) =>
        limit > 0 && sent.Count >= limit && at - sent[^limit] < window;

    // No window of the given length, half-open as the rule counts, holds more than `limit` sends.
    private static bool Respects(List<TimeSpan> sent, int limit, TimeSpan window) =>
        limit <= 0 || Enumerable.Range(0, Math.Max(0, sent.Count - limit)).All(j => sent[j + limit] - sent[j] >= window);

    private sealed record Run(List<TimeSpan> Sent, bool WaitsMinimal, bool WaitsSettle, bool PruningAgrees);

    // Requests arrive one by one and each is sent as soon as the rule allows, after the previous one.
    private static Run Simulate(int perSecond, int perMinute, TimeSpan[] gaps)
    {
        var sent = new List<TimeSpan>();
        var (minimal, settle, pruning) = (true, true, true);
        var arrival = TimeSpan.Zero;
        foreach (var gap in gaps)
        {
            arrival += gap;
            var ready = sent.Count > 0 && sent[^1] > arrival ? sent[^1] : arrival;
            var wait = RequestBudget.WaitBefore(sent, ready, perSecond, perMinute);
            var at = ready + wait;
            minimal &= wait >= TimeSpan.Zero
                && (wait == TimeSpan.Zero || Overfills(sent, at - TimeSpan.FromTicks(1), perSecond, Second) || Overfills(sent, at - TimeSpan.FromTicks(1), perMinute, Minute));
            settle &= RequestBudget.WaitBefore(sent, at, perSecond, perMinute) == TimeSpan.Zero;
            pruning &= RequestBudget.WaitBefore([.. sent.Where(s => RequestBudget.Matters(s, ready))], ready, perSecond, perMinute) == wait;
            sent.Add(at);
        }

        return new Run(sent, minimal, settle, pruning);
    }

    [Property(MaxTest = 300)]
    public Property Admitted_sends_never_overfill_a_second_or_a_minute() =>
        Prop.ForAll(Scenarios.ToArbitrary(), s =>
        {
            var run = Simulate(s.PerSecond, s.PerMinute, s.Gaps);
            return Respects(run.Sent, s.PerSecond, Second) && Respects(run.Sent, s.PerMinute, Minute);
        });

    // A wait is never longer than needed: one tick earlier a window would overfill.
    [Property(MaxTest = 300)]
    public Property Waits_are_minimal_and_settle() =>
        Prop.ForAll(Scenarios.ToArbitrary(), s =>
        {
            var run = Simulate(s.PerSecond, s.PerMinute, s.Gaps);
            return run.WaitsMinimal && run.WaitsSettle;
        });

    [Property(MaxTest = 300)]
    public Property Forgetting_sends_that_no_longer_matter_changes_no_wait() =>
        Prop.ForAll(Scenarios.ToArbitrary(), s => Simulate(s.PerSecond, s.PerMinute, s.Gaps).PruningAgrees);

    // A limit of zero or less is no limit: the same as one that can never be reached.
    [Property(MaxTest = 300)]
    public Property A_limit_of_zero_or_less_is_no_limit() =>
        Prop.ForAll(Scenarios.ToArbitrary(), Gen.Choose(-3, 0).ToArbitrary(), (s, none) =>
        {
            var sent = Simulate(s.PerSecond, s.PerMinute, s.Gaps).Sent;
            var now = sent.Count > 0 ? sent[^1] : TimeSpan.Zero;
            return RequestBudget.WaitBefore(sent, now, none, none) == TimeSpan.Zero
                && RequestBudget.WaitBefore(sent, now, none, s.PerMinute) == RequestBudget.WaitBefore(sent, now, int.MaxValue, s.PerMinute)
                && RequestBudget.WaitBefore(sent, now, s.PerSecond, none) == RequestBudget.WaitBefore(sent, now, s.PerSecond, int.MaxValue);
        });

    [Fact]
    public void Lark_limits_hold_a_burst_to_fifty_a_second()
    {
        var run = Simulate(50, 1000, new TimeSpan[200]);
        Assert.Equal(TimeSpan.Zero, run.Sent[49]);
        Assert.Equal(Second, run.Sent[50]);
        Assert.Equal(TimeSpan.FromSeconds(3), run.Sent[150]);
    }

    [Fact]
    public void The_window_is_half_open()
    {
        List<TimeSpan> sent = [TimeSpan.Zero];
        Assert.Equal(TimeSpan.FromTicks(1), RequestBudget.WaitBefore(sent, Second - TimeSpan.FromTicks(1), 1, 0));
        Assert.Equal(TimeSpan.Zero, RequestBudget.WaitBefore(sent, Second, 1, 0));
        Assert.True(RequestBudget.Matters(TimeSpan.Zero, Minute - TimeSpan.FromTicks(1)));
        Assert.False(RequestBudget.Matters(TimeSpan.Zero, Minute));
    }

    [Fact]
    public void The_minute_limit_waits_for_the_oldest_blocking_send()
    {
        List<TimeSpan> sent = [TimeSpan.FromSeconds(0), TimeSpan.FromSeconds(10), TimeSpan.FromSeconds(20)];
        Assert.Equal(TimeSpan.FromSeconds(30), RequestBudget.WaitBefore(sent, TimeSpan.FromSeconds(30), 5, 3));
        Assert.Equal(TimeSpan.FromSeconds(40), RequestBudget.WaitBefore(sent, TimeSpan.FromSeconds(30), 5, 2));
        Assert.Equal(TimeSpan.Zero, RequestBudget.WaitBefore(sent, TimeSpan.FromSeconds(30), 5, 4));
    }
}
