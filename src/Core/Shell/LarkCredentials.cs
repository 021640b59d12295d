using Lark.Resources.Rules.Auth;
using Lark.Resources.Shell.Auth;
using Lark.Resources.Shell.Http;

namespace Lark.Resources.Shell;

/// <summary>
/// Who a <see cref="LarkClient"/> acts as, and how it gets its tokens: the bot (app id and secret), a user's login
/// (refreshed ahead of expiry and once when refused), a token obtained elsewhere, or a token source of the app's own.
/// </summary>
public abstract class LarkCredentials
{
    private LarkCredentials()
    {
    }

    /// <summary>The bot identity: tenant tokens from the app id and secret, cached and refreshed.</summary>
    public static LarkCredentials Bot(string appId, string appSecret)
    {
        ArgumentException.ThrowIfNullOrEmpty(appId);
        ArgumentException.ThrowIfNullOrEmpty(appSecret);
        return new Made(api => new TenantTokenSource(api, appId, appSecret));
    }

    /// <summary>
    /// A user's login: <paramref name="tokens"/> are refreshed five minutes before they expire, and once when Lark
    /// refuses them; a refresh token works once, so <paramref name="store"/> (when given) keeps each rotation.
    /// </summary>
    public static LarkCredentials User(string appId, string appSecret, UserTokens tokens, IUserTokenStore? store = null)
    {
        ArgumentException.ThrowIfNullOrEmpty(appId);
        ArgumentException.ThrowIfNullOrEmpty(appSecret);
        ArgumentNullException.ThrowIfNull(tokens);
        return new Made(api => new UserTokenSource(api, appId, appSecret, tokens, store));
    }

    /// <summary>
    /// A token obtained elsewhere, used as it is and never refreshed; <paramref name="identity"/> is "bot" or "user",
    /// <paramref name="origin"/> says where it came from in messages (e.g. "from the vault").
    /// </summary>
    public static LarkCredentials AccessToken(string token, string identity, string origin = "given from outside")
    {
        ArgumentException.ThrowIfNullOrEmpty(token);
        ArgumentException.ThrowIfNullOrEmpty(identity);
        ArgumentNullException.ThrowIfNull(origin);
        return new Made(_ => new StaticTokenSource(token, identity, origin));
    }

    /// <summary>Tokens from a source of the app's own (not disposed by the client).</summary>
    public static LarkCredentials From(ITokenSource source)
    {
        ArgumentNullException.ThrowIfNull(source);
        return new Lent(source);
    }

    internal abstract ITokenSource Create(LarkApi api);

    internal abstract bool Owned { get; }

    private sealed class Made(Func<LarkApi, ITokenSource> make) : LarkCredentials
    {
        internal override ITokenSource Create(LarkApi api) => make(api);

        internal override bool Owned => true;
    }

    private sealed class Lent(ITokenSource source) : LarkCredentials
    {
        internal override ITokenSource Create(LarkApi api) => source;

        internal override bool Owned => false;
    }
}
