using System.Buffers;
using Lark.Emulator.Fixtures;

namespace Lark.Emulator.Hosting;

/// <summary>
/// The <c>export LARKSUITE_CLI_…=</c> lines that point <c>lark-cli</c> (and the official CLI) at a running emulator,
/// for a person to paste into a shell: the app's id and secret, and the Open API and accounts bases, both the
/// emulator's own address with the port it really listens on.
/// </summary>
internal static class ShellExports
{
    // Characters a POSIX shell takes literally in a word; anything else is single-quoted.
    private static readonly SearchValues<char> Plain = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-.,:/@%+=");

    /// <summary>The lines, the app's first when there is one; <paramref name="baseUrl"/> has the actual port.</summary>
    public static IEnumerable<string> Lines(Uri baseUrl, FixtureApp? app)
    {
        ArgumentNullException.ThrowIfNull(baseUrl);
        if (app is not null)
        {
            yield return $"export LARKSUITE_CLI_APP_ID={Quote(app.AppId)}";
            yield return $"export LARKSUITE_CLI_APP_SECRET={Quote(app.AppSecret)}";
        }

        // Without the trailing slash, as a person would type it and as the CLI's documentation shows it.
        var url = baseUrl.GetLeftPart(UriPartial.Authority);
        yield return $"export LARKSUITE_CLI_OPEN_BASE_URL={url}";
        yield return $"export LARKSUITE_CLI_ACCOUNTS_BASE_URL={url}";
    }

    /// <summary><paramref name="value"/> as one shell word: as it is when that is safe, else in single quotes.</summary>
    public static string Quote(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        return value.Length > 0 && !value.AsSpan().ContainsAnyExcept(Plain)
            ? value
            : $"'{value.Replace("'", "'\\''", StringComparison.Ordinal)}'";
    }
}
