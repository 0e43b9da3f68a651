namespace Conformance.Cli;

/// <summary>"Did you mean --filter?": the known word nearest a mistyped one, if any is near enough.</summary>
internal static class Suggestions
{
    public static string? Closest(string typed, IEnumerable<string> known)
    {
        var word = typed.Split('=')[0];
        var bare = word.TrimStart('-');

        // One or two letters are too little to guess from (-x is not a typo of -h).
        if (bare.Length < 3) return null;

        // A prefix (--dry → --dry-run) is a suggestion when it names one word only.
        var prefixed = known.Where(k => k.TrimStart('-').StartsWith(bare, StringComparison.OrdinalIgnoreCase)).Distinct().ToList();
        if (prefixed.Count == 1) return prefixed[0];

        // Otherwise the fewest edits, within about a third of the word (a swap, a missing or extra letter).
        var allowed = Math.Max(1, bare.Length / 3);
        return known.Select(k => (Word: k, Distance: Distance(bare, k.TrimStart('-'))))
            .Where(c => c.Distance <= allowed)
            .OrderBy(c => c.Distance).ThenBy(c => c.Word.StartsWith("--", StringComparison.Ordinal) == word.StartsWith("--", StringComparison.Ordinal) ? 0 : 1)
            .Select(c => c.Word).FirstOrDefault();
    }

    /// <summary>Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours cost one.</summary>
    internal static int Distance(string a, string b)
    {
        a = a.ToLowerInvariant();
        b = b.ToLowerInvariant();
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++) d[i, 0] = i;
        for (var j = 0; j <= b.Length; j++) d[0, j] = j;
        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1]) d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
            }
        }

        return d[a.Length, b.Length];
    }
}
