using System.Globalization;
using Lark.Resources.Rules.Names;

namespace Lark.Resources.Export.Rules;

/// <summary>
/// How an export names a resource in <c>resources/</c>: the name the message gives it (a file's <c>file_name</c>) made
/// safe, else its key (the download adds an extension from the answer); unique among the names already taken,
/// compared as a case-insensitive file system would (<c>report.pdf</c>, <c>report (2).pdf</c>, …). Pure and total.
/// </summary>
public static class ResourceNaming
{
    /// <summary>The most suffixes tried before falling back to the key, which is unique among resources.</summary>
    private const int MaxSuffix = 10_000;

    /// <summary>Names the resource with <paramref name="fileKey"/> and <paramref name="fileName"/>, avoiding <paramref name="taken"/>.</summary>
    /// <param name="fileName">The message's name for it, when any (may be hostile: <c>../x</c>, <c>con</c>, control characters).</param>
    /// <param name="fileKey">Its key (valid: no separators).</param>
    /// <param name="taken">Names already used in the directory, compared case-insensitively.</param>
    public static string Choose(string? fileName, string fileKey, IReadOnlySet<string> taken)
    {
        ArgumentNullException.ThrowIfNull(fileKey);
        ArgumentNullException.ThrowIfNull(taken);
        var keyName = SafeFileName.From(fileKey).ValueOr("resource");
        var wanted = SafeFileName.From(fileName).ValueOr(keyName);
        if (!Taken(taken, wanted))
            return wanted;
        var extension = Extension.Of(wanted);
        var stem = wanted[..^extension.Length];
        for (var n = 2; n < MaxSuffix; n++)
        {
            var candidate = SafeFileName.From(string.Create(CultureInfo.InvariantCulture, $"{stem} ({n}){extension}")).ValueOr(keyName);
            if (!Taken(taken, candidate))
                return candidate;
        }

        // The key names only this resource; with a suffix of its own it cannot be taken by a name chosen above.
        return SafeFileName.From($"{keyName} ({fileKey.Length}){extension}").ValueOr(keyName);
    }

    /// <summary>A name in the form taken names are compared in.</summary>
    public static string Comparable(string name) => (name ?? "").ToUpperInvariant();

    private static bool Taken(IReadOnlySet<string> taken, string name) => taken.Contains(Comparable(name));
}
