namespace Lark.Cli.Config;

/// <summary>Where an app secret in <c>config.json</c> comes from.</summary>
public enum SecretSource
{
    /// <summary>The secret itself, as a plain string in the file.</summary>
    Plain,

    /// <summary><c>{"source":"file","id":"/path"}</c>: the trimmed content of a file.</summary>
    File,

    /// <summary><c>{"source":"keychain","id":"appsecret:&lt;appId&gt;"}</c>: an entry in the credential store.</summary>
    Keychain,
}
