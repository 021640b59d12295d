using System.Globalization;
using System.Text.Json;
using Lark.Resources.Properties.Support;
using Lark.Resources.Rules;
using Lark.Resources.Rules.Auth;
using Lark.Resources.Rules.Errors;
using static Lark.Resources.Properties.Auth.AuthJson;

namespace Lark.Resources.Properties.Auth;

public class TokenAnswerProperties
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 12, 0, 0, TimeSpan.Zero);

    private static string Words(LarkFailure failure) =>
        failure.Message.Render(MarkedVocabulary.Instance) + "\n" + failure.Hint.Render(MarkedVocabulary.Instance) + "\n"
        + failure.Message.Render(PlainVocabulary.Instance) + "\n" + failure.Hint.Render(PlainVocabulary.Instance) + "\n" + failure;

    private static bool HoldsNoSecret(LarkFailure failure) =>
        new[] { AccessSecret, RefreshSecret, TenantSecret }.All(s => !Words(failure).Contains(s, StringComparison.Ordinal));

    // Where a whole number of seconds is, as the rules read it: a JSON integer or an integer string.
    private static long? Seconds(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v)
            ? v.ValueKind == JsonValueKind.Number && v.TryGetInt64(out var n) ? n
            : v.ValueKind == JsonValueKind.String && long.TryParse(v.GetString(), NumberStyles.Integer, CultureInfo.InvariantCulture, out var s) ? s
            : null
            : null;

    private static string? Text(JsonElement element, string name) =>
        element.ValueKind == JsonValueKind.Object && element.TryGetProperty(name, out var v) && v.ValueKind == JsonValueKind.String
            && JsonText.Of(v) is { Length: > 0 } text ? text : null;

    private static DateTimeOffset After(long seconds) => Now.AddSeconds(Math.Clamp(seconds, 0, int.MaxValue));

    [Property(MaxTest = 1000)]
    public Property Tenant_answers_any_json_with_a_token_or_a_failure_that_carries_the_code() =>
        Prop.ForAll(Answers.ToArbitrary(), json => With(json, root =>
        {
            var answer = TokenAnswer.Tenant(root, Now, "cli_app");
            var code = LarkCode.Of(root);
            if (code == 0 && Text(root, "tenant_access_token") is { } token)
                return answer.IsOk && answer.Value.Token == token
                    && answer.Value.ExpiresAt == After(Seconds(root, "expire") ?? (long)TokenAnswer.DefaultLifetime.TotalSeconds);
            return !answer.IsOk && answer.Failure.LarkCode == (code == 0 ? null : code)
                && ErrorContract.Consistent(answer.Failure) && !answer.Failure.Message.IsEmpty && !answer.Failure.Hint.IsEmpty
                && answer.Failure.Message.Render(PlainVocabulary.Instance).Contains("cli_app", StringComparison.Ordinal)
                && HoldsNoSecret(answer.Failure);
        }));

    // The tokens sit at the top level or under data; lifetimes are whole seconds as numbers or strings.
    [Property(MaxTest = 1000)]
    public Property User_reads_tokens_at_the_top_or_under_data() =>
        Prop.ForAll(Answers.ToArbitrary(), json => With(json, root =>
        {
            var tokens = TokenAnswer.User(root, Now, "previous");
            if (root.ValueKind != JsonValueKind.Object || LarkCode.Of(root) != 0)
                return tokens is null;
            var body = Text(root, "access_token") is null && root.TryGetProperty("data", out var data) && data.ValueKind == JsonValueKind.Object ? data : root;
            if (Text(body, "access_token") is not { } access)
                return tokens is null;
            return tokens is not null && tokens.AccessToken == access
                && tokens.RefreshToken == Text(body, "refresh_token")
                && tokens.ExpiresAt == After(Seconds(body, "expires_in") ?? (long)TokenAnswer.DefaultLifetime.TotalSeconds)
                && tokens.RefreshExpiresAt == (Seconds(body, "refresh_token_expires_in") is { } r ? After(r) : null)
                && tokens.Scope == (Text(body, "scope") ?? "previous")
                && !tokens.ToString().Contains(AccessSecret, StringComparison.Ordinal) && !tokens.ToString().Contains(RefreshSecret, StringComparison.Ordinal);
        }));

    // The device flow's classification and the token reading agree on which answers hold tokens.
    [Property(MaxTest = 1000)]
    public Property User_finds_tokens_exactly_where_the_poll_says_approved() =>
        Prop.ForAll(Answers.ToArbitrary(), json => With(json, root =>
        {
            var approved = DevicePollRule.Classify(root).Status == DevicePollStatus.Approved;
            var tokens = TokenAnswer.User(root, Now, null);
            return approved == (tokens is not null && DevicePollRule.Text(root, "error") is null);
        }));

    [Property(MaxTest = 1000)]
    public Property A_refresh_failure_is_authentication_with_the_code_and_no_secret() =>
        Prop.ForAll(Answers.ToArbitrary(), json => With(json, root =>
        {
            var failure = TokenAnswer.RefreshFailure(root);
            var code = LarkCode.Of(root);
            return failure.Category == ErrorCategory.Authentication && ErrorContract.Consistent(failure)
                && failure.LarkCode == (code == 0 ? null : code)
                && !failure.Message.IsEmpty && failure.Hint.Terms.Contains(Term.LogIn(ErrorCatalog.ReadScope))
                && HoldsNoSecret(failure);
        }));

    [Theory]
    [InlineData("""{"code":20037,"error":"invalid_grant"}""", ErrorSubtype.RefreshTokenExpired)]
    [InlineData("""{"code":20064}""", ErrorSubtype.RefreshTokenRevoked)]
    [InlineData("""{"code":"20073"}""", ErrorSubtype.RefreshTokenReused)]
    [InlineData("""{"error":"invalid_grant","error_description":"bad"}""", ErrorSubtype.RefreshTokenInvalid)]
    [InlineData("""{"code":10014,"msg":"bad secret"}""", ErrorSubtype.RefreshTokenInvalid)]
    [InlineData("""{"code":234002}""", ErrorSubtype.RefreshTokenInvalid)]
    [InlineData("""{"code":"2147483648"}""", ErrorSubtype.RefreshTokenInvalid)]
    public void Refresh_failures(string json, ErrorSubtype subtype)
    {
        var failure = With(json, TokenAnswer.RefreshFailure);
        Assert.Equal((ErrorCategory.Authentication, subtype), (failure.Category, failure.Subtype));
    }

    [Theory]
    [InlineData("""{"code":0,"tenant_access_token":"t-1","expire":"3600"}""", 3600L)]
    [InlineData("""{"code":"0","tenant_access_token":"t-1","expire":-5}""", 0L)]
    [InlineData("""{"tenant_access_token":"t-1"}""", 7200L)]
    [InlineData("""{"tenant_access_token":"t-1","expire":99999999999}""", (long)int.MaxValue)]
    public void Tenant_lifetimes(string json, long seconds) =>
        Assert.Equal(Now.AddSeconds(seconds), With(json, root => TokenAnswer.Tenant(root, Now, "cli_x").Value.ExpiresAt));

    [Theory]
    [InlineData("""{"code":10014,"msg":"bad secret","tenant_access_token":"t-SECRET-tenant-c0de"}""", ErrorCategory.Config, ErrorSubtype.InvalidClient)]
    [InlineData("""{"code":0,"tenant_access_token":""}""", ErrorCategory.Authentication, ErrorSubtype.TokenInvalid)]
    [InlineData("""{"code":"x"}""", ErrorCategory.Authentication, ErrorSubtype.TokenInvalid)]
    [InlineData("""{"code":99991672}""", ErrorCategory.Authorization, ErrorSubtype.AppScopeNotApplied)]
    public void Tenant_refusals(string json, ErrorCategory category, ErrorSubtype subtype)
    {
        var failure = With(json, root => TokenAnswer.Tenant(root, Now, "cli_x")).Failure!;
        Assert.Equal((category, subtype), (failure.Category, failure.Subtype));
        Assert.True(HoldsNoSecret(failure));
    }

    [Theory]
    [InlineData("""{"code":0,"access_token":"u-1","expires_in":"600","refresh_token":"r-1","refresh_token_expires_in":"86400","scope":"a b"}""")]
    [InlineData("""{"code":"0","data":{"access_token":"u-1","expires_in":600,"refresh_token":"r-1","refresh_token_expires_in":86400,"scope":"a b"}}""")]
    [InlineData("""{"code":0,"access_token":"","data":{"access_token":"u-1","expires_in":600,"refresh_token":"r-1","refresh_token_expires_in":86400,"scope":"a b"}}""")]
    public void User_tokens_at_the_top_or_under_data(string json)
    {
        var tokens = With(json, root => TokenAnswer.User(root, Now, null));
        Assert.Equal(new UserTokens("u-1", "r-1", Now.AddSeconds(600), Now.AddSeconds(86400), "a b"), tokens);
    }

    [Property(MaxTest = 300)]
    public Property A_rejected_static_token_names_its_origin(string? origin, bool user)
    {
        var from = origin ?? "";
        var failure = TokenAnswer.StaticTokenRejected(user ? "user" : "bot", from);
        return (failure.Category == ErrorCategory.Authentication && failure.Subtype == ErrorSubtype.TokenInvalid
            && failure.Message.Render(PlainVocabulary.Instance).Contains(from, StringComparison.Ordinal)
            && failure.Fix == (user ? FixKind.LogIn : FixKind.Configure)
            && failure.Hint.Terms.Contains(user ? Term.LogIn(ErrorCatalog.ReadScope) : Term.Configure)).ToProperty();
    }

    [Fact]
    public void A_login_that_expired_asks_to_log_in_again()
    {
        var failure = TokenAnswer.LoginExpired("gone");
        Assert.Equal((ErrorCategory.Authentication, ErrorSubtype.RefreshTokenExpired, FixKind.LogIn), (failure.Category, failure.Subtype, failure.Fix));
        Assert.Equal([Term.LogIn(ErrorCatalog.ReadScope)], failure.Hint.Terms);
    }
}
