using System.Text.RegularExpressions;

namespace ContentLint.Core.Detection.Geography;

/// <summary>
/// Cue phrases from the catalog ("lives in", "moved to"), found case-insensitively as whole words, every occurrence.
/// Built once per detector; NonBacktracking keeps matching linear in the text length.
/// </summary>
internal sealed class CuePhrases
{
    private readonly Regex? _regex;

    public CuePhrases(IEnumerable<string> phrases)
    {
        var alternatives = phrases
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .OrderByDescending(p => p.Length)
            .Select(p => string.Join(@"\s+", p.Split(' ', StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)))
            .ToList();
        if (alternatives.Count > 0)
        {
            _regex = new Regex(@"\b(?:" + string.Join('|', alternatives) + ")",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
    }

    /// <summary>Every whole-word cue in <paramref name="text"/>[<paramref name="start"/>, <paramref name="end"/>), as (start, end).</summary>
    public List<(int Start, int End)> FindAll(string text, int start = 0, int end = -1)
    {
        var found = new List<(int Start, int End)>();
        end = end < 0 ? text.Length : Math.Min(end, text.Length);
        if (_regex is null || end <= start)
        {
            return found;
        }

        foreach (var match in _regex.EnumerateMatches(text.AsSpan(start, end - start)))
        {
            var matchStart = start + match.Index;
            var matchEnd = matchStart + match.Length;
            if ((matchStart == 0 || !char.IsLetterOrDigit(text[matchStart - 1]))
                && (matchEnd >= text.Length || !char.IsLetterOrDigit(text[matchEnd])))
            {
                found.Add((matchStart, matchEnd));
            }
        }

        return found;
    }

    /// <summary>True when a cue stands anywhere in [<paramref name="start"/>, <paramref name="end"/>).</summary>
    public bool Any(string text, int start, int end) => FindAll(text, start, end).Count > 0;
}
