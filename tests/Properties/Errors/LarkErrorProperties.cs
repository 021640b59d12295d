using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Properties.Errors;

public class LarkErrorProperties
{
    [Fact]
    public void Parses_the_full_error_envelope()
    {
        const string body = """
            {"code":99991672,"msg":"Access denied.","error":{"log_id":"20240101abc","troubleshooter":"https://t/x",
             "permission_violations":[{"type":"action_scope_required","subject":"im:message:readonly"}],
             "helps":[{"url":"https://help","description":"scopes"}]}}
            """;
        var error = LarkError.Parse(body, "header-log").Value;
        Assert.Equal(99991672, error.Code);
        Assert.Equal("Access denied.", error.Message);
        Assert.Equal("20240101abc", error.LogId);
        Assert.Equal("https://t/x", error.Troubleshooter);
        Assert.Equal([new PermissionViolation("action_scope_required", "im:message:readonly")], error.PermissionViolations);
        Assert.Equal([new HelpLink("https://help", "scopes")], error.Helps);
    }

    [Fact]
    public void Code_may_be_a_string_and_the_header_log_id_fills_in()
    {
        var error = LarkError.Parse("""{"code":"234002","msg":"no"}""", "hdr").Value;
        Assert.Equal(234002, error.Code);
        Assert.Equal("hdr", error.LogId);
    }

    [Theory]
    [InlineData(null)]
    [InlineData("")]
    [InlineData("<html>502 Bad Gateway</html>")]
    [InlineData("""{"code":0,"msg":"ok"}""")]
    [InlineData("""{"msg":"no code"}""")]
    [InlineData("[1,2]")]
    [InlineData("""{"code":1.5}""")]
    public void Non_errors_are_refused(string? body) => Assert.False(LarkError.Parse(body).IsOk);

    [Property(MaxTest = 1000)]
    public Property Never_throws(string? anything) => (LarkError.Parse(anything).IsOk || true).ToProperty();

    [Property(MaxTest = 300)]
    public Property Deeply_nested_json_gets_an_answer(PositiveInt depth) =>
        (!LarkError.Parse(new string('[', depth.Get % 5000) + new string(']', depth.Get % 5000)).IsOk).ToProperty();
}
