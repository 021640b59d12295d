using Lark.Resources.Rules.Auth;

namespace Lark.Resources.Shell.Auth;

/// <summary>
/// Where a user's tokens live between runs. Refresh tokens work once, so refreshes are serialised: under
/// <see cref="LockAsync"/> the source reloads (another process may have refreshed), refreshes and saves.
/// </summary>
public interface IUserTokenStore
{
    /// <summary>Takes the cross-process refresh lock.</summary>
    Task<IAsyncDisposable> LockAsync(CancellationToken cancellationToken);

    /// <summary>The tokens as stored now.</summary>
    Task<UserTokens?> LoadAsync(CancellationToken cancellationToken);

    /// <summary>Stores rotated tokens.</summary>
    Task SaveAsync(UserTokens tokens, CancellationToken cancellationToken);
}
