using System.Globalization;
using Lark.Resources.Properties.Support;
using Lark.Resources.Rules.Download;
using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Properties.Download;

public class DownloadFailuresProperties
{
    private static readonly Gen<string> Targets = Gen.Elements("photo.png", "out/季度.xlsx", "{Output}", "a {0} b", "--overwrite", "", "😀.bin").ArrayOf().Resize(3).Select(string.Concat);

    [Property(MaxTest = 300)]
    public Property An_existing_target_names_the_output_and_the_overwrite() =>
        Prop.ForAll(Targets.ToArbitrary(), ArbMap.Default.ArbFor<bool>(), (target, kept) =>
        {
            var failure = DownloadFailures.TargetExists(target, kept);
            var hint = failure.Hint.Render(PlainVocabulary.Instance);
            return failure.Category == ErrorCategory.Validation && failure.Subtype == ErrorSubtype.FailedPrecondition
                && failure.Input == InputField.Output && failure.Fix == FixKind.ChangeTarget
                && failure.Hint.Inputs.Contains(InputField.Output) && failure.Hint.Terms.Contains(Term.Overwrite)
                && failure.Message.Render(MarkedVocabulary.Instance).StartsWith(target + " already exists", StringComparison.Ordinal)
                && !failure.Message.Inputs.Any()
                && hint.Contains("kept hidden", StringComparison.Ordinal) == kept;
        });

    private static readonly Gen<LarkFailure> Failures =
        from pair in ErrorContract.Pairs
        from fix in Gen.Elements(Enum.GetValues<FixKind>())
        from hint in Gen.Elements(Wording.Empty, Wording.Text("Retry later."), Wording.Of($"Check {InputField.FileKey} ({Term.DoNotRetry})."))
        from code in Gen.Elements<int?>(null, 234002, 99991400)
        from retryable in ArbMap.Default.GeneratorFor<bool>()
        from kept in Gen.Elements<long?>(null, 7)
        select new LarkFailure
        {
            Category = pair.Category,
            Subtype = pair.Subtype,
            Message = Wording.Text("it failed"),
            Hint = hint,
            Fix = fix,
            LarkCode = code,
            LogId = code is null ? null : "log-1",
            HttpStatus = code is null ? null : 400,
            Retryable = retryable,
            RetryAfter = retryable ? TimeSpan.FromSeconds(1) : null,
            KeptBytes = kept,
        };

    private static readonly Gen<long> Verified = Gen.Frequency((2, Gen.Elements(-1L, 0L, 1L, long.MaxValue)), (3, Gen.Choose(1, 1_000_000).Select(i => (long)i)));

    private static readonly Gen<long?> Totals = Gen.Frequency((1, Gen.Constant<long?>(null)), (3, Gen.Choose(0, 2_000_000).Select(i => (long?)i)));

    [Property(MaxTest = 1000)]
    public Property Resume_advice_is_added_exactly_for_kept_bytes_after_a_resumable_failure() =>
        Prop.ForAll(Failures.ToArbitrary(), Verified.ToArbitrary(), Totals.ToArbitrary(), (failure, verified, total) =>
        {
            var result = DownloadFailures.WithResumeHint(failure, verified, total);
            var kept = verified > 0 && total is not null;
            var advised = kept && failure.Category is ErrorCategory.Api or ErrorCategory.Network && failure.Subtype != ErrorSubtype.NotFound && failure.Fix != FixKind.Resume;
            var expectedHint = advised ? failure.Hint.Then(DownloadFailures.ResumeHint(verified, total)) : failure.Hint;
            return result with { Hint = failure.Hint, KeptBytes = failure.KeptBytes } == failure
                && result.Hint.Equals(expectedHint)
                && result.KeptBytes == (kept ? verified : failure.KeptBytes)
                && result.Hint.Terms.Contains(Term.RunAgain) == (advised || failure.Hint.Terms.Contains(Term.RunAgain));
        });

    // Whatever the pair, category, subtype and code are the failure's own.
    [Property(MaxTest = 500)]
    public Property The_resume_hint_never_changes_the_classification() =>
        Prop.ForAll(Gen.Elements(Enum.GetValues<ErrorCategory>()).ToArbitrary(), Gen.Elements(Enum.GetValues<ErrorSubtype>()).ToArbitrary(), Verified.ToArbitrary(), (category, subtype, verified) =>
        {
            var failure = new LarkFailure { Category = category, Subtype = subtype, Message = Wording.Text("x"), Hint = Wording.Text("y"), Fix = FixKind.None, LarkCode = 5 };
            var result = DownloadFailures.WithResumeHint(failure, verified, 100);
            return (result.Category, result.Subtype, result.LarkCode, result.Fix, result.Message) == (category, subtype, 5, FixKind.None, failure.Message);
        });

    [Property(MaxTest = 300)]
    public Property The_resume_hint_says_how_many_bytes_were_kept() =>
        Prop.ForAll(Verified.ToArbitrary(), Totals.ToArbitrary(), (verified, total) =>
        {
            var hint = DownloadFailures.ResumeHint(verified, total);
            var text = hint.Render(PlainVocabulary.Instance);
            return hint.Terms.SequenceEqual([Term.RunAgain])
                && (verified > 0 && total is not null
                    ? text.StartsWith(verified.ToString(CultureInfo.InvariantCulture) + " verified bytes are kept hidden", StringComparison.Ordinal)
                    : text.StartsWith("Nothing was kept", StringComparison.Ordinal));
        });

    [Theory]
    [InlineData(ErrorCategory.Network, ErrorSubtype.Transport, FixKind.CheckNetwork, true)]
    [InlineData(ErrorCategory.Network, ErrorSubtype.Protocol, FixKind.Retry, true)]
    [InlineData(ErrorCategory.Network, ErrorSubtype.RepresentationChanged, FixKind.Retry, true)]
    [InlineData(ErrorCategory.Api, ErrorSubtype.RateLimit, FixKind.WaitAndRetry, true)]
    [InlineData(ErrorCategory.Api, ErrorSubtype.NotFound, FixKind.ChangeInput, false)]
    [InlineData(ErrorCategory.Api, ErrorSubtype.ServerError, FixKind.Resume, false)]
    [InlineData(ErrorCategory.Authorization, ErrorSubtype.PermissionDenied, FixKind.None, false)]
    [InlineData(ErrorCategory.Internal, ErrorSubtype.FileIo, FixKind.CheckLocalFiles, false)]
    [InlineData(ErrorCategory.Validation, ErrorSubtype.FailedPrecondition, FixKind.ChangeTarget, false)]
    public void Which_failures_gain_the_resume_advice(ErrorCategory category, ErrorSubtype subtype, FixKind fix, bool advised)
    {
        var failure = new LarkFailure { Category = category, Subtype = subtype, Message = Wording.Text("x"), Hint = Wording.Text("Do this."), Fix = fix };
        var result = DownloadFailures.WithResumeHint(failure, 40, 100);
        Assert.Equal(advised ? "Do this. 40 verified bytes are kept hidden; [RunAgain] to resume." : "Do this.", result.Hint.Render(MarkedVocabulary.Instance));
        Assert.Equal(40, result.KeptBytes);
        Assert.Same(failure, DownloadFailures.WithResumeHint(failure, 0, 100));
        Assert.Same(failure, DownloadFailures.WithResumeHint(failure, 40, null));
    }
}
