namespace Lark.Resources.Shell.Auth;

/// <summary>
/// Supplies the bearer token for requests, and a new one when the server rejects it. Failures should be thrown as
/// <see cref="LarkException"/> with their classification; a download reports any other exception as an internal
/// failure (<see cref="Rules.Errors.ErrorCategory.Internal"/>), with the original as its inner exception.
/// </summary>
public interface ITokenSource
{
    /// <summary>"bot" or "user": the identity the token speaks for.</summary>
    string Identity { get; }

    /// <summary>A valid token, from the cache when it has one that is not about to expire.</summary>
    ValueTask<string> GetTokenAsync(CancellationToken cancellationToken);

    /// <summary>A new token after the server rejected <paramref name="rejected"/> (99991663, 99991668…).</summary>
    ValueTask<string> RefreshAsync(string rejected, CancellationToken cancellationToken);
}
