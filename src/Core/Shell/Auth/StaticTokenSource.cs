using Lark.Resources.Rules.Auth;

namespace Lark.Resources.Shell.Auth;

/// <summary>A token obtained elsewhere (an environment variable, a secret store): used as it is, never refreshed.</summary>
/// <param name="token">The token.</param>
/// <param name="identity">"bot" or "user".</param>
/// <param name="origin">Where it came from, for messages ("from the environment").</param>
internal sealed class StaticTokenSource(string token, string identity, string origin) : ITokenSource
{
    /// <inheritdoc />
    public string Identity { get; } = identity;

    /// <inheritdoc />
    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(token);

    /// <inheritdoc />
    public ValueTask<string> RefreshAsync(string rejected, CancellationToken cancellationToken) =>
        throw new LarkException(TokenAnswer.StaticTokenRejected(Identity, origin));
}
