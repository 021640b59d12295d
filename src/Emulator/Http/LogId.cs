using System.Security.Cryptography;

namespace Lark.Emulator.Http;

/// <summary>Makes <c>X-Tt-Logid</c> values shaped like Lark's: a UTC timestamp followed by random hex.</summary>
internal static class LogId
{
    public const string HeaderName = "X-Tt-Logid";
    public const string ItemKey = "lark.logid";

    public static string Create(TimeProvider time) =>
        time.GetUtcNow().ToString("yyyyMMddHHmmss") + Convert.ToHexString(RandomNumberGenerator.GetBytes(10));

    public static string Of(HttpContext context) => context.Items[ItemKey] as string ?? "";
}
