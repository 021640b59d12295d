using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;

namespace Lark.Resources.Integration.Cli;

/// <summary>
/// The official CLI's Linux credential store, written and read by hand with <see cref="AesGcm"/> (not through the
/// code under test): master.key (32 bytes), entries = 12-byte IV + ciphertext + 16-byte tag.
/// </summary>
public static class OfficialStore
{
    public static byte[] Key(string storeDirectory)
    {
        Directory.CreateDirectory(storeDirectory);
        var path = Path.Join(storeDirectory, "master.key");
        if (!File.Exists(path))
            File.WriteAllBytes(path, RandomNumberGenerator.GetBytes(32));
        return File.ReadAllBytes(path);
    }

    public static string EntryPath(string storeDirectory, string account) =>
        Path.Join(storeDirectory, System.Text.RegularExpressions.Regex.Replace(account, "[^a-zA-Z0-9._-]", "_") + ".enc");

    public static void Write(string storeDirectory, string account, string plaintext)
    {
        var key = Key(storeDirectory);
        var data = Encoding.UTF8.GetBytes(plaintext);
        var iv = RandomNumberGenerator.GetBytes(12);
        var cipher = new byte[data.Length];
        var tag = new byte[16];
        using (var aes = new AesGcm(key, 16))
            aes.Encrypt(iv, data, cipher, tag);
        File.WriteAllBytes(EntryPath(storeDirectory, account), [.. iv, .. cipher, .. tag]);
    }

    public static string? Read(string storeDirectory, string account)
    {
        var path = EntryPath(storeDirectory, account);
        if (!File.Exists(path))
            return null;
        var bytes = File.ReadAllBytes(path);
        var key = File.ReadAllBytes(Path.Join(storeDirectory, "master.key"));
        var plain = new byte[bytes.Length - 28];
        using (var aes = new AesGcm(key, 16))
            aes.Decrypt(bytes.AsSpan(0, 12), bytes.AsSpan(12, plain.Length), bytes.AsSpan(12 + plain.Length), plain);
        return Encoding.UTF8.GetString(plain);
    }

    public static string Login(string appId, string userOpenId, string access, string? refresh, DateTimeOffset expiresAt, DateTimeOffset? refreshExpiresAt, string scope, DateTimeOffset grantedAt) =>
        new JsonObject
        {
            ["userOpenId"] = userOpenId,
            ["appId"] = appId,
            ["accessToken"] = access,
            ["refreshToken"] = refresh ?? "",
            ["expiresAt"] = expiresAt.ToUnixTimeMilliseconds(),
            ["refreshExpiresAt"] = refreshExpiresAt?.ToUnixTimeMilliseconds() ?? 0,
            ["scope"] = scope,
            ["grantedAt"] = grantedAt.ToUnixTimeMilliseconds(),
        }.ToJsonString();
}
