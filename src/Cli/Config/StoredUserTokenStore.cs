using Lark.Resources.Rules.Auth;
using Lark.Cli.Output;
using Lark.Resources.Shell.Auth;

namespace Lark.Cli.Config;

/// <summary>
/// One user's login in the <see cref="CredentialStore"/>, for <see cref="UserTokenSource"/>: rotated tokens are
/// saved under <c>&lt;appId&gt;:&lt;userOpenId&gt;</c>, and refreshes of the user are serialised across processes by a
/// lock file in <c>&lt;config&gt;/locks/</c> (a refresh token works once).
/// </summary>
public sealed class StoredUserTokenStore : IUserTokenStore
{
    private static readonly TimeSpan LockTimeout = TimeSpan.FromSeconds(30);
    private readonly CredentialStore _store;
    private readonly string _appId;
    private readonly string _userOpenId;
    private readonly string _lockPath;
    private readonly TimeProvider _time;

    /// <summary>Creates the store of one user's login.</summary>
    public StoredUserTokenStore(CredentialStore store, string appId, string userOpenId, string locksDirectory, TimeProvider time)
    {
        _store = store ?? throw new ArgumentNullException(nameof(store));
        _appId = appId ?? throw new ArgumentNullException(nameof(appId));
        _userOpenId = userOpenId ?? throw new ArgumentNullException(nameof(userOpenId));
        _time = time ?? throw new ArgumentNullException(nameof(time));
        _lockPath = Path.Join(locksDirectory, Path.ChangeExtension(CredentialStore.FileName(Account), ".lock"));
    }

    /// <summary>The store account: <c>&lt;appId&gt;:&lt;userOpenId&gt;</c>.</summary>
    public string Account => CredentialStore.UserAccount(_appId, _userOpenId);

    /// <summary>The full stored login, or null.</summary>
    public StoredUserLogin? LoadLogin() => _store.Get(Account) is { } json ? StoredUserLogin.Parse(json) : null;

    /// <inheritdoc />
    public async Task<IAsyncDisposable> LockAsync(CancellationToken cancellationToken)
    {
        try
        {
            return await FileLock.AcquireAsync(_lockPath, _time, LockTimeout, cancellationToken);
        }
        catch (IOException e)
        {
            throw new CliFailureException(CliFailure.LocalFile(
                $"could not take the refresh lock {_lockPath} within {LockTimeout.TotalSeconds:0} s: {e.Message}",
                "Another lark-cli may be stuck refreshing this login; try again, or remove the lock file if no lark-cli is running."));
        }
    }

    /// <inheritdoc />
    public Task<UserTokens?> LoadAsync(CancellationToken cancellationToken) => Task.FromResult(LoadLogin()?.Tokens);

    /// <inheritdoc />
    public Task SaveAsync(UserTokens tokens, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(tokens);
        var granted = LoadLogin()?.GrantedAt ?? _time.GetUtcNow();
        Save(new StoredUserLogin(_userOpenId, _appId, tokens, granted));
        return Task.CompletedTask;
    }

    /// <summary>Stores a whole login (after <c>auth login</c>).</summary>
    public void Save(StoredUserLogin login)
    {
        ArgumentNullException.ThrowIfNull(login);
        _store.Set(Account, login.ToJson());
    }

    /// <summary>Removes the login; whether there was one.</summary>
    public bool Remove() => _store.Remove(Account);
}
