using System.Security.Cryptography;
using Lark.Emulator.Content;

namespace Lark.Resources.Integration.Support;

/// <summary>Expected bytes and hashes, from the emulator's deterministic generator.</summary>
public static class Expected
{
    public static string Sha(long seed, long size) => Convert.ToHexStringLower(ResourceBytes.ComputeSha256(seed, size));

    public static string Sha(ReadOnlySpan<byte> bytes) => Convert.ToHexStringLower(SHA256.HashData(bytes));

    public static string FileSha(string path)
    {
        using var stream = File.OpenRead(path);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }
}
