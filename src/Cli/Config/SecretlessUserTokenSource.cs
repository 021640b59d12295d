using Lark.Cli.Output;
using Lark.Resources.Rules.Auth;
using Lark.Resources.Shell.Auth;

namespace Lark.Cli.Config;

/// <summary>
/// A stored user login used while the app secret is unavailable (an app entry without <c>appSecret</c>, the
/// environment that held it gone): a valid access token needs no secret, only a refresh does. The token is used until
/// it expires; a refresh, ahead of time or after a rejection, fails as a config failure that says which secret is
/// missing.
/// </summary>
/// <param name="tokens">The stored tokens; the access token is valid now.</param>
/// <param name="time">The clock.</param>
/// <param name="missing">Why a refresh cannot happen (message and hint), as <see cref="CliTokens.RequireApp"/> reports it.</param>
public sealed class SecretlessUserTokenSource(UserTokens tokens, TimeProvider time, CliFailure missing) : ITokenSource
{
    /// <inheritdoc />
    public string Identity => IdentityNames.User;

    /// <inheritdoc />
    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) =>
        time.GetUtcNow() < tokens.ExpiresAt ? ValueTask.FromResult(tokens.AccessToken) : ValueTask.FromException<string>(RefreshImpossible());

    /// <inheritdoc />
    public ValueTask<string> RefreshAsync(string rejected, CancellationToken cancellationToken) =>
        ValueTask.FromException<string>(RefreshImpossible());

    private CliFailureException RefreshImpossible() =>
        new(missing with { Message = $"the user login needs a refresh, which needs the app secret, and {missing.Message}" }, IdentityNames.User);
}
