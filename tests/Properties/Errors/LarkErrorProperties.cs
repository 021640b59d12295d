using System.Globalization;
using System.Text.Json;
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

    // JSON values a server might put where a string belongs: text, escapes that form no valid UTF-16, pairs, other types.
    private static readonly Gen<string> FieldValues = Gen.Elements(
        "\"text\"", "\"\\ud800\"", "\"a\\udc00b\"", "\"\\ud83d\\ude00\"", "\"\\\\ud800\"", "\"\\ud800\\ud800\"", "\"季度\"",
        "\"\\u0000\"", "123", "-1.5e3", "null", "true", "[]", "{}", "[\"x\"]", "{\"a\":\"b\"}");

    private static readonly Gen<(int Code, string Body)> Envelopes =
        from code in Gen.Choose(1, 99999999)
        from codeAsString in ArbMap.Default.GeneratorFor<bool>()
        from values in Gen.ArrayOf(FieldValues, 7)
        from violations in Gen.Choose(0, 3)
        let codeText = codeAsString ? "\"" + code + "\"" : code.ToString(System.Globalization.CultureInfo.InvariantCulture)
        let violation = "{\"type\":" + values[3] + ",\"subject\":" + values[4] + "}"
        select (code, "{\"code\":" + codeText + ",\"msg\":" + values[0]
            + ",\"error\":{\"log_id\":" + values[1] + ",\"troubleshooter\":" + values[2]
            + ",\"permission_violations\":[" + string.Join(',', Enumerable.Repeat(violation, violations)) + "]"
            + ",\"helps\":[{\"url\":" + values[5] + ",\"description\":" + values[6] + "}]}}");

    [Property(MaxTest = 1000)]
    public Property Generated_envelopes_parse_with_their_code_and_never_throw() =>
        Prop.ForAll(Envelopes.ToArbitrary(), envelope =>
        {
            var parsed = LarkError.Parse(envelope.Body, "hdr");
            return parsed.IsOk && parsed.Value.Code == envelope.Code && parsed.Value.LogId is not null
                && WellFormed(parsed.Value.Message) && parsed.Value.PermissionViolations.All(v => WellFormed(v.Type) && WellFormed(v.Subject));
        });

    // Strict UTF-8 refuses lone surrogates.
    private static bool WellFormed(string text) => new System.Text.UTF8Encoding(false, throwOnInvalidBytes: true).GetByteCount(text) >= 0;

    [Theory]
    [InlineData("""{"code":234002,"msg":"\ud800"}""", "\uFFFD")]
    [InlineData("""{"code":234002,"msg":"a\udc00b"}""", "a\uFFFDb")]
    [InlineData("""{"code":234002,"msg":"\ud83d\ude00 ok"}""", "😀 ok")]
    [InlineData("""{"code":234002,"msg":"\\ud800"}""", "\\ud800")]
    public void Escapes_that_form_no_valid_text_become_replacement_characters(string body, string message) =>
        Assert.Equal(message, LarkError.Parse(body).Value.Message);

    // The code is read by LarkCode now: a signed numeric string is a code, as a number is.
    [Property(MaxTest = 1000)]
    public Property A_code_reads_the_same_as_a_number_and_as_a_string(int code)
    {
        var text = code.ToString(CultureInfo.InvariantCulture);
        var asNumber = LarkError.Parse("{\"code\":" + text + ",\"msg\":\"m\"}");
        var asString = LarkError.Parse("{\"code\":\"" + text + "\",\"msg\":\"m\"}");
        return (code == 0
            ? !asNumber.IsOk && !asString.IsOk
            : asNumber.IsOk && asString.IsOk && asNumber.Value.Code == code && asString.Value.Code == code).ToProperty();
    }

    // An error body is exactly a JSON object whose code LarkCode reads as non-zero; an unreadable code is no error body.
    [Property(MaxTest = 1000)]
    public Property Parse_accepts_exactly_the_bodies_whose_code_reads_non_zero() =>
        Prop.ForAll(LarkCodeProperties.Documents.ToArbitrary(), json =>
        {
            using var document = JsonDocument.Parse(json);
            var code = LarkCode.Read(document.RootElement);
            var parsed = LarkError.Parse(json);
            return parsed.IsOk == (code is { } c && c != 0) && (!parsed.IsOk || parsed.Value.Code == LarkCode.Of(document.RootElement));
        });

    [Theory]
    [InlineData("""{"code":"-1","msg":"no"}""", -1)]
    [InlineData("""{"code":"+234002","msg":"no"}""", 234002)]
    public void Signed_string_codes_are_codes(string body, int code) => Assert.Equal(code, LarkError.Parse(body).Value.Code);

    [Theory]
    [InlineData("""{"code":"2147483648"}""")]
    [InlineData("""{"code":2147483648}""")]
    [InlineData("""{"code":"5 "}""")]
    [InlineData("""{"code":null}""")]
    public void Unreadable_codes_are_no_error_body(string body) => Assert.False(LarkError.Parse(body).IsOk);
}
