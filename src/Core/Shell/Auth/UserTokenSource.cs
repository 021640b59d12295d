using Lark.Resources.Rules.Auth;
using Lark.Resources.Shell.Http;

namespace Lark.Resources.Shell.Auth;

/// <summary>
/// The user identity: a stored login, refreshed five minutes ahead of expiry and once when the server rejects
/// the token. The refresh token rotates on every use, so refreshes go through the store's lock.
/// </summary>
internal sealed class UserTokenSource : ITokenSource, IDisposable
{
    private static readonly TimeSpan RefreshAhead = TimeSpan.FromMinutes(5);
    private readonly LarkApi _api;
    private readonly string _appId;
    private readonly string _appSecret;
    private readonly IUserTokenStore? _store;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private UserTokens _tokens;

    /// <summary>Creates the source over <paramref name="tokens"/>; <paramref name="store"/> keeps rotations.</summary>
    public UserTokenSource(LarkApi api, string appId, string appSecret, UserTokens tokens, IUserTokenStore? store = null)
    {
        _api = api ?? throw new ArgumentNullException(nameof(api));
        _appId = appId ?? throw new ArgumentNullException(nameof(appId));
        _appSecret = appSecret ?? throw new ArgumentNullException(nameof(appSecret));
        _tokens = tokens ?? throw new ArgumentNullException(nameof(tokens));
        _store = store;
    }

    /// <inheritdoc />
    public string Identity => "user";

    /// <summary>The tokens in use now.</summary>
    public UserTokens Current => _tokens;

    /// <inheritdoc />
    public async ValueTask<string> GetTokenAsync(CancellationToken cancellationToken)
    {
        if (!NeedsRefresh(_tokens))
            return _tokens.AccessToken;
        return await RefreshAsync(_tokens.AccessToken, cancellationToken);
    }

    /// <inheritdoc />
    public async ValueTask<string> RefreshAsync(string rejected, CancellationToken cancellationToken)
    {
        await _gate.WaitAsync(cancellationToken);
        try
        {
            if (_tokens.AccessToken != rejected && !NeedsRefresh(_tokens))
                return _tokens.AccessToken;
            if (_store is null)
                return (_tokens = await RefreshWithServerAsync(_tokens, cancellationToken)).AccessToken;

            await using var held = await _store.LockAsync(cancellationToken);
            // Another process may have rotated the tokens while we waited for the lock.
            var stored = await _store.LoadAsync(cancellationToken) ?? _tokens;
            if (stored.AccessToken != rejected && !NeedsRefresh(stored))
                return (_tokens = stored).AccessToken;
            var fresh = await RefreshWithServerAsync(stored, cancellationToken);
            await _store.SaveAsync(fresh, cancellationToken);
            return (_tokens = fresh).AccessToken;
        }
        finally
        {
            _gate.Release();
        }
    }

    private bool NeedsRefresh(UserTokens tokens) => _api.Time.GetUtcNow() >= tokens.ExpiresAt - RefreshAhead;

    private async Task<UserTokens> RefreshWithServerAsync(UserTokens tokens, CancellationToken cancellationToken)
    {
        if (tokens.RefreshToken is not { Length: > 0 } refresh || (tokens.RefreshExpiresAt is { } until && _api.Time.GetUtcNow() >= until))
        {
            throw new LarkException(TokenAnswer.LoginExpired("the user login expired and has no usable refresh token"));
        }

        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refresh,
            ["client_id"] = _appId,
            ["client_secret"] = _appSecret,
        };
        using var document = await _api.PostFormAsync("open-apis/authen/v2/oauth/token", form, cancellationToken);
        return TokenAnswer.User(document.RootElement, _api.Time.GetUtcNow(), tokens.Scope)
            ?? throw new LarkException(TokenAnswer.RefreshFailure(document.RootElement));
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();
}
