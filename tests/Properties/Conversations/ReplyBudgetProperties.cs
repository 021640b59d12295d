using Lark.Resources.Shell.Messages;
using Page = Lark.Resources.Shell.Messages.ReplyBudget.Page;

namespace Lark.Resources.Properties.Conversations;

/// <summary>
/// The official sharing of thread replies among a listing's threads (50 a thread, 500 in all, first seen first),
/// against what each thread's first page returned.
/// </summary>
public class ReplyBudgetProperties
{
    private static readonly Gen<Page[]> Pages = Gen.ArrayOf(
        from count in Gen.Frequency((6, Gen.Choose(0, 50)), (1, Gen.Choose(51, 80)))
        from more in Gen.Frequency((3, Gen.Constant(false)), (1, Gen.Constant(true)))
        select new Page(count, more));

    private static readonly Gen<int> Budgets = Gen.Frequency((3, Gen.Choose(0, 120)), (1, Gen.Constant(500)));

    [Property(MaxTest = 500)]
    public Property Never_more_than_the_budget_nor_the_per_thread_cap_nor_the_page() =>
        Prop.ForAll(Pages.ToArbitrary(), Budgets.ToArbitrary(), Gen.Choose(1, 50).ToArbitrary(), (pages, budget, perThread) =>
        {
            var (shares, left) = ReplyBudget.Apply(pages, perThread, budget);
            var taken = shares.Sum(s => s.Take);
            return (shares.Count == pages.Length
                    && taken + left == budget
                    && left >= 0
                    && shares.Zip(pages).All(p => p.First.Take >= 0 && p.First.Take <= Math.Min(p.Second.Count, perThread)))
                .Label($"taken {taken}, left {left}");
        });

    [Property(MaxTest = 500)]
    public Property Threads_fill_in_order_the_one_that_crosses_is_cut_and_the_later_ones_get_nothing() =>
        Prop.ForAll(Pages.ToArbitrary(), Budgets.ToArbitrary(), (pages, budget) =>
        {
            var (shares, _) = ReplyBudget.Apply(pages, 50, budget);
            var left = budget;
            for (var i = 0; i < pages.Length; i++)
            {
                var wanted = Math.Min(pages[i].Count, 50);
                if (shares[i].Take != Math.Min(wanted, left))
                    return false.Label($"thread {i} took {shares[i].Take} of {wanted} with {left} left");
                left -= shares[i].Take;
            }

            return true.ToProperty();
        });

    [Property(MaxTest = 500)]
    public Property More_is_flagged_exactly_when_some_replies_were_attached_and_not_all_of_them() =>
        Prop.ForAll(Pages.ToArbitrary(), Budgets.ToArbitrary(), (pages, budget) =>
        {
            var (shares, _) = ReplyBudget.Apply(pages, 50, budget);
            return shares.Zip(pages).All(p => p.First.HasMore == (p.First.Take > 0 && (p.First.Take < p.Second.Count || p.Second.HasMore)));
        });

    [Fact]
    public void Thirteen_threads_of_45_fill_eleven_cut_the_twelfth_to_5_and_give_the_last_nothing()
    {
        var (shares, left) = ReplyBudget.Apply([.. Enumerable.Repeat(new Page(45, false), 13)], 50, 500);

        Assert.All(shares.Take(11), s => Assert.Equal(new ReplyBudget.Share(45, false), s));
        Assert.Equal(new ReplyBudget.Share(5, true), shares[11]);
        Assert.Equal(new ReplyBudget.Share(0, false), shares[12]);
        Assert.Equal(0, left);
    }

    [Fact]
    public void A_thread_with_more_on_the_server_is_flagged_and_an_empty_one_is_not()
    {
        var (shares, left) = ReplyBudget.Apply([new Page(50, true), new Page(0, true), new Page(3, false)], 50, 500);

        Assert.Equal([new ReplyBudget.Share(50, true), new ReplyBudget.Share(0, false), new ReplyBudget.Share(3, false)], shares);
        Assert.Equal(447, left);
    }
}
