using System.Text.Json.Nodes;
using Lark.Cli.Config;
using Lark.Cli.Output;
using Lark.Resources.Integration.Support;

namespace Lark.Resources.Integration.Cli;

public sealed class ConfigFileTests
{
    private const string Official = """
        {
          "strictMode": "off",
          "currentApp": "b",
          "futureTop": { "x": [1, 2] },
          "apps": [
            { "name": "a", "appId": "cli_a", "appSecret": "plain-secret", "brand": "lark", "users": [] },
            { "name": "b", "appId": "cli_b", "appSecret": { "source": "file", "id": "/run/secret" }, "brand": "feishu", "lang": "zh",
              "defaultAs": "bot", "futureApp": true,
              "users": [ { "userOpenId": "ou_1", "userName": "Ann", "futureUser": 7 } ] }
          ]
        }
        """;

    [Fact]
    public void Reads_every_official_field_and_selects_by_profile_current_app_or_first()
    {
        var config = ConfigFile.Parse(Official, "/x/config.json");
        Assert.Equal("off", config.StrictMode);
        Assert.Equal("cli_b", config.Select(null)!.AppId);
        Assert.Equal("cli_a", config.Select("a")!.AppId);
        Assert.Equal("cli_a", config.Select("cli_a")!.AppId);
        var b = config.Apps[1];
        Assert.Equal(new SecretReference(SecretSource.File, "/run/secret"), b.Secret);
        Assert.Equal(new SecretReference(SecretSource.Plain, "plain-secret"), config.Apps[0].Secret);
        Assert.DoesNotContain("plain-secret", config.Apps[0].Secret!.ToString(), StringComparison.Ordinal);
        Assert.Equal([new ConfigUser("ou_1", "Ann")], b.Users);
        Assert.Equal("bot", b.DefaultAs);
        Assert.Equal("zh", b.Lang);
        var e = Assert.Throws<CliFailureException>(() => config.Select("nope"));
        Assert.Contains("a [cli_a]", e.Failure.Message, StringComparison.Ordinal);
        Assert.Equal(3, e.Failure.ExitCode);
    }

    [Fact]
    public void Writing_back_keeps_unknown_fields_at_every_level_in_two_space_json_with_private_modes()
    {
        using var dir = new TempDirectory();
        var path = dir.File("cfg/config.json");
        var config = ConfigFile.Parse(Official, path);
        var b = config.GetOrAddApp("cli_b");
        b.PutFirstUser(new ConfigUser("ou_2", "Bo"));
        b.Secret = SecretReference.ForKeychain("cli_b");
        config.Save();

        var text = File.ReadAllText(path);
        Assert.Contains("\n  \"strictMode\": \"off\"", text, StringComparison.Ordinal);
        var saved = (JsonObject)JsonNode.Parse(text)!;
        Assert.Equal(2, saved["futureTop"]!["x"]!.AsArray().Count);
        var app = saved["apps"]![1]!;
        Assert.True((bool)app["futureApp"]!);
        Assert.Equal("ou_2", (string)app["users"]![0]!["userOpenId"]!);
        Assert.Equal(7, (int)app["users"]![1]!["futureUser"]!);
        Assert.Equal("keychain", (string)app["appSecret"]!["source"]!);
        Assert.Equal("appsecret:cli_b", (string)app["appSecret"]!["id"]!);
        Assert.Equal("plain-secret", (string)saved["apps"]![0]!["appSecret"]!);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, FileModes.Of(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, FileModes.Of(dir.File("cfg")));
        Assert.Equal(["config.json"], Directory.GetFiles(dir.File("cfg")).Select(Path.GetFileName));

        Assert.True(config.GetOrAddApp("cli_b").RemoveUser("ou_2"));
        Assert.Equal([new ConfigUser("ou_1", "Ann")], config.Apps[1].Users);
    }

    [Theory]
    [InlineData("{ not json", "not valid JSON")]
    [InlineData("[]", "top level")]
    [InlineData("{\"apps\": {}}", "\"apps\" is not an array")]
    [InlineData("{\"apps\": [{\"name\": \"x\"}]}", "apps[0].appId")]
    [InlineData("{\"apps\": [{\"appId\": \"cli_a\", \"brand\": 3}]}", "apps[0].brand")]
    [InlineData("{\"apps\": [{\"appId\": \"cli_a\", \"appSecret\": {\"source\": \"vault\", \"id\": \"x\"}}]}", "apps[0].appSecret")]
    [InlineData("{\"apps\": [{\"appId\": \"cli_a\", \"users\": [{\"userName\": \"x\"}]}]}", "apps[0].users")]
    public void Malformed_files_are_config_failures_naming_the_file_and_the_place(string text, string expected)
    {
        var e = Assert.Throws<CliFailureException>(() => ConfigFile.Parse(text, "/somewhere/config.json"));
        Assert.Equal("config", e.Failure.Type);
        Assert.Contains("/somewhere/config.json", e.Failure.Message, StringComparison.Ordinal);
        Assert.Contains(expected, e.Failure.Message, StringComparison.Ordinal);
    }
}
