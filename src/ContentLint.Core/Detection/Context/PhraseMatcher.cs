using System.Text.RegularExpressions;

namespace ContentLint.Core.Detection.Context;

/// <summary>
/// Finds every whole-word occurrence of a list of phrases, case-insensitively; a space in a phrase also matches a
/// hyphen or a line break ("palm vein scan", "palm-vein scan"). Built once per detector; NonBacktracking keeps it linear.
/// </summary>
internal sealed class PhraseMatcher
{
    private readonly Regex? _regex;

    public PhraseMatcher(IEnumerable<string> phrases)
    {
        ArgumentNullException.ThrowIfNull(phrases);
        var alternatives = phrases
            .Select(p => p.Trim())
            .Where(p => p.Length > 0)
            .OrderByDescending(p => p.Length)
            .Select(p => string.Join(@"[\s\-]+", p.Split([' ', '-'], StringSplitOptions.RemoveEmptyEntries).Select(Regex.Escape)))
            .ToList();
        if (alternatives.Count > 0)
        {
            _regex = new Regex(@"\b(?:" + string.Join('|', alternatives) + ")",
                RegexOptions.IgnoreCase | RegexOptions.CultureInvariant | RegexOptions.NonBacktracking);
        }
    }

    /// <summary>The [Start, End) of every whole-word occurrence in <paramref name="text"/>.</summary>
    public IEnumerable<(int Start, int End)> All(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        if (_regex is null)
        {
            yield break;
        }

        foreach (Match match in _regex.Matches(text))
        {
            var end = match.Index + match.Length;
            if (end >= text.Length || !char.IsLetterOrDigit(text[end]))
            {
                yield return (match.Index, end);
            }
        }
    }
}
