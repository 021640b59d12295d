using Lark.Resources.Rules.Auth;
using Lark.Resources.Shell.Http;

namespace Lark.Resources.Shell.Auth;

/// <summary>
/// The bot identity: app id and secret exchanged for a tenant access token, cached until five minutes before it
/// expires, fetched once for concurrent callers, and fetched anew when the server rejects it.
/// </summary>
internal sealed class TenantTokenSource : ITokenSource, IDisposable
{
    private static readonly TimeSpan RefreshAhead = TimeSpan.FromMinutes(5);
    private readonly LarkApi _api;
    private readonly string _appId;
    private readonly string _appSecret;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private string? _token;
    private DateTimeOffset _expiresAt;

    /// <summary>Creates the source; nothing is fetched until a token is needed.</summary>
    public TenantTokenSource(LarkApi api, string appId, string appSecret)
    {
        _api = api ?? throw new ArgumentNullException(nameof(api));
        _appId = appId ?? throw new ArgumentNullException(nameof(appId));
        _appSecret = appSecret ?? throw new ArgumentNullException(nameof(appSecret));
    }

    /// <inheritdoc />
    public string Identity => "bot";

    /// <summary>How many tokens were fetched (for tests and diagnostics).</summary>
    public int Fetches { get; private set; }

    /// <inheritdoc />
    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (Fresh() is { } cached)
            return cached;
        await _gate.WaitAsync(cancellationToken);
        try
        {
            return Fresh() ?? await FetchAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    /// <inheritdoc />
    public async ValueTask<string> RefreshAsync(string rejected, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            // Another caller may have refreshed already.
            return _token is { } current && current != rejected && Fresh() is not null ? current : await FetchAsync(cancellationToken);
        }
        finally
        {
            _gate.Release();
        }
    }

    private string? Fresh() => _token is { } t && _api.Time.GetUtcNow() < _expiresAt - RefreshAhead ? t : null;

    private async Task<string> FetchAsync(CancellationToken cancellationToken)
    {
        var body = new Dictionary<string, string> { ["app_id"] = _appId, ["app_secret"] = _appSecret };
        using var document = await _api.PostJsonAsync("open-apis/auth/v3/tenant_access_token/internal", body, cancellationToken);
        var answer = TokenAnswer.Tenant(document.RootElement, _api.Time.GetUtcNow(), _appId);
        if (!answer.TryGetValue(out var fresh))
            throw new LarkException(answer.Failure!);
        (_token, _expiresAt) = fresh;
        Fetches++;
        return _token;
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();
}
