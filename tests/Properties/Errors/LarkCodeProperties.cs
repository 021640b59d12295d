using System.Globalization;
using System.Text.Json;
using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Properties.Errors;

public class LarkCodeProperties
{
    private static string Number(long value) => value.ToString(CultureInfo.InvariantCulture);

    private static int? Read(string json)
    {
        using var document = JsonDocument.Parse(json);
        return LarkCode.Read(document.RootElement);
    }

    private static int Of(string json)
    {
        using var document = JsonDocument.Parse(json);
        return LarkCode.Of(document.RootElement);
    }

    /// <summary>JSON values of every kind, biased toward what a code field might hold.</summary>
    internal static Gen<string> Values { get; } = Gen.Frequency(
        (3, ArbMap.Default.GeneratorFor<int>().Select(i => Number(i))),
        (2, ArbMap.Default.GeneratorFor<int>().Select(i => "\"" + Number(i) + "\"")),
        (2, ArbMap.Default.GeneratorFor<long>().Select(l => Number(l))),
        (2, Gen.Elements("1.5", "1e3", "-0", "1.0", "99999999999999999999999", "\"\"", "\" 5\"", "\"5 \"", "\"+5\"", "\"0x10\"", "\"1e3\"", "\"abc\"",
            "\"\\ud800\"", "\"\\u0035\"", "null", "true", "false", "[]", "[1]", "{}", "{\"code\":1}")));

    /// <summary>JSON documents: objects with or without a code among other fields, and other roots.</summary>
    internal static Gen<string> Documents { get; } = Gen.Frequency(
        (4, from code in Values
            from before in Gen.Elements("", "\"msg\":\"x\",", "\"data\":{\"code\":7},", "\"Code\":3,")
            from after in Gen.Elements("", ",\"msg\":\"ok\"", ",\"error\":\"invalid_client\"")
            select "{" + before + "\"code\":" + code + after + "}"),
        (1, Gen.Elements("{}", "{\"msg\":\"no code\"}", "{\"Code\":5}", "{\"data\":{\"code\":5}}")),
        (1, Values));

    [Property(MaxTest = 1000)]
    public Property Of_is_total_and_agrees_with_read() =>
        Prop.ForAll(Documents.ToArbitrary(), json =>
        {
            using var document = JsonDocument.Parse(json);
            var root = document.RootElement;
            var present = root.ValueKind == JsonValueKind.Object && root.TryGetProperty("code", out _);
            var of = LarkCode.Of(root);
            return LarkCode.Read(root) is { } read ? of == read : of == (present ? LarkCode.Unreadable : 0);
        });

    [Property(MaxTest = 1000)]
    public Property Every_int_round_trips_as_a_number_and_as_a_string(int code) =>
        (Of($"{{\"code\":{Number(code)}}}") == code && Of($"{{\"code\":\"{Number(code)}\"}}") == code
            && Read($"{{\"msg\":\"x\",\"code\":\"{Number(code)}\"}}") == code).ToProperty();

    private static readonly Gen<string> UnreadableValues = Gen.OneOf(
        Gen.OneOf(Gen.Choose(1, int.MaxValue).Select(i => (long)int.MaxValue + i), Gen.Choose(1, int.MaxValue).Select(i => (long)int.MinValue - i))
            .SelectMany(l => Gen.Elements(Number(l), "\"" + Number(l) + "\"")),
        ArbMap.Default.GeneratorFor<int>().SelectMany(i => Gen.Elements(Number(i) + ".5", Number(i) + "e1", "\"" + Number(i) + "x\"", "\" " + Number(i) + "\"", "\"" + Number(i) + ".0\"")),
        Gen.Elements("null", "true", "false", "[]", "[0]", "{}", "{\"code\":0}", "\"\"", "\"zero\"", "\"0x0\"", "\"\\u0000\"", "99999999999999999999999", "0.0", "0e0"));

    [Property(MaxTest = 1000)]
    public Property A_present_but_unreadable_code_is_never_success() =>
        Prop.ForAll(UnreadableValues.ToArbitrary(), value =>
        {
            var json = "{\"code\":" + value + "}";
            return Read(json) is null && Of(json) == LarkCode.Unreadable && Of(json) != 0;
        });

    [Theory]
    [InlineData("{}")]
    [InlineData("{\"msg\":\"ok\",\"data\":{\"code\":5}}")]
    [InlineData("{\"Code\":5}")]
    [InlineData("[{\"code\":5}]")]
    [InlineData("\"code\"")]
    [InlineData("5")]
    [InlineData("null")]
    public void An_absent_code_is_success(string json)
    {
        Assert.Null(Read(json));
        Assert.Equal(0, Of(json));
    }

    [Theory]
    [InlineData("{\"code\":234002}", 234002)]
    [InlineData("{\"code\":\"234002\"}", 234002)]
    [InlineData("{\"code\":\"-1\"}", -1)]
    [InlineData("{\"code\":\"+20\"}", 20)]
    [InlineData("{\"code\":\"007\"}", 7)]
    [InlineData("{\"code\":0}", 0)]
    [InlineData("{\"code\":\"0\"}", 0)]
    [InlineData("{\"code\":-0}", 0)]
    [InlineData("{\"code\":2147483647}", int.MaxValue)]
    [InlineData("{\"code\":\"-2147483648\"}", int.MinValue)]
    [InlineData("{\"code\":2147483648}", LarkCode.Unreadable)]
    [InlineData("{\"code\":\"2147483648\"}", LarkCode.Unreadable)]
    [InlineData("{\"code\":1.5}", LarkCode.Unreadable)]
    [InlineData("{\"code\":1e3}", LarkCode.Unreadable)]
    [InlineData("{\"code\":\" 5\"}", LarkCode.Unreadable)]
    [InlineData("{\"code\":\"5 \"}", LarkCode.Unreadable)]
    [InlineData("{\"code\":\"\"}", LarkCode.Unreadable)]
    [InlineData("{\"code\":\"\\ud800\"}", LarkCode.Unreadable)]
    [InlineData("{\"code\":null}", LarkCode.Unreadable)]
    [InlineData("{\"code\":{}}", LarkCode.Unreadable)]
    [InlineData("{\"code\":[]}", LarkCode.Unreadable)]
    [InlineData("{\"code\":true}", LarkCode.Unreadable)]
    public void Codes_as_servers_send_them(string json, int code) => Assert.Equal(code, Of(json));
}
