using System.Globalization;
using System.Runtime.InteropServices;
using Lark.Emulator;
using Lark.Emulator.Fixtures;
using Lark.Emulator.Hosting;
using Lark.Emulator.RateLimiting;

const string Usage = """
    Usage: Lark.Emulator [--port N] [--data FILE] [--large-chat MESSAGES[:RESOURCES]] [--no-rate-limit]
                         [--device-interval SECONDS] [--latency MS] [--bandwidth BYTES_PER_SECOND]
    A local Lark (Feishu) Open Platform on 127.0.0.1: tokens, the device flow, conversations and message resources.

      --port N                      TCP port on 127.0.0.1; 0 (the default) picks a free one
      --data FILE                   serve this fixture (camelCase JSON) instead of the built-in demo data
      --large-chat MESSAGES[:RESOURCES]
                                    add a generated chat, oc_large0000000001, for benchmarks: MESSAGES messages
                                    (1-200000, thread replies included) and RESOURCES resources (0-MESSAGES; one
                                    message in ten without it): images of about 70 KB, files from 100 KB to 40 MB,
                                    audio, videos with covers. The same chat every run; resource bytes are generated
                                    when asked, so memory stays small. Example: --large-chat 5000:300
      --no-rate-limit               switch off the per-app limit (50 a second, 1000 a minute, over every Open API call)
      --device-interval SECONDS     the polling interval the device flow asks for (default 5)
      --latency MS                  delay every answer by MS milliseconds
      --bandwidth BYTES_PER_SECOND  cap each response body's rate (0: unlimited)
      -h, --help                    print this help

    Faults come from the fixture's "faults" list, e.g. fail the second page of every listing once:
      { "path": "/open-apis/im/v1/messages", "page": 2, "kind": "status", "statusCode": 503, "count": 1 }
    """;
var port = 0;
string? dataFile = null;
LargeChatSpec? largeChat = null;
var rateLimit = true;
var deviceInterval = 5;
int? latencyMs = null;
long? bandwidth = null;
for (var i = 0; i < args.Length; i++)
{
    switch (args[i])
    {
        case "--port" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var p) && p <= 65535:
            port = p;
            i++;
            break;
        case "--data" when i + 1 < args.Length:
            dataFile = args[++i];
            break;
        case "--large-chat" when i + 1 < args.Length:
            if (!LargeChatSpec.TryParse(args[++i], out largeChat, out var specError))
            {
                await Console.Error.WriteLineAsync($"--large-chat {args[i]}: {specError}");
                return 2;
            }

            break;
        case "--no-rate-limit":
            rateLimit = false;
            break;
        case "--device-interval" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var d):
            deviceInterval = d;
            i++;
            break;
        case "--latency" when i + 1 < args.Length && int.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var ms):
            latencyMs = ms;
            i++;
            break;
        case "--bandwidth" when i + 1 < args.Length && long.TryParse(args[i + 1], NumberStyles.None, CultureInfo.InvariantCulture, out var bps):
            bandwidth = bps;
            i++;
            break;
        case "-h" or "--help":
            Console.WriteLine(Usage);
            return 0;
        default:
            await Console.Error.WriteLineAsync($"Unknown or incomplete argument: {args[i]} (try --help)");
            return 2;
    }
}

EmulatorFixture fixture;
LargeChatInfo? large = null;
try
{
    fixture = dataFile is null ? DemoData.Fixture : EmulatorFixture.Load(dataFile);
    if (largeChat is not null)
    {
        if (fixture.Users.Count == 0)
        {
            await Console.Error.WriteLineAsync("--large-chat: the fixture has no user to send the messages");
            return 2;
        }

        large = LargeChat.AddTo(fixture, largeChat);
    }

    fixture.Validate();
}
catch (Exception e) when (e is IOException or UnauthorizedAccessException or System.Text.Json.JsonException)
{
    await Console.Error.WriteLineAsync($"Cannot read fixture {dataFile}: {e.Message}");
    return 2;
}
catch (InvalidFixtureException e)
{
    await Console.Error.WriteLineAsync($"{dataFile ?? "demo data"}: {e.Message}");
    return 2;
}

await using var emulator = await LarkEmulator.StartAsync(new EmulatorOptions
{
    Port = port,
    Fixture = fixture,
    RateLimit = new RateLimitOptions { Enabled = rateLimit },
    DeviceIntervalSeconds = deviceInterval,
});

// The flags win over the fixture's "network" section.
if (latencyMs is { } latency)
{
    emulator.Faults.LatencyPerRequest = TimeSpan.FromMilliseconds(latency);
}

if (bandwidth is { } rate)
{
    emulator.Faults.BandwidthBytesPerSecond = rate;
}

// Signals are taken over before the address is printed, so a script may stop us as soon as it has read it.
var stop = new TaskCompletionSource(TaskCreationOptions.RunContinuationsAsynchronously);
using var sigint = PosixSignalRegistration.Create(PosixSignal.SIGINT, Stop);
using var sigterm = PosixSignalRegistration.Create(PosixSignal.SIGTERM, Stop);

// Scripts parse this first line: keep it exactly so.
Console.WriteLine($"Lark emulator listening on http://127.0.0.1:{emulator.Port}");
Console.WriteLine($"  Open API base = accounts base = {emulator.BaseUrl}");
foreach (var app in fixture.Apps)
{
    Console.WriteLine($"  app {app.AppId} secret {app.AppSecret} scopes [{string.Join(' ', app.Scopes)}]");
}

foreach (var user in fixture.Users)
{
    Console.WriteLine($"  user {user.OpenId} ({user.Name})");
}

foreach (var chat in fixture.Chats)
{
    Console.WriteLine($"  chat {chat.ChatId} {chat.Name ?? "(direct chat)"}");
}

if (large is not null)
{
    Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
        $"  large chat {large.ChatId}: {large.Messages} messages ({large.TopLevelMessages} top level, {large.Threads} threads), {large.Resources} resources, {large.TotalResourceBytes} bytes ({large.SmallestResourceBytes} to {large.LargestResourceBytes} each)"));
}

Console.WriteLine($"  {fixture.Messages.Count} messages, {fixture.Resources.Count} resources; e.g. message {fixture.Resources.FirstOrDefault()?.MessageId} key {fixture.Resources.FirstOrDefault()?.FileKey}");
Console.WriteLine(string.Create(CultureInfo.InvariantCulture,
    $"  latency {emulator.Faults.LatencyPerRequest.TotalMilliseconds} ms per request; bandwidth {(emulator.Faults.BandwidthBytesPerSecond > 0 ? $"{emulator.Faults.BandwidthBytesPerSecond} bytes/s" : "unlimited")} per connection"));
Console.WriteLine($"  rate limit {(rateLimit ? "on" : "off")}; Ctrl-C to stop");

// What a person pastes into another shell to point lark-cli at us: the real port, also when --port 0 picked it.
var firstApp = fixture.Apps.FirstOrDefault();
Console.WriteLine();
Console.WriteLine(firstApp is null
    ? "To point lark-cli at this emulator, paste these lines into its shell (the fixture has no app: set LARKSUITE_CLI_APP_ID and _SECRET too):"
    : $"To point lark-cli at this emulator as app {firstApp.AppId}, paste these lines into its shell:");
foreach (var line in ShellExports.Lines(emulator.BaseUrl, firstApp))
{
    Console.WriteLine(line);
}

Console.Out.Flush();

await stop.Task;
return 0;

void Stop(PosixSignalContext context)
{
    context.Cancel = true;
    stop.TrySetResult();
}
