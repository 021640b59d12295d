using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using Lark.Cli.Config;
using Lark.Cli.Hosting;
using Lark.Resources.Shell;
using Lark.Resources.Shell.Http;

namespace Lark.Cli.Commands;

/// <summary>What the config and auth commands share: an API client for the resolved hosts, JSON lines, time text.</summary>
internal static class CommandSupport
{
    /// <summary>For <c>--help</c>: on Linux the store is the official CLI's; elsewhere it cannot be shared (README: "Where the store cannot be shared").</summary>
    public const string StoreNote = """
        The credential store is shared with the official CLI on Linux only. On macOS and Windows the official CLI keeps
        app secrets and logins in the system keychain, which lark-cli does not use: there, run config init and auth login
        again (or pass the app through LARKSUITE_CLI_APP_ID and LARKSUITE_CLI_APP_SECRET). config.json is shared everywhere.
        """;

    private static readonly JsonSerializerOptions Compact = new() { Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping };

    /// <summary>A JSON API client for the settings' hosts on the host's clock and HTTP handler.</summary>
    public static LarkApi Api(CliSettings settings, CliHost host)
    {
        var options = new LarkClientOptions { Brand = settings.Brand, OpenBaseUrl = settings.OpenBase, AccountsBaseUrl = settings.AccountsBase, Time = host.Time };
        // A handler the host lent us (tests) is not ours to dispose.
        var client = LarkHttp.CreateClient(host.HttpHandler ?? LarkHttp.CreateHandler(), disposeHandler: host.HttpHandler is null);
        return new LarkApi(client, options, ownsClient: true);
    }

    /// <summary>Writes one compact JSON line (events of <c>--json</c>).</summary>
    public static void Line(TextWriter writer, JsonObject value) => writer.WriteLine(value.ToJsonString(Compact));

    /// <summary>ISO 8601 UTC, seconds precision.</summary>
    public static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
