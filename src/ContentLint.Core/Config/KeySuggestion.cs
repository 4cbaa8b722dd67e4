namespace ContentLint.Core.Config;

/// <summary>
/// What an error about an unknown key may say. The unknown key itself is never printed: it is whatever someone typed,
/// possibly a patient's name or the first line of a file a symbolic link pointed at. A known key is printed when the
/// unknown one is a near miss of it (a typo), otherwise the list of known keys.
/// </summary>
internal static class KeySuggestion
{
    /// <summary>"unknown key (did you mean 'exclude'?)" or "unknown key (expected one of: ...)".</summary>
    public static string UnknownKey(string name, IReadOnlyCollection<string> knownKeys) =>
        Nearest(name, knownKeys, maxDistance: 2) is { } known
            ? $"unknown key (did you mean '{known}'?)"
            : $"unknown key (expected one of: {string.Join(", ", knownKeys)})";

    /// <summary>
    /// The known key within <paramref name="maxDistance"/> edits (insert, delete, substitute, swap two neighbours; case
    /// ignored) of <paramref name="name"/>, or null when none is or two are equally near.
    /// </summary>
    public static string? Nearest(string name, IEnumerable<string> knownKeys, int maxDistance)
    {
        string? best = null;
        var bestDistance = maxDistance + 1;
        var tie = false;
        foreach (var known in knownKeys)
        {
            var distance = Distance(name.ToUpperInvariant(), known.ToUpperInvariant(), maxDistance);
            if (distance < bestDistance)
            {
                (best, bestDistance, tie) = (known, distance, false);
            }
            else if (distance == bestDistance)
            {
                tie = true;
            }
        }

        return tie ? null : best;
    }

    // Optimal string alignment distance, or int.MaxValue when the lengths alone put it past the limit (an unknown
    // key can be a megabyte long: it is never compared in full).
    private static int Distance(string a, string b, int limit)
    {
        if (Math.Abs(a.Length - b.Length) > limit)
        {
            return int.MaxValue;
        }

        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
