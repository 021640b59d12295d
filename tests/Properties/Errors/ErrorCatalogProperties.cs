using Lark.Resources.Rules.Errors;

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
        Assert.True(c.Hint.Length > 20, c.Hint);
        Assert.DoesNotContain("Lark error", c.Meaning, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(234002, ErrorKind.Permission, RetryAdvice.Never, "do not retry")]
    [InlineData(14005, ErrorKind.Permission, RetryAdvice.Never, "do not retry")]
    [InlineData(234003, ErrorKind.NotFound, RetryAdvice.Never, "same message")]
    [InlineData(234037, ErrorKind.Permanent, RetryAdvice.Never, "100 MB")]
    [InlineData(99991663, ErrorKind.Auth, RetryAdvice.RefreshToken, "app id")]
    [InlineData(99991668, ErrorKind.Auth, RetryAdvice.RefreshToken, "auth login --scope \"im:message:readonly\"")]
    [InlineData(99991679, ErrorKind.Permission, RetryAdvice.Never, "lark-cli auth login --scope \"im:message:readonly\"")]
    [InlineData(99991400, ErrorKind.RateLimit, RetryAdvice.Backoff, "50 per second")]
    [InlineData(234019, ErrorKind.Transient, RetryAdvice.Few, "retry once")]
    public void Classification_and_hints(int code, ErrorKind kind, RetryAdvice retry, string hintPart)
    {
        var c = ErrorCatalog.Classify(code, 400);
        Assert.Equal(kind, c.Kind);
        Assert.Equal(retry, c.Retry);
        Assert.Contains(hintPart, c.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public void Missing_scope_named_by_the_server_sharpens_the_hint()
    {
        var error = new LarkError(99991679, "no", null, null, [new PermissionViolation("action_scope_required", "im:message.history:readonly")], []);
        Assert.Equal("Grant the scope: lark-cli auth login --scope \"im:message.history:readonly\".", ErrorCatalog.HintFor(ErrorCatalog.Classify(99991679, 400), error));
    }

    [Theory]
    [InlineData(1234567, 503, ErrorKind.Transient)]
    [InlineData(1234567, 400, ErrorKind.Permanent)]
    public void Unknown_codes_follow_the_status(int code, int status, ErrorKind kind) =>
        Assert.Equal(kind, ErrorCatalog.Classify(code, status).Kind);

    [Theory]
    [InlineData(429, ErrorKind.RateLimit)]
    [InlineData(500, ErrorKind.Transient)]
    [InlineData(502, ErrorKind.Transient)]
    [InlineData(404, ErrorKind.NotFound)]
    [InlineData(401, ErrorKind.Auth)]
    [InlineData(418, ErrorKind.Permanent)]
    public void Statuses_without_a_code(int status, ErrorKind kind) => Assert.Equal(kind, ErrorCatalog.ClassifyStatus(status).Kind);

    [Fact]
    public void Official_types() =>
        Assert.Equal(["auth", "permission", "rate_limit", "api_error"],
            new[] { 99991663, 234002, 99991400, 234037 }.Select(c => ErrorCatalog.Classify(c, 400).OfficialType));
}
