using System.Net;
using System.Text;
using Lark.Emulator.Auth;
using Lark.Emulator.Endpoints;
using Lark.Emulator.Faults;
using Lark.Emulator.Hosting;
using Lark.Emulator.RateLimiting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Server.Kestrel.Core;

namespace Lark.Emulator;

/// <summary>
/// A local Lark (Feishu) Open Platform on 127.0.0.1: tokens, the device flow, conversations (chats, threads, message
/// listings, batch reads, reactions, direct chats) and message resources, with one per-app rate limit over them all and
/// injectable faults. Open API base and accounts base are both <see cref="BaseUrl"/>.
/// </summary>
public sealed class LarkEmulator : IAsyncDisposable
{
    private readonly WebApplication app;
    private readonly EmulatorState state;

    private LarkEmulator(WebApplication app, EmulatorState state, Uri baseUrl)
    {
        this.app = app;
        this.state = state;
        BaseUrl = baseUrl;
    }

    /// <summary>The root of both the Open API and the accounts (OAuth) endpoints, e.g. <c>http://127.0.0.1:5123/</c>.</summary>
    public Uri BaseUrl { get; }

    /// <summary>The port listened on.</summary>
    public int Port => BaseUrl.Port;

    /// <summary>The options the emulator started with.</summary>
    public EmulatorOptions Options => state.Options;

    /// <summary>Fault rules, latency and bandwidth for downloads and Open API answers; change them at any time.</summary>
    public FaultSet Faults => state.Faults;

    /// <summary>A snapshot of the requests answered so far, in arrival order.</summary>
    public IReadOnlyList<RecordedRequest> Requests => state.Requests.Snapshot();

    /// <summary>The rate limit now in force.</summary>
    public RateLimitOptions RateLimit => state.RateLimiter.Options;

    /// <summary>Starts an emulator and returns once it accepts connections.</summary>
    /// <exception cref="Fixtures.InvalidFixtureException">The options' fixture cannot be served (see <see cref="Fixtures.EmulatorFixture.Validate"/>).</exception>
    public static async Task<LarkEmulator> StartAsync(EmulatorOptions options, CancellationToken ct = default)
    {
        ArgumentNullException.ThrowIfNull(options);
        var state = new EmulatorState(options);
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            Args = [],
            ContentRootPath = AppContext.BaseDirectory,
            EnvironmentName = Environments.Production,
        });
        builder.Logging.ClearProviders();
        builder.Services.AddSingleton<IHostLifetime, QuietLifetime>();
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            kestrel.Listen(IPAddress.Loopback, options.Port, listen => listen.Protocols = HttpProtocols.Http1);
            kestrel.AddServerHeader = false;
            // Lark sends raw UTF-8 file names in Content-Disposition; without this Kestrel answers 500.
            kestrel.ResponseHeaderEncodingSelector = _ => Encoding.UTF8;
            // Bandwidth shaping and stalls would otherwise trip Kestrel's minimum data rate.
            kestrel.Limits.MinResponseDataRate = null;
        });

        var app = builder.Build();
        RequestPipeline.Use(app, state);
        TokenEndpoints.Map(app, state);
        OAuthEndpoints.Map(app, state);
        DeviceVerifyEndpoint.Map(app, state);
        UserInfoEndpoint.Map(app, state);
        MessageEndpoint.Map(app, state);
        MessageListEndpoint.Map(app, state);
        MessageBatchEndpoint.Map(app, state);
        ReactionEndpoint.Map(app, state);
        ChatEndpoint.Map(app, state);
        P2pChatEndpoint.Map(app, state);
        ResourceEndpoint.Map(app, state);
        app.MapFallback(context => Http.Responses.LarkError(context, 404, "Not Found: this path is not emulated.", status: 404));

        await app.StartAsync(ct);
        var address = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        var port = new Uri(address).Port;
        return new LarkEmulator(app, state, new Uri($"http://127.0.0.1:{port}/"));
    }

    /// <summary>Forgets the recorded requests, and those that arrived before this call but finish after it.</summary>
    public void ClearRequests() => state.Requests.Clear();

    /// <summary>Turns the rate limit on or off, or changes its numbers; counters restart.</summary>
    public void SetRateLimit(RateLimitOptions rateLimit) => state.RateLimiter.Options = rateLimit;

    /// <summary>Invalidates every tenant (and app) token issued so far; later calls with them get 99991663.</summary>
    public void RevokeTenantTokens() => state.Tokens.RevokeTenantTokens();

    /// <summary>Invalidates one token of any kind (tenant, user access or refresh). Returns whether it existed.</summary>
    public bool RevokeToken(string token) => state.Tokens.Revoke(token);

    /// <summary>Makes every user access token issued so far expired (99991677); refresh tokens keep working.</summary>
    public void ExpireUserTokens() => state.Tokens.ExpireUserTokens();

    /// <summary>Approves a pending device login (by user code or device code) for <paramref name="userOpenId"/>. Returns whether one was pending.</summary>
    public bool ApproveDevice(string userCodeOrDeviceCode, string userOpenId) =>
        state.Tokens.Decide(userCodeOrDeviceCode, DeviceState.Approved, userOpenId);

    /// <summary>Denies a pending device login; the next poll answers <c>access_denied</c>. Returns whether one was pending.</summary>
    public bool DenyDevice(string userCodeOrDeviceCode) =>
        state.Tokens.Decide(userCodeOrDeviceCode, DeviceState.Denied, null);

    /// <summary>Stops the server.</summary>
    public async ValueTask DisposeAsync()
    {
        using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(2));
        try
        {
            await app.StopAsync(timeout.Token);
        }
        finally
        {
            await app.DisposeAsync();
        }
    }
}
