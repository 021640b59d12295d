using System.Globalization;

namespace Lark.Resources.Rules.Identifiers;

/// <summary>Character checks and safe quoting shared by the identifier rules.</summary>
internal static class IdentifierText
{
    /// <summary>The index of the first character outside <c>[A-Za-z0-9_-]</c> (and <c>.</c> when allowed), or −1.</summary>
    public static int FirstUnexpected(string value, bool allowDot = false)
    {
        for (var i = 0; i < value.Length; i++)
        {
            var c = value[i];
            var ok = c is (>= 'a' and <= 'z') or (>= 'A' and <= 'Z') or (>= '0' and <= '9') or '_' or '-' || (allowDot && c == '.');
            if (!ok)
                return i;
        }

        return -1;
    }

    /// <summary>Names a character so that a person can see it even when it is invisible.</summary>
    public static string Describe(string value, int index)
    {
        var c = value[index];
        var code = string.Create(CultureInfo.InvariantCulture, $"U+{(int)c:X4}");
        return char.IsControl(c) || char.IsWhiteSpace(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format or UnicodeCategory.Surrogate
            ? $"{code} at position {index + 1}"
            : $"'{c}' ({code}) at position {index + 1}";
    }

    /// <summary>Quotes user text in a message: at most 64 characters, invisible ones shown as '?'.</summary>
    public static string Quote(string value)
    {
        var cut = value.Length > 64 ? value[..64] + "…" : value;
        return string.Concat(cut.Select(c => char.IsControl(c) || char.GetUnicodeCategory(c) is UnicodeCategory.Format ? '?' : c));
    }
}
