using System.Globalization;
using System.Text;
using Lark.Resources.Rules.Names;

namespace Lark.Resources.Export.Rules;

/// <summary>
/// How an export names a resource in <c>resources/</c>: the name the message gives it (a file's <c>file_name</c>) made
/// safe, else its key (the download adds an extension from the answer); unique among the names already taken,
/// compared as a case-insensitive file system would (<c>report.pdf</c>, <c>report (2).pdf</c>, …). A name without an
/// extension keeps clear of every taken <c>name.*</c> (and the reverse) and leaves room for one, since its download
/// may add one. Pure and total.
/// </summary>
public static class ResourceNaming
{
    /// <summary>Names the resource with <paramref name="fileKey"/> and <paramref name="fileName"/>, avoiding <paramref name="taken"/>.</summary>
    /// <param name="fileName">The message's name for it, when any (may be hostile: <c>../x</c>, <c>con</c>, control characters).</param>
    /// <param name="fileKey">Its key (valid: no separators).</param>
    /// <param name="taken">Names already used in the directory, compared case-insensitively.</param>
    public static string Choose(string? fileName, string fileKey, IReadOnlySet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(fileKey);
        ArgumentNullException.ThrowIfNull(taken);
        var keyName = Compose(SafeFileName.From(fileKey).ValueOr("resource"), "") ?? "resource";
        var wanted = Compose(SafeFileName.From(fileName).ValueOr(keyName), "") ?? keyName;
        if (!Taken(taken, wanted))
            return wanted;
        var extension = Extension.Of(wanted);
        var stem = wanted[..^extension.Length];
        // Distinct numbers give distinct names, so one of the first taken.Count + 1 is free.
        for (var n = 2; ; n++)
        {
            var number = string.Create(CultureInfo.InvariantCulture, $" ({n})");
            var candidate = Compose(stem, number + extension) ?? Compose(keyName, number) ?? Compose("resource", number);
            if (candidate is not null && !Taken(taken, candidate))
                return candidate;
        }
    }

    /// <summary>A name in the form taken names are compared in.</summary>
    public static string Comparable(string name) => (name ?? "").ToUpperInvariant();

    // stem + suffix, the stem shortened so that the whole fits a file name — with room for the extension a download
    // adds to a name without one — and the suffix is never cut off; none when making it safe would change it.
    private static string? Compose(string stem, string suffix)
    {
        var room = Extension.Of(stem + suffix).Length > 0 ? 0 : Extension.MaxLength + 1;
        var budget = SafeFileName.MaxUtf8Bytes - room - Encoding.UTF8.GetByteCount(suffix);
        var prefix = new StringBuilder();
        var bytes = 0;
        foreach (var rune in stem.EnumerateRunes())
        {
            if ((bytes += rune.Utf8SequenceLength) > budget)
                break;
            prefix.Append(rune.ToString());
        }

        var name = SafeFileName.From(prefix + suffix);
        return name.IsOk && name.Value.EndsWith(suffix, StringComparison.Ordinal) ? name.Value : null;
    }

    private static bool Taken(IReadOnlySet<string> taken, string name)
    {
        var comparable = Comparable(name);
        if (taken.Contains(comparable))
            return true;
        var extension = Extension.Of(name);
        return extension.Length > 0
            ? taken.Contains(comparable[..^extension.Length])
            : taken.Any(t => t.StartsWith(comparable + ".", StringComparison.Ordinal));
    }
}
