namespace Lark.Cli.Output;

/// <summary>
/// The names nearest to a mistyped one, for "did you mean …?": the fewest edits (at most a third of the word, and
/// never more than three), or names the word begins; ties all given, at most three.
/// </summary>
public static class Suggestions
{
    /// <summary>The candidates nearest to <paramref name="typed"/>, best first; empty when none is near.</summary>
    public static IReadOnlyList<string> Nearest(string typed, IEnumerable<string> candidates)
    {
        ArgumentNullException.ThrowIfNull(typed);
        ArgumentNullException.ThrowIfNull(candidates);
        var limit = Math.Clamp(typed.Length / 3, 1, 3);
        var scored = candidates.Distinct(StringComparer.Ordinal)
            .Select(c => (Name: c, Score: Score(typed, c)))
            .Where(s => s.Score <= limit)
            .ToList();
        if (scored.Count == 0)
            return [];
        var best = scored.Min(s => s.Score);
        return scored.Where(s => s.Score == best).Select(s => s.Name).Order(StringComparer.Ordinal).Take(3).ToList();
    }

    // A prefix of a name (two characters or more past any dashes) is as good as an exact match.
    private static int Score(string typed, string candidate) =>
        typed.TrimStart('-').Length >= 2 && candidate.StartsWith(typed, StringComparison.OrdinalIgnoreCase) && typed != candidate
            ? 0
            : Distance(typed.ToUpperInvariant(), candidate.ToUpperInvariant());

    /// <summary>Levenshtein distance: insertions, deletions and substitutions.</summary>
    public static int Distance(string a, string b)
    {
        ArgumentNullException.ThrowIfNull(a);
        ArgumentNullException.ThrowIfNull(b);
        var previous = new int[b.Length + 1];
        var current = new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
            previous[j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            for (var j = 1; j <= b.Length; j++)
                current[j] = Math.Min(Math.Min(current[j - 1], previous[j]) + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1));
            (previous, current) = (current, previous);
        }

        return previous[b.Length];
    }
}
