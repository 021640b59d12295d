using Lark.Emulator;
using Lark.Emulator.Fixtures;
using Lark.Resources.Integration.Support;

namespace Lark.Resources.Integration.Cli;

/// <summary>
/// The existence check and the file really written are the same name: an --output without an extension gets one from
/// the answer, so it is checked once the headers name it, before any byte of the body.
/// </summary>
public sealed class OutputNameTests : IAsyncLifetime
{
    private readonly TestClock _clock = new();
    private readonly TempDirectory _cwd = new();
    private readonly TempDirectory _home = new();
    private LarkEmulator _emulator = null!;

    public async Task InitializeAsync() =>
        _emulator = await LarkEmulator.StartAsync(new EmulatorOptions { Time = _clock, RateLimit = new() { Enabled = false } });

    public async Task DisposeAsync()
    {
        await _emulator.DisposeAsync();
        _cwd.Dispose();
        _home.Dispose();
    }

    private Task<CliRun> Run(params string[] more) => CliRun.RunAsync(CliRun.Host(_cwd.Path, new Dictionary<string, string>
    {
        ["HOME"] = _home.Path,
        ["LARKSUITE_CLI_CONFIG_DIR"] = Path.Join(_home.Path, ".lark-cli"),
        ["LARKSUITE_CLI_DATA_DIR"] = Path.Join(_home.Path, ".local/share"),
        ["LARKSUITE_CLI_OPEN_BASE_URL"] = _emulator.BaseUrl.ToString(),
        ["LARKSUITE_CLI_ACCOUNTS_BASE_URL"] = _emulator.BaseUrl.ToString(),
        ["LARKSUITE_CLI_APP_ID"] = DemoData.AppId,
        ["LARKSUITE_CLI_APP_SECRET"] = DemoData.AppSecret,
    }, _clock), ["im", "+messages-resources-download", "--message-id", DemoData.LargeFileMessageId, "--file-key", DemoData.LargeFileKey, "--type", "file", .. more]);

    [Fact]
    public async Task An_output_without_extension_is_refused_when_the_headers_name_an_existing_file_before_any_body_byte()
    {
        File.WriteAllText(Path.Join(_cwd.Path, "report.xlsx"), "mine");

        var run = await Run("--output", "report");

        run.Exits(2);
        Assert.Equal("failed_precondition", (string)run.ErrorJson["error"]!["subtype"]!);
        Assert.Contains("report.xlsx already exists", (string)run.ErrorJson["error"]!["message"]!, StringComparison.Ordinal);
        Assert.Contains("Nothing was downloaded", (string)run.ErrorJson["error"]!["hint"]!, StringComparison.Ordinal);
        Assert.Equal("mine", File.ReadAllText(Path.Join(_cwd.Path, "report.xlsx")));
        // Only the probe was asked for, and nothing is left hidden.
        Assert.Equal(1, _emulator.Requests.Count(r => r.Path.Contains("/resources/", StringComparison.Ordinal)));
        Assert.Equal(["report.xlsx"], Directory.EnumerateFileSystemEntries(_cwd.Path).Select(Path.GetFileName));
    }

    [Fact]
    public async Task An_output_without_extension_that_names_a_directory_or_a_plain_file_writes_the_name_with_the_extension_and_touches_neither()
    {
        Directory.CreateDirectory(Path.Join(_cwd.Path, "sub"));
        File.WriteAllText(Path.Join(_cwd.Path, "plain"), "mine");

        var first = await Run("--output", "sub");
        var second = await Run("--output", "plain");

        first.Exits(0);
        second.Exits(0);
        Assert.EndsWith("sub.xlsx", (string)first.Json["data"]!["saved_path"]!, StringComparison.Ordinal);
        Assert.EndsWith("plain.xlsx", (string)second.Json["data"]!["saved_path"]!, StringComparison.Ordinal);
        Assert.True(Directory.Exists(Path.Join(_cwd.Path, "sub")));
        Assert.Equal("mine", File.ReadAllText(Path.Join(_cwd.Path, "plain")));
    }

    [Fact]
    public async Task An_output_with_an_extension_that_exists_is_refused_before_any_request()
    {
        File.WriteAllText(Path.Join(_cwd.Path, "report.xlsx"), "mine");

        var run = await Run("--output", "report.xlsx");

        run.Exits(2);
        Assert.DoesNotContain(_emulator.Requests, r => r.Path.Contains("/resources/", StringComparison.Ordinal));
    }
}
