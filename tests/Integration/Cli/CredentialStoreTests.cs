using Lark.Resources.Rules.Auth;
using System.Security.Cryptography;
using System.Text;
using System.Text.Json.Nodes;
using Lark.Cli.Config;
using Lark.Cli.Output;
using Lark.Resources.Integration.Support;

namespace Lark.Resources.Integration.Cli;

public sealed class CredentialStoreTests
{
    private static readonly DateTimeOffset Now = new(2026, 11, 25, 9, 0, 0, TimeSpan.Zero);

    [Theory]
    [InlineData("appsecret:cli_abc", "appsecret_cli_abc.enc")]
    [InlineData("cli_abc:ou_123", "cli_abc_ou_123.enc")]
    [InlineData("a b/c\\d.é-x_y", "a_b_c_d._-x_y.enc")]
    [InlineData("ou_😀:x", "ou___x.enc")]
    public void File_names_replace_every_character_outside_the_safe_set(string account, string expected) =>
        Assert.Equal(expected, CredentialStore.FileName(account));

    [Fact]
    public void An_entry_written_by_the_store_decrypts_by_hand_and_the_files_are_private()
    {
        using var dir = new TempDirectory();
        var storeDir = dir.File("data/lark-cli");
        var store = new CredentialStore(storeDir);
        store.Set("appsecret:cli_x", "s3cret-ü");

        var raw = File.ReadAllBytes(Path.Join(storeDir, "appsecret_cli_x.enc"));
        Assert.Equal(12 + Encoding.UTF8.GetByteCount("s3cret-ü") + 16, raw.Length);
        Assert.Equal("s3cret-ü", OfficialStore.Read(storeDir, "appsecret:cli_x"));
        Assert.Equal(32, File.ReadAllBytes(Path.Join(storeDir, "master.key")).Length);

        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, FileModes.Of(storeDir));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, FileModes.Of(Path.Join(storeDir, "master.key")));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, FileModes.Of(Path.Join(storeDir, "appsecret_cli_x.enc")));
        Assert.Equal(["appsecret_cli_x.enc", "master.key"], Directory.GetFiles(storeDir).Select(Path.GetFileName).Order(StringComparer.Ordinal));
    }

    [Fact]
    public void A_hand_written_entry_is_read_and_every_write_uses_a_fresh_iv()
    {
        using var dir = new TempDirectory();
        var storeDir = dir.File("store");
        OfficialStore.Write(storeDir, "cli_x:ou_y", "{\"accessToken\":\"u-1\"}");
        var store = new CredentialStore(storeDir);
        Assert.Equal("{\"accessToken\":\"u-1\"}", store.Get("cli_x:ou_y"));
        Assert.Null(store.Get("cli_x:ou_other"));

        store.Set("k", "same");
        var first = File.ReadAllBytes(store.PathOf("k"));
        store.Set("k", "same");
        var second = File.ReadAllBytes(store.PathOf("k"));
        Assert.NotEqual(first[..12], second[..12]);
        Assert.Equal("same", store.Get("k"));
        Assert.True(store.Remove("k"));
        Assert.False(store.Remove("k"));
        Assert.Null(store.Get("k"));
    }

    [Fact]
    public void Seal_and_open_round_trip_and_a_wrong_key_or_flipped_bit_is_refused()
    {
        var key = RandomNumberGenerator.GetBytes(32);
        var sealedBytes = CredentialStore.Seal(key, "hello"u8);
        Assert.Equal("hello", Encoding.UTF8.GetString(CredentialStore.Open(key, sealedBytes)));
        Assert.ThrowsAny<CryptographicException>(() => CredentialStore.Open(RandomNumberGenerator.GetBytes(32), sealedBytes));
        sealedBytes[14] ^= 1;
        Assert.ThrowsAny<CryptographicException>(() => CredentialStore.Open(key, sealedBytes));
    }

    [Fact]
    public void A_replaced_key_is_a_config_failure_that_names_the_files_not_the_secret()
    {
        using var dir = new TempDirectory();
        var storeDir = dir.File("store");
        OfficialStore.Write(storeDir, "appsecret:cli_x", "top-secret-value");
        File.WriteAllBytes(Path.Join(storeDir, "master.key"), RandomNumberGenerator.GetBytes(32));
        var e = Assert.Throws<CliFailureException>(() => new CredentialStore(storeDir).Get("appsecret:cli_x"));
        Assert.Equal(3, e.Failure.ExitCode);
        Assert.Contains("appsecret_cli_x.enc", e.Failure.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("top-secret-value", e.Failure.Message + e.Failure.Hint, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Stored_logins_round_trip_in_the_official_json_and_rotations_keep_the_grant_time()
    {
        using var dir = new TempDirectory();
        var store = new CredentialStore(dir.File("store"));
        var users = new StoredUserTokenStore(store, "cli_x", "ou_y", dir.File("config/locks"), TimeProvider.System);
        var granted = Now - TimeSpan.FromDays(1);
        users.Save(new StoredUserLogin("ou_y", "cli_x", new UserTokens("u-a", "ur-a", Now.AddHours(2), Now.AddDays(7), "im:message:readonly offline_access"), granted));

        var json = (JsonObject)JsonNode.Parse(OfficialStore.Read(dir.File("store"), "cli_x:ou_y")!)!;
        Assert.Equal(["userOpenId", "appId", "accessToken", "refreshToken", "expiresAt", "refreshExpiresAt", "scope", "grantedAt"], json.Select(p => p.Key));
        Assert.Equal(Now.AddHours(2).ToUnixTimeMilliseconds(), (long)json["expiresAt"]!);
        Assert.Equal(granted.ToUnixTimeMilliseconds(), (long)json["grantedAt"]!);

        await users.SaveAsync(new UserTokens("u-b", "ur-b", Now.AddHours(4), Now.AddDays(7), "im:message:readonly"), CancellationToken.None);
        var loaded = users.LoadLogin()!;
        Assert.Equal("ur-b", loaded.Tokens.RefreshToken);
        Assert.Equal(Now.AddHours(4), loaded.Tokens.ExpiresAt);
        Assert.Equal(granted, loaded.GrantedAt);
        Assert.DoesNotContain("u-b", loaded.ToString(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_refresh_lock_excludes_a_second_holder_until_released()
    {
        using var dir = new TempDirectory();
        var clock = new TestClock();
        var path = dir.File("locks/a.lock");
        var first = await FileLock.AcquireAsync(path, clock, TimeSpan.FromSeconds(1), CancellationToken.None);
        await Assert.ThrowsAsync<IOException>(() => FileLock.AcquireAsync(path, clock, TimeSpan.FromSeconds(1), CancellationToken.None));
        Assert.NotEmpty(clock.Delays);
        await first.DisposeAsync();
        await using var second = await FileLock.AcquireAsync(path, clock, TimeSpan.FromSeconds(1), CancellationToken.None);
        Assert.Equal(path, second.Path);
    }
}
