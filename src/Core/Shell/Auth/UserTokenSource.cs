using System.Text.Json;
using Lark.Resources.Rules.Download;
using Lark.Resources.Rules.Errors;
using Lark.Resources.Shell.Http;

namespace Lark.Resources.Shell.Auth;

/// <summary>
/// The user identity: a stored login, refreshed five minutes ahead of expiry and once when the server rejects
/// the token. The refresh token rotates on every use, so refreshes go through the store's lock.
/// </summary>
public sealed class UserTokenSource : ITokenSource, IDisposable
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
            throw new LarkDownloadException(FailureKind.Auth, "the user login expired and has no usable refresh token",
                $"Log in again: {ErrorCatalog.LoginCommand}.");
        }

        var form = new Dictionary<string, string>
        {
            ["grant_type"] = "refresh_token",
            ["refresh_token"] = refresh,
            ["client_id"] = _appId,
            ["client_secret"] = _appSecret,
        };
        using var document = await _api.PostFormAsync("open-apis/authen/v2/oauth/token", form, cancellationToken);
        return ReadTokens(document.RootElement, _api.Time.GetUtcNow(), tokens.Scope)
            ?? throw RefreshFailed(document.RootElement);
    }

    /// <summary>Reads an OAuth v2 token answer (<c>code</c> may be a string); none when it is an error.</summary>
    public static UserTokens? ReadTokens(JsonElement root, DateTimeOffset now, string? previousScope)
    {
        if (LarkApi.CodeOf(root) != 0 || !root.TryGetProperty("access_token", out var access) || access.ValueKind != JsonValueKind.String)
            return null;
        var expiresIn = root.TryGetProperty("expires_in", out var e) && e.TryGetInt64(out var s) ? s : 7200;
        var refresh = root.TryGetProperty("refresh_token", out var r) && r.ValueKind == JsonValueKind.String ? r.GetString() : null;
        DateTimeOffset? refreshUntil = root.TryGetProperty("refresh_token_expires_in", out var re) && re.TryGetInt64(out var rs) ? now.AddSeconds(rs) : null;
        var scope = root.TryGetProperty("scope", out var sc) && sc.ValueKind == JsonValueKind.String ? sc.GetString() : previousScope;
        return new UserTokens(access.GetString()!, refresh, now.AddSeconds(expiresIn), refreshUntil, scope);
    }

    private static LarkDownloadException RefreshFailed(JsonElement root)
    {
        var code = LarkApi.CodeOf(root);
        var error = root.TryGetProperty("error", out var e) && e.ValueKind == JsonValueKind.String ? e.GetString() : null;
        var description = root.TryGetProperty("error_description", out var d) && d.ValueKind == JsonValueKind.String ? d.GetString()
            : root.TryGetProperty("msg", out var m) && m.ValueKind == JsonValueKind.String ? m.GetString() : null;
        return new LarkDownloadException(new DownloadFailure(FailureKind.Auth,
            $"refreshing the user login failed: {error ?? "error"} {code} {description}".Trim(),
            $"Log in again: {ErrorCatalog.LoginCommand}.", code == 0 ? null : code));
    }

    /// <inheritdoc />
    public void Dispose() => _gate.Dispose();
}
