using Lark.Resources.Properties.Support;
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

    // Every class the catalogue can answer: the catalogued ones, the status-only ones, unknown codes under any status.
    private static IEnumerable<ErrorClass> EveryClass() =>
        ErrorCatalog.All
            .Concat(new[] { 0, 200, 400, 401, 403, 404, 408, 418, 429, 500, 502, 503, 599, 600, -1 }.Select(ErrorCatalog.ClassifyStatus))
            .Concat(new[] { 400, 429, 500 }.Select(status => ErrorCatalog.Classify(1234567, status)));

    private static IEnumerable<Wording> SharpenedHints()
    {
        var violation = new LarkError(1, "", null, null, [new PermissionViolation("action_scope_required", "im:chat:readonly")], []);
        return ErrorCatalog.All.Select(c => ErrorCatalog.HintFor(c, violation with { Code = c.Code }));
    }

    [Fact]
    public void Every_class_renders_a_hint_in_plain_words_and_with_every_placeholder_named()
    {
        foreach (var hint in EveryClass().Select(c => c.Hint).Concat(SharpenedHints()))
        {
            Assert.False(hint.IsEmpty, hint.ToString());
            Assert.False(string.IsNullOrWhiteSpace(hint.Render(PlainVocabulary.Instance)), hint.ToString());
            var marked = hint.Render(MarkedVocabulary.Instance);
            Assert.All(hint.Inputs, field => Assert.Contains(MarkedVocabulary.Name(field), marked, StringComparison.Ordinal));
            Assert.All(hint.Terms, term => Assert.Contains(MarkedVocabulary.Name(term), marked, StringComparison.Ordinal));
        }
    }

    // The library's texts hold no front end's words: no flag, no program name, no environment variable.
    [Fact]
    public void Catalogue_texts_name_no_flag_program_or_environment_variable()
    {
        var texts = EveryClass().SelectMany(c => new[] { c.Meaning, c.Hint.Render(PlainVocabulary.Instance) })
            .Concat(SharpenedHints().Select(h => h.Render(PlainVocabulary.Instance)));
        Assert.All(texts, text =>
        {
            Assert.False(string.IsNullOrWhiteSpace(text));
            Assert.DoesNotContain("--", text, StringComparison.Ordinal);
            Assert.DoesNotContain("lark-cli", text, StringComparison.OrdinalIgnoreCase);
            Assert.DoesNotContain("LARKSUITE_CLI_", text, StringComparison.OrdinalIgnoreCase);
        });
    }

    [Fact]
    public void Codes_are_catalogued_once_each_and_never_as_zero()
    {
        Assert.Equal(ErrorCatalog.All.Count, ErrorCatalog.All.Select(c => c.Code).Distinct().Count());
        Assert.DoesNotContain(0, ErrorCatalog.All.Select(c => c.Code));
        Assert.All(ErrorCatalog.All, c => Assert.Same(c, ErrorCatalog.Classify(c.Code, 500)));
    }

    [Fact]
    public void Every_class_pairs_its_subtype_with_a_category_the_contract_allows() =>
        Assert.All(EveryClass(), c => Assert.True(ErrorContract.Consistent(c.Category, c.Subtype), $"{c.Code}: {c.Category}/{c.Subtype}"));

    [Fact]
    public void The_contract_table_covers_every_subtype() =>
        Assert.Equal(Enum.GetValues<ErrorSubtype>().Order(), ErrorContract.CategoriesOf.Keys.Order());

    [Property(MaxTest = 1000)]
    public Property Classify_answers_any_code_and_status(int code, int status)
    {
        var c = ErrorCatalog.Classify(code, status);
        var s = ErrorCatalog.ClassifyStatus(status);
        return (c.Code == code && s.Code == 0
                && new[] { c, s }.All(x => ErrorContract.Consistent(x.Category, x.Subtype) && x.Meaning.Length > 0 && !x.Hint.IsEmpty
                    && x.Retryable == (x.Retry is RetryAdvice.Backoff or RetryAdvice.Few)))
            .ToProperty();
    }

    // Unknown codes follow the status: 5xx and 429 are passing server errors, anything else is api/unknown.
    [Property(MaxTest = 500)]
    public Property Unknown_codes_are_classified_by_status_alone(int code, int status)
    {
        var c = ErrorCatalog.Classify(code, status);
        var known = ErrorCatalog.All.Any(k => k.Code == code);
        var passing = status is >= 500 or 429;
        return (known || (c.Category == ErrorCategory.Api && c.Retryable == passing
                && c.Subtype == (passing ? ErrorSubtype.ServerError : ErrorSubtype.Unknown))).ToProperty();
    }

    private static readonly Gen<int> AnyCode = Gen.Frequency(
        (3, Gen.Elements(ErrorCatalog.All.Select(c => c.Code).ToArray())),
        (1, ArbMap.Default.GeneratorFor<int>()));

    private static readonly Gen<string?> LogIds = Gen.Elements<string?>(null, "body-log", "20240101abc");

    private static readonly Gen<LarkError?> Errors =
        from present in Gen.Frequency((4, Gen.Constant(true)), (1, Gen.Constant(false)))
        from code in AnyCode
        from message in Gen.Elements("", "denied", "{Output} --x")
        from logId in LogIds
        from scopes in Gen.Elements(" ", "", "im:message.history:readonly", "im:chat:readonly").ArrayOf().Resize(3)
        select present
            ? new LarkError(code, message, logId, null, [.. scopes.Select(s => new PermissionViolation("action_scope_required", s))], [])
            : null;

    private static readonly Gen<TimeSpan?> Waits = Gen.Elements<TimeSpan?>(null, TimeSpan.Zero, TimeSpan.FromSeconds(3), TimeSpan.FromMinutes(5));

    [Property(MaxTest = 1000)]
    public Property Failure_keeps_code_and_log_id_and_waits_only_when_retryable() =>
        Prop.ForAll(Errors.ToArbitrary(), (from status in Gen.Choose(100, 599) from logId in LogIds from wait in Waits select (status, logId, wait)).ToArbitrary(), (error, rest) =>
        {
            var (status, headerLogId, wait) = rest;
            var failure = ErrorCatalog.Failure(status, error, headerLogId, "reading message om_x", wait);
            var c = error is null ? ErrorCatalog.ClassifyStatus(status) : ErrorCatalog.Classify(error.Code, status);
            var scopes = error?.PermissionViolations.Select(v => v.Subject).Where(s => !string.IsNullOrWhiteSpace(s)).Distinct() ?? [];
            return (failure.Category, failure.Subtype, failure.Retryable, failure.Fix) == (c.Category, c.Subtype, c.Retryable, c.Fix)
                && failure.LarkCode == error?.Code
                && failure.LogId == (error?.LogId ?? headerLogId)
                && failure.HttpStatus == status
                && failure.RetryAfter == (c.Retryable ? wait : null)
                && failure.MissingScopes.SequenceEqual(scopes)
                && failure.Message.Render(PlainVocabulary.Instance).StartsWith("reading message om_x failed: ", StringComparison.Ordinal)
                && !failure.Hint.IsEmpty
                && ErrorContract.Consistent(failure);
        });

    [Fact]
    public void Subtype_wire_names_are_distinct_snake_case()
    {
        var wires = Enum.GetValues<ErrorSubtype>().Select(s => s.ToWire()).ToArray();
        Assert.Equal(wires.Length, wires.Distinct(StringComparer.Ordinal).Count());
        Assert.All(wires, w => Assert.Matches("^[a-z]+(_[a-z]+)*$", w));
        Assert.Equal(["unknown", "invalid_argument", "token_missing", "refresh_token_reused", "app_scope_not_applied", "rate_limit", "sdk_error", "confirmation_required"],
            new[] { ErrorSubtype.Unknown, ErrorSubtype.InvalidArgument, ErrorSubtype.TokenMissing, ErrorSubtype.RefreshTokenReused, ErrorSubtype.AppScopeNotApplied,
                ErrorSubtype.RateLimit, ErrorSubtype.SdkError, ErrorSubtype.ConfirmationRequired }.Select(s => s.ToWire()));
    }

    [Fact]
    public void Category_wire_names_are_the_contracts_nine()
    {
        var categories = Enum.GetValues<ErrorCategory>();
        Assert.Equal(9, categories.Length);
        Assert.Equal(
            ["validation", "authentication", "authorization", "config", "network", "api", "policy", "internal", "confirmation"],
            categories.Select(c => c.ToWire()));
    }
}
