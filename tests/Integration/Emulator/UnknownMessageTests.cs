using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;
using Lark.Resources.Shell;
using Lark.Resources.Shell.Messages;

namespace Lark.Resources.Integration.Emulator;

/// <summary>
/// A message id that names no message is not reported as "deleted": 230110 is Lark's code for a recalled message,
/// and only that. What Lark answers for an unknown id is not on the public record, so the emulator answers the
/// codes that say what it can prove (234003 on the resource endpoint, 230001 on <c>GET /messages/{id}</c>), and
/// the CLI and the library pass that on.
/// </summary>
public sealed class UnknownMessageTests
{
    private const string Unknown = "om_never_sent_0000000001";

    [Fact]
    public async Task The_resource_endpoint_answers_234003_for_an_unknown_id_and_230110_only_for_a_recalled_message()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TenantTokenAsync();

        using var unknown = await h.GetResourceAsync(token, Unknown, DemoData.SmallFileKey, "file");
        await EmulatorHarness.ReadErrorAsync(unknown, 234003, 400);
        using var recalled = await h.GetResourceAsync(token, DemoData.DeletedMessageId, DemoData.DeletedKey, "file");
        await EmulatorHarness.ReadErrorAsync(recalled, 230110, 400);
    }

    [Fact]
    public async Task Get_message_answers_230001_for_an_unknown_id_and_230110_only_for_a_recalled_message()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var token = await h.TenantTokenAsync();

        using var unknown = await h.GetAsync($"open-apis/im/v1/messages/{Unknown}", token);
        await EmulatorHarness.ReadErrorAsync(unknown, 230001, 400);
        using var recalled = await h.GetAsync($"open-apis/im/v1/messages/{DemoData.DeletedMessageId}", token);
        await EmulatorHarness.ReadErrorAsync(recalled, 230110, 400);
    }

    [Fact]
    public async Task The_cli_does_not_call_an_unknown_message_deleted()
    {
        await using var h = await EmulatorHarness.StartAsync();
        using var home = new TempDirectory();
        var env = new Dictionary<string, string>
        {
            ["HOME"] = home.Path,
            ["LARKSUITE_CLI_CONFIG_DIR"] = home.File("config"),
            ["LARKSUITE_CLI_DATA_DIR"] = home.File("data"),
            ["LARKSUITE_CLI_OPEN_BASE_URL"] = h.Emulator.BaseUrl.ToString(),
            ["LARKSUITE_CLI_ACCOUNTS_BASE_URL"] = h.Emulator.BaseUrl.ToString(),
            ["LARKSUITE_CLI_APP_ID"] = DemoData.AppId,
            ["LARKSUITE_CLI_APP_SECRET"] = DemoData.AppSecret,
        };

        var run = await CliRun.RunAsync(CliRun.Host(home.Path, env),
            "im", "+messages-resources-download", "--message-id", Unknown, "--file-key", DemoData.SmallFileKey, "--type", "file");

        run.Exits(1);
        var error = run.ErrorJson["error"]!;
        Assert.Equal((234003, "api", "not_found"), ((int)error["code"]!, (string)error["type"]!, (string)error["subtype"]!));
        Assert.DoesNotContain("delete", (string)error["message"]!, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("delete", (string)error["hint"]!, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("--message-id", (string)error["hint"]!, StringComparison.Ordinal);
        Assert.DoesNotContain(Directory.EnumerateFileSystemEntries(home.Path, "*", SearchOption.AllDirectories), p => p.Contains("lark-partial", StringComparison.Ordinal));
    }

    [Fact]
    public async Task The_library_does_not_call_an_unknown_message_deleted()
    {
        await using var h = await EmulatorHarness.StartAsync();
        var options = new LarkClientOptions { OpenBaseUrl = h.Emulator.BaseUrl, AccountsBaseUrl = h.Emulator.BaseUrl };
        using var client = LarkClient.ForBot(options, DemoData.AppId, DemoData.AppSecret);

        var failure = (await Assert.ThrowsAsync<LarkException>(() => new MessageResources(client).ListAsync(Unknown))).Failure;

        Assert.Equal(230001, failure.LarkCode);
        Assert.DoesNotContain("delete", failure.Message.ToString(), StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("delete", failure.Hint.ToString(), StringComparison.OrdinalIgnoreCase);
    }
}
