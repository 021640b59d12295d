using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;

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

    /// <summary>Writes one compact JSON line (events of <c>--json</c>).</summary>
    public static void Line(TextWriter writer, JsonObject value) => writer.WriteLine(value.ToJsonString(Compact));

    /// <summary>ISO 8601 UTC, seconds precision.</summary>
    public static string Time(DateTimeOffset value) => value.UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'", System.Globalization.CultureInfo.InvariantCulture);
}
