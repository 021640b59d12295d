using System.Security.Cryptography;
using System.Text;
using Lark.Cli.Output;

namespace Lark.Cli.Config;

/// <summary>
/// The official CLI's credential store on Linux (its "keychain"): a 0700 directory holding a 32-byte
/// <c>master.key</c> (0600) and one file per account, named after the account with every character outside
/// <c>[A-Za-z0-9._-]</c> replaced by <c>_</c> (one per code point), plus <c>.enc</c>. A file is a 12-byte random IV, then the
/// AES-256-GCM ciphertext, then its 16-byte tag (no associated data). Writes are atomic. Errors never quote a secret.
/// </summary>
public sealed class CredentialStore
{
    /// <summary>The size of <c>master.key</c>.</summary>
    public const int KeySize = 32;

    /// <summary>The size of the IV in front of every entry.</summary>
    public const int NonceSize = 12;

    /// <summary>The size of the GCM tag at the end of every entry.</summary>
    public const int TagSize = 16;

    private static readonly UTF8Encoding Utf8 = new(false, true);

    /// <summary>A store in <paramref name="directory"/> (created on first write).</summary>
    public CredentialStore(string directory) => Directory = directory ?? throw new ArgumentNullException(nameof(directory));

    /// <summary>The store's directory.</summary>
    public string Directory { get; }

    /// <summary>The key file.</summary>
    public string KeyPath => Path.Join(Directory, "master.key");

    /// <summary>The account of an app's secret: <c>appsecret:&lt;appId&gt;</c>.</summary>
    public static string AppSecretAccount(string appId) => $"appsecret:{appId}";

    /// <summary>The account of a user's tokens: <c>&lt;appId&gt;:&lt;userOpenId&gt;</c>.</summary>
    public static string UserAccount(string appId, string userOpenId) => $"{appId}:{userOpenId}";

    /// <summary>The file name of an account: unsafe characters become <c>_</c>, then <c>.enc</c>.</summary>
    public static string FileName(string account)
    {
        ArgumentNullException.ThrowIfNull(account);
        var name = new StringBuilder(account.Length + 4);
        // One '_' per code point, as the official CLI's regexp replaces runes (an emoji is one '_', not two).
        foreach (var rune in account.EnumerateRunes())
            name.Append(rune.IsAscii && (char.IsAsciiLetterOrDigit((char)rune.Value) || rune.Value is '.' or '_' or '-') ? (char)rune.Value : '_');
        return name.Append(".enc").ToString();
    }

    /// <summary>The file of an account.</summary>
    public string PathOf(string account) => Path.Join(Directory, FileName(account));

    /// <summary>The stored text of <paramref name="account"/>, or null when there is none (or no key yet).</summary>
    public string? Get(string account)
    {
        var path = PathOf(account);
        if (!File.Exists(path) || ReadKey(create: false) is not { } key)
            return null;
        byte[] sealedBytes;
        try
        {
            sealedBytes = File.ReadAllBytes(path);
        }
        catch (FileNotFoundException)
        {
            return null;
        }

        try
        {
            return Utf8.GetString(Open(key, sealedBytes));
        }
        catch (Exception e) when (e is CryptographicException or ArgumentException)
        {
            throw new CliFailureException(CliFailure.Config($"the credential store entry {path} cannot be decrypted with {KeyPath}",
                "The key or the entry was replaced or damaged. Remove the entry and log in again (lark-cli auth login) or run lark-cli config init."));
        }
    }

    /// <summary>Stores <paramref name="value"/> for <paramref name="account"/>, creating the directory and key when missing.</summary>
    public void Set(string account, string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        SecureFiles.EnsurePrivateDirectory(Directory);
        var key = ReadKey(create: true)!;
        SecureFiles.WriteAtomic(PathOf(account), Seal(key, Utf8.GetBytes(value)));
    }

    /// <summary>Removes <paramref name="account"/>; whether it existed.</summary>
    public bool Remove(string account)
    {
        var path = PathOf(account);
        if (!File.Exists(path))
            return false;
        File.Delete(path);
        return true;
    }

    /// <summary>Encrypts: a fresh random IV, then AES-256-GCM ciphertext and tag.</summary>
    public static byte[] Seal(ReadOnlySpan<byte> key, ReadOnlySpan<byte> plaintext)
    {
        var output = new byte[NonceSize + plaintext.Length + TagSize];
        var nonce = output.AsSpan(0, NonceSize);
        RandomNumberGenerator.Fill(nonce);
        using var aes = new AesGcm(key, TagSize);
        aes.Encrypt(nonce, plaintext, output.AsSpan(NonceSize, plaintext.Length), output.AsSpan(NonceSize + plaintext.Length));
        return output;
    }

    /// <summary>Decrypts what <see cref="Seal"/> wrote; a wrong key or damaged bytes throw <see cref="CryptographicException"/>.</summary>
    public static byte[] Open(ReadOnlySpan<byte> key, ReadOnlySpan<byte> sealedBytes)
    {
        if (sealedBytes.Length < NonceSize + TagSize)
            throw new CryptographicException("the entry is shorter than an IV and a tag");
        var length = sealedBytes.Length - NonceSize - TagSize;
        var plaintext = new byte[length];
        using var aes = new AesGcm(key, TagSize);
        aes.Decrypt(sealedBytes[..NonceSize], sealedBytes.Slice(NonceSize, length), sealedBytes[(NonceSize + length)..], plaintext);
        return plaintext;
    }

    private byte[]? ReadKey(bool create)
    {
        if (File.Exists(KeyPath))
            return CheckedKey(File.ReadAllBytes(KeyPath));
        if (!create)
            return null;
        var key = RandomNumberGenerator.GetBytes(KeySize);
        try
        {
            // CreateNew: when two processes race to create the key, one wins and the other reads the winner's.
            var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None };
            if (!OperatingSystem.IsWindows())
                options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            using var stream = new FileStream(KeyPath, options);
            stream.Write(key);
            stream.Flush(flushToDisk: true);
            return key;
        }
        catch (IOException) when (File.Exists(KeyPath))
        {
            return CheckedKey(File.ReadAllBytes(KeyPath));
        }
    }

    private byte[] CheckedKey(byte[] key) => key.Length == KeySize
        ? key
        : throw new CliFailureException(CliFailure.Config($"{KeyPath} is {key.Length} bytes, not {KeySize}",
            "The key file is damaged; move the store directory away, then run lark-cli config init and lark-cli auth login again."));
}
