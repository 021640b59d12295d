using Lark.Resources.Properties.Support;
using Lark.Resources.Rules.Auth;
using Lark.Resources.Rules.Errors;
using static Lark.Resources.Properties.Auth.AuthJson;

namespace Lark.Resources.Properties.Auth;

public class DevicePollRuleProperties
{
    private static readonly Gen<DevicePoll> Polls =
        from status in Gen.Elements(Enum.GetValues<DevicePollStatus>())
        from error in Gen.Elements<string?>(null, "", "invalid_client", "access_denied", "expired_token", "invalid_grant", "server_error", "{Output}")
        from description in Gen.Elements<string?>(null, "", "the code is bad", "{0} --x")
        from code in Gen.Elements<int?>(null, 20002, 99991663, LarkCode.Unreadable)
        select new DevicePoll(status, error, description, code);

    [Property(MaxTest = 500)]
    public Property Every_poll_failure_is_worded_and_categorised_by_its_status() =>
        Prop.ForAll(Polls.ToArbitrary(), poll =>
        {
            var failure = DevicePollRule.Failure(poll);
            var invalidClient = poll.Error == "invalid_client";
            var category = invalidClient ? ErrorCategory.Config
                : poll.Status == DevicePollStatus.Denied ? ErrorCategory.Authorization
                : poll.Status is DevicePollStatus.Expired or DevicePollStatus.InvalidGrant ? ErrorCategory.Authentication
                : poll.Status == DevicePollStatus.Failed ? ErrorCategory.Api
                : failure.Category;
            var message = failure.Message.Render(PlainVocabulary.Instance);
            return failure.Category == category
                && (failure.Subtype == ErrorSubtype.InvalidClient) == invalidClient
                && ErrorContract.Consistent(failure)
                && message.Length > 0 && failure.Hint.Render(PlainVocabulary.Instance).Length > 0
                && (poll.Description is not { Length: > 0 } d || message.Contains(d, StringComparison.Ordinal))
                && failure.LarkCode == poll.Code;
        });

    [Theory]
    [InlineData(DevicePollStatus.Denied, "access_denied", ErrorCategory.Authorization, ErrorSubtype.UserUnauthorized)]
    [InlineData(DevicePollStatus.Expired, "expired_token", ErrorCategory.Authentication, ErrorSubtype.TokenExpired)]
    [InlineData(DevicePollStatus.InvalidGrant, "invalid_grant", ErrorCategory.Authentication, ErrorSubtype.TokenInvalid)]
    [InlineData(DevicePollStatus.Failed, "invalid_client", ErrorCategory.Config, ErrorSubtype.InvalidClient)]
    [InlineData(DevicePollStatus.Failed, "server_error", ErrorCategory.Api, ErrorSubtype.Unknown)]
    [InlineData(DevicePollStatus.Failed, null, ErrorCategory.Api, ErrorSubtype.Unknown)]
    [InlineData(DevicePollStatus.Denied, "invalid_client", ErrorCategory.Config, ErrorSubtype.InvalidClient)]
    public void Poll_failures(DevicePollStatus status, string? error, ErrorCategory category, ErrorSubtype subtype)
    {
        var failure = DevicePollRule.Failure(new DevicePoll(status, error, null, null));
        Assert.Equal((category, subtype), (failure.Category, failure.Subtype));
    }

    // Classified answers from the wire: the status follows the OAuth error, and a stopped poll's failure is consistent.
    [Property(MaxTest = 1000)]
    public Property Classify_answers_any_json_and_its_failures_are_consistent() =>
        Prop.ForAll(Answers.ToArbitrary(), json => With(json, root =>
        {
            var poll = DevicePollRule.Classify(root);
            var code = LarkCode.Of(root);
            var error = DevicePollRule.Text(root, "error");
            var expected = error switch
            {
                "authorization_pending" => DevicePollStatus.Pending,
                "slow_down" => DevicePollStatus.SlowDown,
                "access_denied" => DevicePollStatus.Denied,
                "expired_token" => DevicePollStatus.Expired,
                "invalid_grant" => DevicePollStatus.InvalidGrant,
                _ => error is null && TokenAnswer.User(root, DateTimeOffset.UnixEpoch, null) is not null ? DevicePollStatus.Approved : DevicePollStatus.Failed,
            };
            var failure = DevicePollRule.Failure(poll);
            return poll.Status == expected && poll.Error == error && poll.Code == (code == 0 ? null : code)
                && poll.KeepPolling == (expected is DevicePollStatus.Pending or DevicePollStatus.SlowDown)
                && ErrorContract.Consistent(failure) && !failure.Message.IsEmpty && !failure.Hint.IsEmpty;
        }));

    [Property(MaxTest = 1000)]
    public Property A_start_failure_is_config_exactly_for_invalid_client() =>
        Prop.ForAll(Answers.ToArbitrary(), Gen.Elements("no answer", "", "{Output}").ToArbitrary(), (json, reason) => With(json, root =>
        {
            var failure = DevicePollRule.StartFailure(root, "cli_app", reason);
            var invalidClient = DevicePollRule.Text(root, "error") == "invalid_client";
            var code = LarkCode.Of(root);
            var message = failure.Message.Render(PlainVocabulary.Instance);
            return (failure.Category, failure.Subtype) == (invalidClient ? (ErrorCategory.Config, ErrorSubtype.InvalidClient) : (ErrorCategory.Api, ErrorSubtype.Unknown))
                && failure.Fix == (invalidClient ? FixKind.Configure : FixKind.CheckNetwork)
                && message.Contains("cli_app", StringComparison.Ordinal) && message.EndsWith(reason, StringComparison.Ordinal)
                && !failure.Hint.IsEmpty && failure.LarkCode == (code == 0 ? null : code)
                && !message.Contains(AccessSecret, StringComparison.Ordinal);
        }));

    [Property(MaxTest = 300)]
    public Property Intervals_stay_between_one_second_and_a_minute(long ticks, bool slowDown)
    {
        var next = DevicePollRule.NextInterval(TimeSpan.FromTicks(ticks / 2), slowDown ? DevicePollStatus.SlowDown : DevicePollStatus.Pending);
        return (next >= DevicePollRule.MinInterval && next <= DevicePollRule.MaxInterval).ToProperty();
    }
}
