using System.Text.Json;
using Lark.Resources.Rules.Auth;

namespace Lark.Resources.Integration.Cli;

public sealed class DevicePollRuleTests
{
    [Theory]
    [InlineData("{\"code\":0,\"access_token\":\"u-1\",\"expires_in\":7200}", DevicePollStatus.Approved)]
    [InlineData("{\"code\":\"0\",\"data\":{\"access_token\":\"u-1\"}}", DevicePollStatus.Approved)]
    [InlineData("{\"code\":20065,\"error\":\"authorization_pending\"}", DevicePollStatus.Pending)]
    [InlineData("{\"error\":\"slow_down\"}", DevicePollStatus.SlowDown)]
    [InlineData("{\"error\":\"access_denied\"}", DevicePollStatus.Denied)]
    [InlineData("{\"error\":\"expired_token\"}", DevicePollStatus.Expired)]
    [InlineData("{\"error\":\"invalid_grant\"}", DevicePollStatus.InvalidGrant)]
    [InlineData("{\"code\":20002,\"error\":\"invalid_client\"}", DevicePollStatus.Failed)]
    [InlineData("{\"code\":99991663,\"msg\":\"x\"}", DevicePollStatus.Failed)]
    [InlineData("[]", DevicePollStatus.Failed)]
    public void Classifies_poll_answers(string json, DevicePollStatus expected)
    {
        using var document = JsonDocument.Parse(json);
        Assert.Equal(expected, DevicePollRule.Classify(document.RootElement).Status);
    }

    [Fact]
    public void Slow_down_adds_five_seconds_up_to_sixty_and_intervals_are_bounded()
    {
        Assert.Equal(TimeSpan.FromSeconds(10), DevicePollRule.NextInterval(TimeSpan.FromSeconds(5), DevicePollStatus.SlowDown));
        Assert.Equal(TimeSpan.FromSeconds(5), DevicePollRule.NextInterval(TimeSpan.FromSeconds(5), DevicePollStatus.Pending));
        Assert.Equal(TimeSpan.FromSeconds(60), DevicePollRule.NextInterval(TimeSpan.FromSeconds(58), DevicePollStatus.SlowDown));
        Assert.Equal(TimeSpan.FromSeconds(1), DevicePollRule.ClampInterval(TimeSpan.Zero));
    }

    [Theory]
    [InlineData(null, "offline_access")]
    [InlineData("im:message:readonly", "im:message:readonly offline_access")]
    [InlineData(" a  b a,offline_access ", "a b offline_access")]
    public void Offline_access_is_always_asked_for_once(string? scope, string expected) =>
        Assert.Equal(expected, DevicePollRule.ScopeWithOfflineAccess(scope));

    [Fact]
    public void Device_authorization_answers_parse_with_defaults_and_refuse_what_lacks_codes()
    {
        using var full = JsonDocument.Parse("{\"device_code\":\"d\",\"user_code\":\"U\",\"verification_uri\":\"https://x/v\",\"verification_uri_complete\":\"https://x/v?c=U\",\"expires_in\":\"240\",\"interval\":3}");
        var parsed = DeviceAuthorization.Parse(full.RootElement).Value;
        Assert.Equal("https://x/v?c=U", parsed.VerificationUrl);
        Assert.Equal(TimeSpan.FromSeconds(240), parsed.ExpiresIn);
        Assert.Equal(TimeSpan.FromSeconds(3), parsed.Interval);
        Assert.DoesNotContain("\"d\"", parsed.ToString(), StringComparison.Ordinal);

        using var minimal = JsonDocument.Parse("{\"data\":{\"device_code\":\"d\",\"user_code\":\"U\",\"verification_uri\":\"https://x/v\"}}");
        var defaults = DeviceAuthorization.Parse(minimal.RootElement).Value;
        Assert.Equal(TimeSpan.FromSeconds(5), defaults.Interval);
        Assert.Equal("https://x/v", defaults.VerificationUrl);

        using var refused = JsonDocument.Parse("{\"code\":20002,\"error\":\"invalid_client\",\"error_description\":\"bad\"}");
        Assert.Contains("invalid_client", DeviceAuthorization.Parse(refused.RootElement).Error, StringComparison.Ordinal);
    }
}
