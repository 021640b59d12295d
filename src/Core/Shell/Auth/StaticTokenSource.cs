using Lark.Resources.Rules.Download;
using Lark.Resources.Rules.Errors;

namespace Lark.Resources.Shell.Auth;

/// <summary>A token obtained elsewhere (<c>LARKSUITE_CLI_USER_ACCESS_TOKEN</c>, …): used as it is, never refreshed.</summary>
/// <param name="token">The token.</param>
/// <param name="identity">"bot" or "user".</param>
public sealed class StaticTokenSource(string token, string identity) : ITokenSource
{
    /// <inheritdoc />
    public string Identity { get; } = identity;

    /// <inheritdoc />
    public ValueTask<string> GetTokenAsync(CancellationToken cancellationToken) => ValueTask.FromResult(token);

    /// <inheritdoc />
    public ValueTask<string> RefreshAsync(string rejected, CancellationToken cancellationToken) =>
        throw new LarkDownloadException(FailureKind.Auth,
            $"the {Identity} access token given through the environment was rejected and cannot be refreshed",
            Identity == "user" ? $"Set a fresh token, or log in: {ErrorCatalog.LoginCommand}." : "Set a fresh token, or configure the app: lark-cli config init.");
}
