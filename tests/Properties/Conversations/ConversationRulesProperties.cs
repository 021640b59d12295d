using Lark.Resources.Rules.Conversations;
using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Properties.Conversations;

public class ConversationRulesProperties
{
    private static readonly Gen<string> IdTail = Gen.ArrayOf(Gen.Elements("abcXYZ019_-".ToCharArray())).Where(c => c.Length > 0).Select(c => new string(c));

    [Property(MaxTest = 500)]
    public Property Chat_and_user_ids_accept_their_prefix_and_nothing_else(string? anything)
    {
        var chat = ConversationIds.Chat(anything);
        var user = ConversationIds.User(anything);
        var text = anything?.Trim() ?? "";
        return (chat.IsOk == (text.StartsWith("oc_", StringComparison.Ordinal) && chat.IsOk)
            && (!chat.IsOk || text.StartsWith("oc_", StringComparison.Ordinal))
            && (!user.IsOk || text.StartsWith("ou_", StringComparison.Ordinal))
            && (chat.IsOk || chat.Failure!.Input == InputField.ChatId)
            && (user.IsOk || user.Failure!.Input == InputField.UserId)).ToProperty();
    }

    [Property(MaxTest = 300)]
    public Property Well_formed_ids_are_accepted_trimmed() =>
        Prop.ForAll(IdTail.ToArbitrary(), tail =>
            ConversationIds.Chat($"  oc_{tail} ").Value == "oc_" + tail
            && ConversationIds.User($"ou_{tail}").Value == "ou_" + tail
            && ConversationIds.Thread($"omt_{tail}").Value == ("omt_" + tail, false)
            && ConversationIds.Thread($"om_{tail}").Value == ("om_" + tail, true));

    [Theory]
    [InlineData("", "empty")]
    [InlineData("oc_x", "must start with om_ or omt_")]
    [InlineData("omt_", "must start with 'omt_'")]
    [InlineData("omt_a/b", "unexpected character '/'")]
    public void Threads_are_refused_naming_the_thread(string text, string reason)
    {
        var failure = ConversationIds.Thread(text).Failure!;
        Assert.Equal(InputField.ThreadId, failure.Input);
        Assert.Contains(reason, failure.Message.Render(PlainVocabulary.Instance), StringComparison.Ordinal);
    }

    [Property(MaxTest = 300)]
    public Property Page_sizes_outside_one_to_fifty_are_refused(int size)
    {
        var valid = new MessageListQuery { Container = Container.Chat, ContainerId = "oc_a", PageSize = size }.Validate();
        return (valid.IsOk == size is >= 1 and <= 50 && (valid.IsOk || valid.Failure!.Input == InputField.PageSize)).ToProperty();
    }

    [Fact]
    public void A_thread_has_no_time_window_and_a_window_cannot_end_before_it_starts()
    {
        Assert.Equal(InputField.Start, new MessageListQuery { Container = Container.Thread, ContainerId = "omt_a", StartSeconds = 1 }.Validate().Failure!.Input);
        Assert.Equal(InputField.End, new MessageListQuery { Container = Container.Chat, ContainerId = "oc_a", StartSeconds = 10, EndSeconds = 9 }.Validate().Failure!.Input);
        Assert.True(new MessageListQuery { Container = Container.Chat, ContainerId = "oc_a", StartSeconds = 10, EndSeconds = 10 }.Validate().IsOk);
    }

    [Fact]
    public void A_chat_query_sends_what_the_official_cli_sends()
    {
        var query = new MessageListQuery { Container = Container.Chat, ContainerId = "oc_1", OnlyThreadRoots = true, StartSeconds = 1767225600 };

        Assert.Equal(
            "open-apis/im/v1/messages?card_msg_content_type=raw_card_content&container_id=oc_1&container_id_type=chat&only_thread_root_messages=true&page_size=50&page_token=t%2B1&sort_type=ByCreateTimeDesc&start_time=1767225600&with_sender_name=true",
            query.PathAndQuery("t+1"));
    }

    [Fact]
    public void A_thread_query_never_asks_for_roots_only()
    {
        var query = new MessageListQuery { Container = Container.Thread, ContainerId = "omt_1", Order = SortOrder.Ascending, OnlyThreadRoots = true };

        var names = query.Parameters(null).Select(p => p.Key).ToArray();

        Assert.DoesNotContain("only_thread_root_messages", names);
        Assert.DoesNotContain("page_token", names);
        Assert.Contains(new KeyValuePair<string, string>("sort_type", "ByCreateTimeAsc"), query.Parameters(null));
    }

    private static readonly Gen<(bool HasMore, string? Token, int Items)[]> Pages =
        Gen.ArrayOf(
            from more in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
            from token in Gen.Frequency((1, Gen.Constant<string?>(null)), (1, Gen.Constant<string?>("")), (8, Gen.Elements<string?>("a", "b", "c", "d", "e", "f", "g", "h")))
            from items in Gen.Choose(0, 50)
            select (more, token, items));

    [Property(MaxTest = 500)]
    public Property Paging_stops_at_the_limit_never_reads_a_token_twice_and_counts_what_it_read() =>
        Prop.ForAll(Pages.ToArbitrary(), Gen.Choose(1, 6).ToArbitrary(), (pages, limit) =>
        {
            var seen = new HashSet<string>(StringComparer.Ordinal);
            var state = Pagination.Start;
            var read = 0;
            var number = 0;
            foreach (var page in pages)
            {
                read += page.Items;
                number++;
                var step = PageStep.After(state, page.Items, page.HasMore, page.Token, limit, seen);
                state = step.Pagination;
                if (state.Pages != number)
                    return false;
                switch (step)
                {
                    case PageStep.ReadNext next:
                        if (!seen.Add(next.PageToken) || state.Pages >= limit || state.Complete)
                            return false;
                        continue;
                    case PageStep.Done done:
                        return state.Items == read && state.Pages <= limit && done.Pagination.Complete == !page.HasMore
                            && (done.Pagination.Complete ? done.Pagination.NextToken is null : done.Pagination.NextToken == page.Token);
                    case PageStep.Broken broken:
                        return page.HasMore && (string.IsNullOrEmpty(page.Token) || seen.Contains(page.Token!))
                            && broken.Failure is { Category: ErrorCategory.Internal, Subtype: ErrorSubtype.InvalidResponse };
                }
            }

            return true;
        });
}
