using Lark.Resources.Rules.Errors;
using Lark.Resources.Shell;

namespace Lark.Resources.Properties.Errors;

public class ErrorCatalogProperties
{
    public static TheoryData<int> SheetCodes => new([230110, 234001, 234002, 234003, 234004, 234009, 234019, 234037, 234038, 234040, 234041, 234042, 234043, 14005, 99991661, 99991663, 99991665, 99991668, 99991677, 99991672, 99991679, 99991400]);

    [Theory]
    [MemberData(nameof(SheetCodes))]
    public void Every_code_of_the_protocol_sheet_is_catalogued_with_a_hint(int code)
    {
        var c = ErrorCatalog.Classify(code, 400);
        Assert.Equal(code, c.Code);
        Assert.True(c.Hint.Render(LibraryVocabulary.Instance).Length > 20, c.Hint.ToString());
        Assert.DoesNotContain("Lark error", c.Meaning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(234002, ErrorCategory.Authorization, ErrorSubtype.PermissionDenied, RetryAdvice.Never, "do not retry")]
    [InlineData(14005, ErrorCategory.Authorization, ErrorSubtype.PermissionDenied, RetryAdvice.Never, "do not retry")]
    [InlineData(234003, ErrorCategory.Api, ErrorSubtype.NotFound, RetryAdvice.Never, "same message")]
    [InlineData(230110, ErrorCategory.Api, ErrorSubtype.NotFound, RetryAdvice.Never, "share the file again")]
    [InlineData(234037, ErrorCategory.Api, ErrorSubtype.FeatureNotAvailable, RetryAdvice.Never, "100 MB")]
    [InlineData(99991661, ErrorCategory.Authentication, ErrorSubtype.TokenMissing, RetryAdvice.Never, "Configure credentials")]
    [InlineData(99991663, ErrorCategory.Authentication, ErrorSubtype.TokenInvalid, RetryAdvice.RefreshToken, "app id")]
    [InlineData(99991677, ErrorCategory.Authentication, ErrorSubtype.TokenExpired, RetryAdvice.RefreshToken, "Log in again")]
    [InlineData(99991668, ErrorCategory.Authentication, ErrorSubtype.TokenInvalid, RetryAdvice.RefreshToken, "im:message:readonly")]
    [InlineData(99991679, ErrorCategory.Authorization, ErrorSubtype.MissingScope, RetryAdvice.Never, "im:message:readonly")]
    [InlineData(99991672, ErrorCategory.Authorization, ErrorSubtype.AppScopeNotApplied, RetryAdvice.Never, "developer console")]
    [InlineData(99991400, ErrorCategory.Api, ErrorSubtype.RateLimit, RetryAdvice.Backoff, "50 per second")]
    [InlineData(234019, ErrorCategory.Api, ErrorSubtype.ServerError, RetryAdvice.Few, "retry once")]
    [InlineData(10014, ErrorCategory.Config, ErrorSubtype.InvalidClient, RetryAdvice.Never, "app secret")]
    [InlineData(20037, ErrorCategory.Authentication, ErrorSubtype.RefreshTokenExpired, RetryAdvice.Never, "Log in again")]
    [InlineData(20050, ErrorCategory.Authentication, ErrorSubtype.RefreshServerError, RetryAdvice.Few, "retry")]
    public void Classification_and_hints(int code, ErrorCategory category, ErrorSubtype subtype, RetryAdvice retry, string hintPart)
    {
        var c = ErrorCatalog.Classify(code, 400);
        Assert.Equal(category, c.Category);
        Assert.Equal(subtype, c.Subtype);
        Assert.Equal(retry, c.Retry);
        Assert.Contains(hintPart, c.Hint.Render(PlainVocabulary.Instance), StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(234002)]
    [InlineData(14005)]
    [InlineData(230110)]
    [InlineData(234038)]
    public void Codes_nothing_can_fix_tell_not_to_retry(int code)
    {
        var c = ErrorCatalog.Classify(code, 400);
        Assert.Contains(new Term(TermKind.DoNotRetry), c.Hint.Terms);
        Assert.False(c.Retryable);
    }

    [Fact]
    public void Login_hints_name_the_scope_as_a_term_not_a_command()
    {
        var hint = ErrorCatalog.Classify(99991668, 400).Hint;
        Assert.Contains(Term.LogIn(ErrorCatalog.ReadScope), hint.Terms);
        Assert.DoesNotContain("lark-cli", hint.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_scope_named_by_the_server_sharpens_the_hint()
    {
        var error = new LarkError(99991679, "no", null, null, [new PermissionViolation("action_scope_required", "im:message.history:readonly")], []);
        var hint = ErrorCatalog.HintFor(ErrorCatalog.Classify(99991679, 400), error);
        Assert.Equal([Term.LogIn("im:message.history:readonly")], hint.Terms);
        Assert.Equal(["im:message.history:readonly"], ErrorCatalog.Failure(400, error, null).MissingScopes);
    }

    [Theory]
    [InlineData(1234567, 503, ErrorCategory.Api, ErrorSubtype.ServerError, true)]
    [InlineData(1234567, 400, ErrorCategory.Api, ErrorSubtype.Unknown, false)]
    public void Unknown_codes_follow_the_status(int code, int status, ErrorCategory category, ErrorSubtype subtype, bool retryable)
    {
        var c = ErrorCatalog.Classify(code, status);
        Assert.Equal((category, subtype, retryable), (c.Category, c.Subtype, c.Retryable));
    }

    [Theory]
    [InlineData(429, ErrorCategory.Api, ErrorSubtype.RateLimit)]
    [InlineData(500, ErrorCategory.Network, ErrorSubtype.ServerError)]
    [InlineData(502, ErrorCategory.Network, ErrorSubtype.ServerError)]
    [InlineData(404, ErrorCategory.Api, ErrorSubtype.NotFound)]
    [InlineData(401, ErrorCategory.Authentication, ErrorSubtype.TokenInvalid)]
    [InlineData(403, ErrorCategory.Authorization, ErrorSubtype.PermissionDenied)]
    [InlineData(418, ErrorCategory.Api, ErrorSubtype.Unknown)]
    public void Statuses_without_a_code(int status, ErrorCategory category, ErrorSubtype subtype)
    {
        var c = ErrorCatalog.ClassifyStatus(status);
        Assert.Equal((category, subtype), (c.Category, c.Subtype));
    }

    [Fact]
    public void A_rate_limit_failure_is_retryable_and_carries_the_wait()
    {
        var failure = ErrorCatalog.Failure(429, new LarkError(99991400, "too many", "log-1", null, [], []), null, retryAfter: TimeSpan.FromSeconds(3));
        Assert.Equal((ErrorCategory.Api, ErrorSubtype.RateLimit, true, TimeSpan.FromSeconds(3), 99991400, "log-1"),
            (failure.Category, failure.Subtype, failure.Retryable, failure.RetryAfter, failure.LarkCode, failure.LogId));
    }

    [Fact]
    public void A_business_error_is_never_retryable_and_carries_no_wait()
    {
        var failure = ErrorCatalog.Failure(400, new LarkError(234002, "denied", null, null, [], []), "from-header", retryAfter: TimeSpan.FromSeconds(3));
        Assert.Equal((false, (TimeSpan?)null, "from-header"), (failure.Retryable, failure.RetryAfter, failure.LogId));
    }

    [Fact]
    public void Every_catalogued_subtype_has_a_snake_case_wire_name()
    {
        foreach (var c in ErrorCatalog.All)
            Assert.Matches("^[a-z]+(_[a-z]+)*$", c.Subtype.ToWire());
        Assert.Equal("file_io", ErrorSubtype.FileIo.ToWire());
        Assert.Equal("representation_changed", ErrorSubtype.RepresentationChanged.ToWire());
        Assert.Equal("authorization", ErrorCategory.Authorization.ToWire());
    }
}
